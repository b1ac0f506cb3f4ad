// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots (core/segments/segmentsnapshot.*, core/project/snapshotstore.*,
// core/segments/migrationmatrix.*; docs/snapshots.md): taken from the assignment and the tiers,
// saved, listed, loaded back bit for bit, kept when the project is saved again (even with new data)
// and when a version 2 file is upgraded; the migration matrix against a brute-force count over
// every pair of customers.
#include "analysis/customeranalysis.h"
#include "healthtestdata.h"
#include "segments/migrationmatrix.h"
#include "project/projectfile.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"
#include "segments/segmentsnapshot.h"
#include "project/snapshotstore.h"
#include "project/sqlitedatabase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

namespace {

Dataset loadData(int customers, const QByteArray &prefix = "c")
{
    QByteArray list = "customer,lifestyle\n";
    QByteArray orders = "customer,date,amount\n";
    for (int i = 0; i < customers; ++i) {
        const QByteArray id = prefix + QByteArray::number(i);
        list += id + (i % 2 ? ",saver\n" : ",trend-seeker\n");
        orders += id + ",2024-05-" + QByteArray::number(1 + i % 28) + ","
                  + QByteArray::number(10 * (i + 1)) + "\n";
    }
    return HealthTest::importCsv(list, orders);
}

Segmentation twoSegments()
{
    Segmentation s;
    Segment a;
    a.name = QStringLiteral("Trend seekers");
    a.rule = QStringLiteral("lifestyle = \"trend-seeker\"");
    Segment b;
    b.name = QStringLiteral("大客户");
    b.rule = QStringLiteral("tier = \"platinum\"");
    s.segments = {a, b};
    return s;
}

// Row i: segment i % 3 (2 = unassigned), tier i % 5 (4 = unranked).
struct Taken
{
    Dataset data;
    Segmentation segmentation = twoSegments();
    SegmentAssignment assignment;
    CustomerAnalysis analysis;

    explicit Taken(int customers, const QByteArray &prefix = "c")
        : data(loadData(customers, prefix))
    {
        for (int i = 0; i < customers; ++i) {
            assignment.segment.push_back(i % 3 == 2 ? SegmentAssignment::kUnassigned : qint16(i % 3));
            analysis.pyramid.tier.push_back(i % 5 == 4 ? CustomerPyramid::kUnranked : qint8(i % 5));
        }
        analysis.summary.asOfDay = Column::toDays(QDate(2024, 6, 1));
    }

    SegmentSnapshot take(const QString &name, const QDateTime &at)
    {
        auto s = SegmentSnapshot::take(data, segmentation, assignment, &analysis, name, at);
        return s.ok() ? s.takeValue() : SegmentSnapshot();
    }
};

void compareSnapshots(const SegmentSnapshot &a, const SegmentSnapshot &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.takenAt, b.takenAt);
    QCOMPARE(a.asOf, b.asOf);
    QCOMPARE(a.segments, b.segments);
    QCOMPARE(a.rules, b.rules);
    QCOMPARE(a.ids, b.ids);
    QCOMPARE(a.idOffsets, b.idOffsets);
    QCOMPARE(a.segment, b.segment);
    QCOMPARE(a.tier, b.tier);
}

QStringList names(const QList<SnapshotStore::Entry> &list)
{
    QStringList out;
    for (const auto &e : list)
        out << e.name;
    return out;
}

// A snapshot made by hand: ids as given, segment and tier per customer.
SegmentSnapshot handMade(const QStringList &segments, const QStringList &ids,
                         const std::vector<qint16> &segment, const std::vector<qint8> &tier)
{
    SegmentSnapshot s;
    s.segments = segments;
    for (qsizetype i = 0; i < segments.size(); ++i)
        s.rules << QString();
    s.idOffsets.push_back(0);
    for (const QString &id : ids) {
        s.ids += id.toUtf8();
        s.idOffsets.push_back(quint32(s.ids.size()));
    }
    s.segment = segment;
    s.tier = tier;
    return s;
}

QString category(const SegmentSnapshot &s, qsizetype i, MigrationMatrix::By by)
{
    if (by == MigrationMatrix::By::Segment)
        return s.segment[size_t(i)] < 0 ? QStringLiteral("unassigned")
                                        : s.segments[s.segment[size_t(i)]];
    return s.tier[size_t(i)] < 0 ? QStringLiteral("unranked") : valueTierName(ValueTier(s.tier[size_t(i)]));
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void take();
    void takeRefusesMismatch();
    void saveListLoadDelete();
    void surviveProjectSave();
    void upgradeFromVersionTwo();
    void damagedSnapshot();
    void smallMatrix();
    void matrixAgainstBruteForce_data();
    void matrixAgainstBruteForce();
    void duplicateIds();
};

void TestSnapshots::take()
{
    Taken t(10);
    const QDateTime at(QDate(2024, 6, 2), QTime(9, 30), Qt::UTC);
    const SegmentSnapshot s = t.take(QStringLiteral("六月"), at);
    QCOMPARE(s.size(), 10);
    QVERIFY(s.isConsistent());
    QCOMPARE(s.asOf, QStringLiteral("2024-06-01"));
    QCOMPARE(s.segments, (QStringList{QStringLiteral("Trend seekers"), QStringLiteral("大客户")}));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(QString::fromUtf8(s.customerId(i).data(), qsizetype(s.customerId(i).size())),
                 QStringLiteral("c%1").arg(i));
        QCOMPARE(s.segment[size_t(i)], i % 3 == 2 ? -1 : i % 3);
        QCOMPARE(s.tier[size_t(i)], i % 5 == 4 ? -1 : i % 5);
    }
    QCOMPARE(s.segmentCounts(), (std::vector<qint64>{4, 3})); // 0 3 6 9 / 1 4 7
    QCOMPARE(s.unassignedCount(), 3);
    const QJsonObject json = s.summaryJson();
    QCOMPARE(json.value(QStringLiteral("customers")).toInt(), 10);
    QCOMPARE(json.value(QStringLiteral("unassigned")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("tiers")).toObject().value(QStringLiteral("platinum")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("tiers")).toObject().value(QStringLiteral("unranked")).toInt(), 2);
}

void TestSnapshots::takeRefusesMismatch()
{
    Taken t(10);
    t.assignment.segment.pop_back();
    auto s = SegmentSnapshot::take(t.data, t.segmentation, t.assignment, &t.analysis,
                                   QStringLiteral("x"), QDateTime::currentDateTimeUtc());
    QVERIFY(!s.ok());
    QCOMPARE(QByteArray(s.error().code()), QByteArray("snapshot-mismatch"));
}

void TestSnapshots::saveListLoadDelete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.segmenta"));
    Taken t(50);
    QVERIFY(ProjectFile::save(path, {t.data, {}}).ok());
    QVERIFY(SnapshotStore::list(path)->isEmpty());

    const SegmentSnapshot first = t.take(QStringLiteral("May"), QDateTime(QDate(2024, 5, 31), QTime(8, 0, 0, 123), Qt::UTC));
    t.assignment.segment[0] = 1;
    t.analysis.pyramid.tier[0] = 3;
    const SegmentSnapshot second = t.take(QStringLiteral("六月"), QDateTime(QDate(2024, 6, 30), QTime(8, 0), Qt::UTC));
    auto id1 = SnapshotStore::save(path, first);
    auto id2 = SnapshotStore::save(path, second);
    QVERIFY2(id1.ok() && id2.ok(), qPrintable(id1.errorString() + id2.errorString()));
    QVERIFY(*id1 != *id2);

    auto list = SnapshotStore::list(path);
    QVERIFY(list.ok());
    QCOMPARE(names(*list), (QStringList{QStringLiteral("May"), QStringLiteral("六月")}));
    QCOMPARE(list->at(0).id, *id1);
    QCOMPARE(list->at(1).customers, 50);
    QCOMPARE(list->at(1).segments, second.segments);
    QCOMPARE(list->at(0).takenAt, first.takenAt);

    auto back = SnapshotStore::load(path, *id2);
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    QCOMPARE(back->id, *id2);
    compareSnapshots(*back, second);
    QCOMPARE(back->segment[0], 1);

    QVERIFY(SnapshotStore::remove(path, *id1).ok());
    QCOMPARE(names(*SnapshotStore::list(path)), QStringList{QStringLiteral("六月")});
    const Status again = SnapshotStore::remove(path, *id1);
    QVERIFY(!again.ok());
    QCOMPARE(QByteArray(again.error().code()), QByteArray("unknown-snapshot"));
    auto missing = SnapshotStore::load(path, 999);
    QVERIFY(!missing.ok());
    QCOMPARE(QByteArray(missing.error().code()), QByteArray("unknown-snapshot"));
}

void TestSnapshots::surviveProjectSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.segmenta"));
    Taken t(30);
    QVERIFY(ProjectFile::save(path, {t.data, {}}).ok());
    const SegmentSnapshot s = t.take(QStringLiteral("before"), QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    auto id = SnapshotStore::save(path, s);
    QVERIFY(id.ok());

    // The same project saved again (a new file renamed over the old one) ...
    auto project = ProjectFile::load(path);
    QVERIFY(project.ok());
    QVERIFY(ProjectFile::save(path, *project).ok());
    auto back = SnapshotStore::load(path, *id);
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    compareSnapshots(*back, s);

    // ... and new data imported over it: the history stays, under the same numbers.
    Taken later(40, "c");
    QVERIFY(ProjectFile::save(path, {later.data, {}}).ok());
    QCOMPARE(ProjectFile::load(path)->data.customerCount(), 40);
    back = SnapshotStore::load(path, *id);
    QVERIFY(back.ok());
    compareSnapshots(*back, s);
    auto id2 = SnapshotStore::save(path, later.take(QStringLiteral("after"), QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC)));
    QVERIFY(id2.ok());
    QVERIFY(*id2 > *id);
    QCOMPARE(SnapshotStore::list(path)->size(), 2);
    // No temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.segmenta")});
}

void TestSnapshots::upgradeFromVersionTwo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.segmenta"));
    Taken t(12);
    QVERIFY(ProjectFile::save(path, {t.data, {{QStringLiteral("k"), 1}}}).ok());
    {
        // What version 2 wrote: no snapshots table.
        SqliteDatabase db;
        QVERIFY(db.open(path, false, false).ok());
        QVERIFY(db.exec("DROP TABLE snapshots; PRAGMA user_version = 2").ok());
    }
    QCOMPARE(*ProjectFile::schemaVersion(path), 2);
    // Saving over a version 2 file keeps nothing (it has no snapshots) and fails on nothing.
    {
        const QString copy = dir.filePath(QStringLiteral("copy.segmenta"));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(ProjectFile::save(copy, {t.data, {}}).ok());
        QCOMPARE(*ProjectFile::schemaVersion(copy), 3);
        QVERIFY(SnapshotStore::list(copy)->isEmpty());
    }
    auto loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded->settings.value(QStringLiteral("k")).toInt(), 1);
    QCOMPARE(*ProjectFile::schemaVersion(path), 3);
    QCOMPARE(ProjectFile::kSchemaVersion, 3);
    const SegmentSnapshot s = t.take(QStringLiteral("first"), QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
    auto id = SnapshotStore::save(path, s);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    compareSnapshots(*SnapshotStore::load(path, *id), s);

    // A version 2 file straight into the snapshot store is upgraded too.
    const QString other = dir.filePath(QStringLiteral("other.segmenta"));
    QVERIFY(ProjectFile::save(other, {t.data, {}}).ok());
    {
        SqliteDatabase db;
        QVERIFY(db.open(other, false, false).ok());
        QVERIFY(db.exec("DROP TABLE snapshots; PRAGMA user_version = 2").ok());
    }
    QVERIFY(SnapshotStore::save(other, s).ok());
    QCOMPARE(*ProjectFile::schemaVersion(other), 3);
}

void TestSnapshots::damagedSnapshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.segmenta"));
    Taken t(8);
    QVERIFY(ProjectFile::save(path, {t.data, {}}).ok());
    auto id = SnapshotStore::save(path, t.take(QStringLiteral("x"), QDateTime::currentDateTimeUtc()));
    QVERIFY(id.ok());
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, false, false).ok());
        QVERIFY(db.exec("UPDATE snapshots SET segment = X'0100'").ok()); // one entry, not eight
    }
    auto back = SnapshotStore::load(path, *id);
    QVERIFY(!back.ok());
    QVERIFY2(back.errorString().contains(QStringLiteral("damaged")), qPrintable(back.errorString()));
    // A save must not silently drop a snapshot it cannot read.
    QVERIFY(!ProjectFile::save(path, {t.data, {}}).ok());
    QVERIFY(ProjectFile::load(path).ok());
}

void TestSnapshots::smallMatrix()
{
    // a: A → C, b: A → A, c: B → unassigned, d: unassigned → gone, e: new → C.
    const SegmentSnapshot older = handMade({QStringLiteral("A"), QStringLiteral("B")},
                                           {QStringLiteral("a"), QStringLiteral("b"),
                                            QStringLiteral("c"), QStringLiteral("d")},
                                           {0, 0, 1, -1}, {0, 1, 2, 3});
    const SegmentSnapshot newer = handMade({QStringLiteral("A"), QStringLiteral("C")},
                                           {QStringLiteral("e"), QStringLiteral("c"),
                                            QStringLiteral("b"), QStringLiteral("a")},
                                           {1, -1, 0, 1}, {3, 2, 0, 0});
    auto m = MigrationMatrix::compute(older, newer);
    QVERIFY(m.ok());
    QCOMPARE(m->rows, (QStringList{"A", "B", "unassigned", "new"}));
    QCOMPARE(m->columns, (QStringList{"A", "C", "unassigned", "gone"}));
    const std::vector<qint64> expected = {1, 1, 0, 0, //
                                          0, 0, 1, 0, //
                                          0, 0, 0, 1, //
                                          0, 1, 0, 0};
    QCOMPARE(m->cells, expected);
    QCOMPARE(m->matched, 3);
    QCOMPARE(m->stayed, 1);
    QCOMPARE(m->appeared, 1);
    QCOMPARE(m->disappeared, 1);
    // By tier: a platinum → platinum, b gold → platinum, c iron → iron, d lead → gone, e new → lead.
    auto byTier = MigrationMatrix::compute(older, newer, MigrationMatrix::By::Tier);
    QVERIFY(byTier.ok());
    QCOMPARE(byTier->columns, (QStringList{"platinum", "gold", "iron", "lead", "unranked", "gone"}));
    QCOMPARE(byTier->at(0, 0), 1);
    QCOMPARE(byTier->at(1, 0), 1);
    QCOMPARE(byTier->at(2, 2), 1);
    QCOMPARE(byTier->at(3, 5), 1);
    QCOMPARE(byTier->at(5, 3), 1);
    QCOMPARE(byTier->stayed, 2);
    const QJsonObject json = m->toJson();
    QCOMPARE(json.value(QStringLiteral("moved")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("cells")).toArray().at(3).toArray().at(1).toInt(), 1);
}

void TestSnapshots::matrixAgainstBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("olderSize");
    QTest::addColumn<int>("newerSize");
    QTest::addColumn<bool>("byTier");
    QTest::newRow("segments") << 1u << 300 << 280 << false;
    QTest::newRow("tiers") << 2u << 250 << 320 << true;
    QTest::newRow("disjoint-ish") << 3u << 40 << 400 << false;
    QTest::newRow("empty older") << 4u << 0 << 50 << false;
    QTest::newRow("empty newer") << 5u << 60 << 0 << true;
}

void TestSnapshots::matrixAgainstBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, olderSize);
    QFETCH(int, newerSize);
    QFETCH(bool, byTier);
    QRandomGenerator rng(seed);
    // Ids drawn without repetition from a pool of 500 (some Chinese), in random order.
    auto draw = [&rng](int n) {
        QList<int> pool;
        for (int i = 0; i < 500; ++i)
            pool << i;
        for (int i = 499; i > 0; --i)
            pool.swapItemsAt(i, rng.bounded(i + 1));
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << (pool[i] % 7 ? QStringLiteral("id-%1").arg(pool[i]) : QStringLiteral("客户%1").arg(pool[i]));
        return ids;
    };
    auto make = [&rng](const QStringList &segments, const QStringList &ids) {
        std::vector<qint16> seg;
        std::vector<qint8> tier;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            seg.push_back(qint16(int(rng.bounded(int(segments.size()) + 1)) - 1));
            tier.push_back(qint8(int(rng.bounded(5)) - 1));
        }
        return handMade(segments, ids, seg, tier);
    };
    const SegmentSnapshot older = make({"Loyal", "At risk", "New"}, draw(olderSize));
    const SegmentSnapshot newer = make({"New", "Loyal", "Champions", "Lost"}, draw(newerSize));
    const auto by = byTier ? MigrationMatrix::By::Tier : MigrationMatrix::By::Segment;
    auto m = MigrationMatrix::compute(older, newer, by);
    QVERIFY(m.ok());

    // Brute force: every pair compared by id text; cells looked up by category name.
    auto idText = [](const SegmentSnapshot &s, qsizetype i) {
        return QString::fromUtf8(s.customerId(i).data(), qsizetype(s.customerId(i).size()));
    };
    QHash<QPair<QString, QString>, qint64> expected;
    qint64 matched = 0, stayed = 0;
    for (qsizetype i = 0; i < older.size(); ++i) {
        bool found = false;
        for (qsizetype j = 0; j < newer.size(); ++j) {
            if (idText(older, i) != idText(newer, j))
                continue;
            found = true;
            ++matched;
            const QString a = category(older, i, by), b = category(newer, j, by);
            ++expected[{a, b}];
            stayed += a == b;
        }
        if (!found)
            ++expected[{category(older, i, by), QStringLiteral("gone")}];
    }
    for (qsizetype j = 0; j < newer.size(); ++j) {
        bool found = false;
        for (qsizetype i = 0; i < older.size() && !found; ++i)
            found = idText(older, i) == idText(newer, j);
        if (!found)
            ++expected[{QStringLiteral("new"), category(newer, j, by)}];
    }
    qint64 total = 0;
    for (qsizetype r = 0; r < m->rows.size(); ++r)
        for (qsizetype c = 0; c < m->columns.size(); ++c) {
            QCOMPARE(m->at(r, c), expected.value({m->rows[r], m->columns[c]}));
            total += m->at(r, c);
        }
    QCOMPARE(m->matched, matched);
    QCOMPARE(m->stayed, stayed);
    QCOMPARE(total, qint64(older.size() + newer.size()) - matched);
}

void TestSnapshots::duplicateIds()
{
    const SegmentSnapshot a = handMade({"A"}, {"x", "y", "x"}, {0, 0, 0}, {0, 0, 0});
    const SegmentSnapshot b = handMade({"A"}, {"x"}, {0}, {0});
    auto m = MigrationMatrix::compute(a, b);
    QVERIFY(!m.ok());
    QCOMPARE(QByteArray(m.error().code()), QByteArray("snapshot-duplicate-id"));
    QVERIFY(!MigrationMatrix::compute(b, a).ok());
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
