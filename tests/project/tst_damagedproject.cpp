// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged and foreign project files: every command ends in a sentence and an exit status, never
// a signal, and reading never writes (docs/architecture.md, project file).
#include "project/projectfile.h"
#include "project/sqlitedatabase.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <limits>

using namespace Segmenta;

namespace {

// Read-only commands and the arguments after the project; export writes to a folder of the test.
QList<QStringList> readingCommands(const QString &project, const QString &out)
{
    return {{"analyze", project},
            {"segments", project},
            {"check", project},
            {"export", project, "--out", out},
            {"scores", project, "-o", out + "/scores.csv"},
            {"drivers", project},
            {"migration", project, "--from", "1", "--to", "2"},
            {"snapshot", project, "--list"}};
}

// The first chunk of `part` of the first column of `table` that has one, edited by `edit`.
bool editBlob(const QString &path, const QString &table, const QString &part,
              const std::function<void(QByteArray &)> &edit)
{
    SqliteDatabase db;
    if (!db.open(path, false, false).ok())
        return false;
    auto q = db.prepare("SELECT rowid, data FROM column_chunks WHERE table_name = ? AND part = ? "
                        "AND chunk = 0 ORDER BY position LIMIT 1");
    if (!q)
        return false;
    q->bind(1, table);
    q->bind(2, part);
    if (!q->step())
        return false;
    const qint64 rowid = q->columnInt(0);
    const std::string_view blob = q->columnBlob(1);
    QByteArray bytes(blob.data(), qsizetype(blob.size()));
    q = db.prepare("SELECT 1"); // finalise the read before writing
    edit(bytes);
    auto u = db.prepare("UPDATE column_chunks SET data = ? WHERE rowid = ?");
    if (!u)
        return false;
    u->bindBlob(1, bytes.constData(), bytes.size());
    u->bind(2, rowid);
    u->step();
    return u->done().ok();
}

template<typename T>
void setAt(QByteArray &bytes, qsizetype index, T value)
{
    if ((index + 1) * qsizetype(sizeof(T)) <= bytes.size())
        std::memcpy(bytes.data() + index * qsizetype(sizeof(T)), &value, sizeof(T));
}

template<typename T>
T at(const QByteArray &bytes, qsizetype index)
{
    T value{};
    std::memcpy(&value, bytes.constData() + index * qsizetype(sizeof(T)), sizeof(T));
    return value;
}

} // namespace

class TestDamagedProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void damagedColumns_data();
    void damagedColumns();
    void foreignFilesLeftAlone_data();
    void foreignFilesLeftAlone();
    void damagedFormatNumber_data();
    void damagedFormatNumber();
    void randomBitFlips();
    void storedDeepRule();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestDamagedProject::initTestCase()
{
    m_project = Test::demoProject(m_dir.filePath("demo"), 300);
    QVERIFY(!m_project.isEmpty());
}

void TestDamagedProject::damagedColumns_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("kind"); // index into the edits below
    QTest::newRow("code past the pool") << "customers" << "codes" << 0;
    QTest::newRow("negative code") << "customers" << "codes" << 1;
    QTest::newRow("offset past the pool") << "customers" << "pool_offsets" << 2;
    QTest::newRow("offsets decrease") << "customers" << "pool_offsets" << 3;
    QTest::newRow("offsets not from 0") << "customers" << "pool_offsets" << 4;
    QTest::newRow("codes shorter than the rows") << "customers" << "codes" << 5;
    QTest::newRow("numbers of a broken size") << "transactions" << "numbers" << 6;
    QTest::newRow("day out of any calendar") << "transactions" << "days" << 7;
    QTest::newRow("transaction of no customer") << "transactions" << "codes" << 0;
    QTest::newRow("offsets cut short") << "customers" << "pool_offsets" << 5;
}

void TestDamagedProject::damagedColumns()
{
    QFETCH(QString, table);
    QFETCH(QString, part);
    QFETCH(int, kind);
    const QString path = m_dir.filePath(QStringLiteral("damaged.segmenta"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_project, path));
    const std::function<void(QByteArray &)> edits[] = {
        [](QByteArray &b) { setAt<qint32>(b, 0, 0x7ffffff0); },
        [](QByteArray &b) { setAt<qint32>(b, 1, -7); },
        [](QByteArray &b) { setAt<quint64>(b, b.size() / 8 - 1, quint64(1) << 40); },
        [](QByteArray &b) { setAt<quint64>(b, 1, at<quint64>(b, 2) + 1000); },
        [](QByteArray &b) { setAt<quint64>(b, 0, 3); },
        [](QByteArray &b) { b.chop(b.size() > 16 ? 16 : 4); },
        [](QByteArray &b) { b.chop(3); },
        [](QByteArray &b) { setAt<qint32>(b, 0, 2000000000); },
    };
    QVERIFY(editBlob(path, table, part, edits[kind]));

    auto loaded = ProjectFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(QByteArray(loaded.error().code()), QByteArray("damaged"));
    QVERIFY2(loaded.errorString().startsWith("The project file is damaged"),
             qPrintable(loaded.errorString()));
    for (const QStringList &command : readingCommands(path, m_dir.filePath("out"))) {
        const auto run = Test::runCli(command);
        QVERIFY2(run.exitCode >= 0, qPrintable(command.join(' ') + " ended by a signal"));
        // The snapshot commands read the snapshots, not the columns.
        if (command.front() == "snapshot" || command.front() == "migration")
            continue;
        QVERIFY2(run.exitCode > 0, qPrintable(command.join(' ') + ": " + run.err));
        QVERIFY2(run.err.contains("damaged"), qPrintable(command.join(' ') + ": " + run.err));
    }
}

void TestDamagedProject::foreignFilesLeftAlone_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("0 bytes") << QByteArray();
    QTest::newRow("text") << QByteArray("customer,amount\n1,2\n");
}

void TestDamagedProject::foreignFilesLeftAlone()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("foreign.segmenta"));
    QVERIFY(Test::writeBytes(path, bytes));
    auto loaded = ProjectFile::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().contains("is not a Segmenta project"),
             qPrintable(loaded.errorString()));
    QCOMPARE(Test::readBytes(path), bytes);
    for (const QStringList &command : readingCommands(path, m_dir.filePath("out"))) {
        const auto run = Test::runCli(command);
        QVERIFY2(run.exitCode > 0, qPrintable(command.join(' ') + ": " + run.err));
        QVERIFY2(run.err.contains("is not a Segmenta project"),
                 qPrintable(command.join(' ') + ": " + run.err));
        QCOMPARE(Test::readBytes(path), bytes); // never rewritten into an empty project
    }
}

void TestDamagedProject::damagedFormatNumber_data()
{
    QTest::addColumn<qint64>("version");
    QTest::newRow("-1") << qint64(-1);
    QTest::newRow("found by the fuzzer") << qint64(-50331645);
    QTest::newRow("most negative") << qint64(std::numeric_limits<qint32>::min());
}

// The format number in the file header indexes the migrations: one below zero (flipped bits)
// must end in a sentence, and the file must be left as it was.
void TestDamagedProject::damagedFormatNumber()
{
    QFETCH(qint64, version);
    const QString path = m_dir.filePath(QStringLiteral("badversion.segmenta"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_project, path));
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, false, false).ok());
        QVERIFY(db.exec(qPrintable(QStringLiteral("PRAGMA user_version = %1").arg(version))).ok());
    }
    const QByteArray bytes = Test::readBytes(path);
    auto loaded = ProjectFile::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().contains("is not a Segmenta project"),
             qPrintable(loaded.errorString()));
    for (const QStringList &command : readingCommands(path, m_dir.filePath("out"))) {
        const auto run = Test::runCli(command);
        QVERIFY2(run.exitCode > 0, qPrintable(command.join(' ') + ": " + run.err));
        QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(command.join(' ')));
    }
    QCOMPARE(Test::readBytes(path), bytes);
}

// 40 copies with random bits flipped: each command succeeds or says why, never a signal.
void TestDamagedProject::randomBitFlips()
{
    const QByteArray original = Test::readBytes(m_project);
    QVERIFY(!original.isEmpty());
    QRandomGenerator random(20240601); // fixed: a failure can be replayed
    constexpr int kCopies = 40;
    constexpr int kFlipsPerCopy = 16;
    for (int copy = 0; copy < kCopies; ++copy) {
        QByteArray bytes = original;
        for (int i = 0; i < kFlipsPerCopy; ++i) {
            const qsizetype byte = qsizetype(random.bounded(quint32(bytes.size())));
            bytes[byte] = char(bytes[byte] ^ (1 << random.bounded(8)));
        }
        const QString path = m_dir.filePath(QStringLiteral("flipped%1.segmenta").arg(copy));
        QVERIFY(Test::writeBytes(path, bytes));
        for (const QStringList &command : readingCommands(path, m_dir.filePath("out"))) {
            const auto run = Test::runCli(command);
            QVERIFY2(run.exitCode >= 0, qPrintable(QStringLiteral("copy %1: %2 ended by a signal")
                                                       .arg(copy).arg(command.join(' '))));
            if (run.exitCode != 0)
                QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(command.join(' ')));
        }
        QFile::remove(path);
    }
}

// A stored segmentation whose rule nests 10,000 levels (the CLI refuses to store one, so it is
// written straight into the settings): commands end with a status, never a stack overflow.
void TestDamagedProject::storedDeepRule()
{
    const QString path = m_dir.filePath(QStringLiteral("deep.segmenta"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_project, path));
    const QString rule = QString("(").repeated(10000) + "frequency > 1" + QString(")").repeated(10000);
    const QJsonObject segmentation{
        {"version", 1},
        {"segments", QJsonArray{QJsonObject{{"name", "deep"}, {"rule", rule}}}}};
    QVERIFY(ProjectFile::saveSettings(path, {{"segmentation", segmentation}}).ok());
    const QList<QStringList> commands{{"segments", path},
                                      {"check", path},
                                      {"export", path, "--out", m_dir.filePath("deepout")},
                                      {"snapshot", path}};
    for (const QStringList &command : commands) {
        const auto run = Test::runCli(command);
        QVERIFY2(run.exitCode >= 0, qPrintable(command.join(' ') + " ended by a signal"));
        if (run.exitCode != 0)
            QVERIFY2(run.err.contains("256 levels"), qPrintable(command.join(' ') + ": " + run.err));
    }
}

QTEST_GUILESS_MAIN(TestDamagedProject)
#include "tst_damagedproject.moc"
