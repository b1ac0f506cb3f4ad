// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli clusters end to end on the demo data (docs/clusters.md, docs/user/cli.md):
// groups on chosen attributes with profiles and value, the segment file it writes, the value
// clusters as the default, determinism and bad options.
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestCliClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupsOnChosenAttributes();
    void rulesFileBecomesSegments();
    void valueClustersByDefault();
    void sameSeedSameGroups();
    void badOptions_data();
    void badOptions();

private:
    QStringList psychographic() const
    {
        return {u"clusters"_qs, m_demo, u"--features"_qs, u"生活方式,性格,价值观,年龄,地区"_qs, u"--json"_qs};
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliClusters::initTestCase()
{
    const auto run = Test::runCli({u"demo"_qs, u"-o"_qs, m_dir.filePath(u"demo"_qs), u"--customers"_qs, u"2000"_qs});
    QCOMPARE(run.exitCode, 0);
    m_demo = run.json().value(u"project").toString();
}

void TestCliClusters::groupsOnChosenAttributes()
{
    const auto run = Test::runCli(psychographic() << u"--table"_qs << u"兴趣"_qs);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject out = run.json();
    QVERIFY(!out.value(u"value_clusters").toBool());
    QCOMPARE(out.value(u"silhouette_by_k").toArray().size(), 9); // k = 2 .. 10
    const QJsonArray groups = out.value(u"groups").toArray();
    QCOMPARE(groups.size(), out.value(u"k").toInt());
    qint64 customers = 0;
    int named = 0;
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        customers += group.value(u"size").toInteger();
        named += group.value(u"name").toString().contains(u" · "_qs) ? 1 : 0;
        const QJsonArray apart = group.value(u"distinguishing").toArray();
        QVERIFY(!apart.isEmpty());
        QVERIFY(apart.first().toObject().value(u"lift").toDouble() > 1.0);
        QVERIFY(group.value(u"value").toObject().contains(u"mean_clv"));
        QVERIFY(group.value(u"value").toObject().value(u"tier_mix").toObject().contains(u"platinum"));
    }
    QCOMPARE(customers, 2000); // nobody dropped: organisations have the "missing" value
    QVERIFY(named >= 2);
    // Interests are multi-valued ("阅读、电影"): the table has one row per interest.
    const QJsonArray interests = out.value(u"tables").toArray().first().toObject().value(u"values").toArray();
    for (const QJsonValue &row : interests)
        QVERIFY(!row.toObject().value(u"value").toString().contains(u"、"_qs));
    // The organisations have no lifestyle: counted in a note.
    bool noted = false;
    for (const QJsonValue &n : out.value(u"notes").toArray())
        noted = noted || n.toString().contains(u"have no “生活方式”"_qs);
    QVERIFY(noted);
}

void TestCliClusters::rulesFileBecomesSegments()
{
    const QString rules = m_dir.filePath(u"groups.json"_qs);
    auto run = Test::runCli(psychographic() << u"--write-rules"_qs << rules);
    QCOMPARE(run.exitCode, 0);
    run = Test::runCli({u"segments"_qs, m_demo, u"--rules"_qs, rules, u"--json"_qs});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray segments = run.json().value(u"segments").toArray();
    QVERIFY(segments.size() >= 2);
    for (const QJsonValue &s : segments)
        QVERIFY(s.toObject().value(u"description").toString().startsWith(u"Group "_qs));
}

void TestCliClusters::valueClustersByDefault()
{
    const auto run = Test::runCli({u"clusters"_qs, m_demo, u"--json"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject out = run.json();
    QVERIFY(out.value(u"value_clusters").toBool());
    QCOMPARE(out.value(u"features").toArray().first().toString(), u"log_recency"_qs);
}

void TestCliClusters::sameSeedSameGroups()
{
    const auto first = Test::runCli(psychographic() << u"--seed"_qs << u"5"_qs);
    const auto again = Test::runCli(psychographic() << u"--seed"_qs << u"5"_qs);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(u"groups"), again.json().value(u"groups"));
}

void TestCliClusters::badOptions_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("k of one") << QStringList{u"--k"_qs, u"1"_qs} << u"--k"_qs;
    QTest::newRow("k not a number") << QStringList{u"--k"_qs, u"many"_qs} << u"--k"_qs;
    QTest::newRow("seed not a number") << QStringList{u"--seed"_qs, u"abc"_qs} << u"--seed"_qs;
    QTest::newRow("unknown attribute") << QStringList{u"--features"_qs, u"星座"_qs} << u"星座"_qs;
}

void TestCliClusters::badOptions()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, fragment);
    const auto run = Test::runCli(QStringList{u"clusters"_qs, m_demo} + extra);
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(fragment), qPrintable(lines.first()));
}

QTEST_GUILESS_MAIN(TestCliClusters)
#include "tst_cli_clusters.moc"
