// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli check, snapshot and migration on the demo project: the JSON they print, the
// readable list, and the errors for bad arguments.
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestCliHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check();
    void checkReadable();
    void snapshotsAndMigration();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliHealth::initTestCase()
{
    const Test::CliRun demo = Test::runCli({QStringLiteral("demo"), QStringLiteral("-o"), m_dir.path(),
                                            QStringLiteral("--customers"), QStringLiteral("400")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    m_project = m_dir.filePath(QStringLiteral("demo.segmenta"));
    // Segments with the mistakes the checks look for: no objective, assets only, a forecast
    // far above any response, one that nobody reaches.
    const QByteArray rules = R"j({"version": 1, "segments": [
        {"name": "Top", "rule": "tier in (\"platinum\", \"gold\")", "objective": "Keep them",
         "forecast_response": 0.99},
        {"name": "Rich", "rule": "assets > 0"},
        {"name": "Nobody", "rule": "frequency > 1000000", "objective": "None"}]})j";
    const QString file = m_dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(Test::writeBytes(file, rules));
    const Test::CliRun set = Test::runCli({QStringLiteral("segments"), m_project, QStringLiteral("--rules"),
                                           file, QStringLiteral("--no-clusters"), QStringLiteral("--json")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
}

void TestCliHealth::check()
{
    const Test::CliRun run = Test::runCli({QStringLiteral("check"), m_project, QStringLiteral("--json"),
                                           QStringLiteral("--no-clusters"), QStringLiteral("--today"),
                                           QStringLiteral("2099-01-01"), QStringLiteral("--stale-days"),
                                           QStringLiteral("30")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("segments")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("today")).toString(), QStringLiteral("2099-01-01"));
    QCOMPARE(json.value(QStringLiteral("stale_days")).toInt(), 30);
    QStringList codes;
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        codes << f.value(QStringLiteral("code")).toString() + u':'
                     + f.value(QStringLiteral("segment")).toString();
        QVERIFY(!f.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(f.value(QStringLiteral("numbers")).isObject());
    }
    for (const char *expected : {"never-used:", "stale-data:", "no-objective:Rich",
                                 "assets-only:Rich", "too-optimistic:Top", "empty-segment:Nobody"})
        QVERIFY2(codes.contains(QString::fromLatin1(expected)), qPrintable(codes.join(u' ')));
    QVERIFY(!codes.contains(QStringLiteral("not-exclusive:")));
}

void TestCliHealth::checkReadable()
{
    const Test::CliRun run = Test::runCli({QStringLiteral("check"), m_project, QStringLiteral("--no-clusters")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("warning no-objective [Rich]: Segment “Rich” has no objective")),
             qPrintable(out));
}

void TestCliHealth::snapshotsAndMigration()
{
    const Test::CliRun first = Test::runCli({QStringLiteral("snapshot"), m_project, QStringLiteral("--name"),
                                             QStringLiteral("第一"), QStringLiteral("--no-clusters")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject a = first.json();
    QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("第一"));
    QCOMPARE(a.value(QStringLiteral("customers")).toInt(), 400);
    qint64 inSegments = a.value(QStringLiteral("unassigned")).toInteger();
    for (const QJsonValue &s : a.value(QStringLiteral("segments")).toArray())
        inSegments += s.toObject().value(QStringLiteral("customers")).toInteger();
    QCOMPARE(inSegments, 400);

    // A second snapshot ranked by profit: tiers move, segments do not.
    const Test::CliRun second = Test::runCli({QStringLiteral("snapshot"), m_project, QStringLiteral("--value"),
                                              QStringLiteral("profit"), QStringLiteral("--no-clusters")});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const qint64 from = a.value(QStringLiteral("id")).toInteger();
    const qint64 to = second.json().value(QStringLiteral("id")).toInteger();
    QVERIFY(to > from);

    const Test::CliRun list = Test::runCli({QStringLiteral("snapshot"), m_project, QStringLiteral("--list")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(list.json().value(QStringLiteral("snapshots")).toArray().size(), 2);

    for (const char *by : {"segment", "tier"}) {
        const Test::CliRun m = Test::runCli({QStringLiteral("migration"), m_project, QStringLiteral("--from"),
                                             QString::number(from), QStringLiteral("--to"), QString::number(to),
                                             QStringLiteral("--by"), QString::fromLatin1(by), QStringLiteral("--json")});
        QVERIFY2(m.exitCode == 0, m.err.constData());
        const QJsonObject json = m.json();
        QCOMPARE(json.value(QStringLiteral("matched")).toInt(), 400);
        QCOMPARE(json.value(QStringLiteral("new")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("gone")).toInt(), 0);
        qint64 total = 0;
        for (const QJsonValue &row : json.value(QStringLiteral("cells")).toArray())
            for (const QJsonValue &cell : row.toArray())
                total += cell.toInteger();
        QCOMPARE(total, 400);
        if (QByteArray(by) == "segment") // the rules do not depend on the value basis... mostly
            QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 5);
    }
}

void TestCliHealth::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("stale days") << QStringList{"check", "P", "--stale-days", "soon"} << "--stale-days";
    QTest::newRow("today") << QStringList{"check", "P", "--today", "tomorrow"} << "--today";
    QTest::newRow("no project") << QStringList{"check", "/nonexistent/x.segmenta"} << "does not exist";
    QTest::newRow("unknown snapshot") << QStringList{"migration", "P", "--from", "1", "--to", "999"}
                                      << "no snapshot with the number 999";
    QTest::newRow("bad by") << QStringList{"migration", "P", "--from", "1", "--to", "1", "--by", "x"}
                            << "--by";
    QTest::newRow("missing from") << QStringList{"migration", "P", "--to", "1"} << "--from";
}

void TestCliHealth::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    arguments.replaceInStrings(QStringLiteral("P"), m_project);
    const Test::CliRun run = Test::runCli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(fragment), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_cli_health.moc"
