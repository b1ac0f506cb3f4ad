// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli segments on the demo project: a segment file replaces the project's segments
// only when every rule compiles (an error names the segment and the position, and the project
// is left as it was); the figures cover every customer exactly once; --explain says which rule
// won and which conditions held; --write-rules gives back the same file. A stored segment whose
// rule no longer compiles is left out of the reading commands with a warning, as the desktop
// leaves it out.
#include "project/projectfile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Segmenta;

class TestCliSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replaceAndFigures();
    void rejectedWithoutHalfApplying_data();
    void rejectedWithoutHalfApplying();
    void explain();
    void storedBadRuleIsLeftOut_data();
    void storedBadRuleIsLeftOut();
    void unmatchedValueWarns_data();
    void unmatchedValueWarns();

private:
    QJsonObject setRules(const QByteArray &json, int expectedExit = 0);

    QTemporaryDir m_dir;
    QString m_project;
    int m_files = 0;
};

namespace {

// Overlapping on purpose: platinum customers also match "年轻" when young.
const QByteArray kRules = R"j({"version": 1, "segments": [
  {"name": "白金", "rule": "tier = \"platinum\"", "objective": "保留"},
  {"name": "年轻", "rule": "[年龄] < 35 and frequency >= 1", "objective": "增长"},
  {"name": "Lapsed", "rule": "lifecycle in (\"churned\", \"marginal\")", "objective": "win back"}
]})j";

} // namespace

void TestCliSegments::initTestCase()
{
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "1200"});
    QCOMPARE(run.exitCode, 0);
    m_project = run.json().value("project").toString();
}

QJsonObject TestCliSegments::setRules(const QByteArray &json, int expectedExit)
{
    const QString path = m_dir.filePath(QStringLiteral("rules%1.json").arg(++m_files));
    if (!Test::writeBytes(path, json))
        return {};
    const auto run = Test::runCli({"segments", m_project, "--rules", path});
    if (run.exitCode != expectedExit) {
        qWarning("exit %d: %s", run.exitCode, run.err.constData());
        return {{"failed", true}};
    }
    return expectedExit == 0 ? run.json() : QJsonObject{{"err", QString::fromUtf8(run.err)}};
}

void TestCliSegments::replaceAndFigures()
{
    const QJsonObject out = setRules(kRules);
    QVERIFY(!out.contains("failed"));
    QCOMPARE(out.value("replaced").toBool(), true);
    const qint64 customers = out.value("customers").toInteger();
    QCOMPARE(customers, 1200);
    // One row per segment plus the unassigned; every customer counted exactly once.
    const QJsonArray figures = out.value("figures").toArray();
    QCOMPARE(figures.size(), 4);
    qint64 sum = 0;
    for (const QJsonValue &f : figures)
        sum += f.toObject().value("customers").toInteger();
    QCOMPARE(sum, customers);
    QCOMPARE(figures.last().toObject().value("customers").toInteger(),
             out.value("unassigned").toInteger());
    // Overlaps: symmetric, the diagonal at least the segment's own count, and the first
    // segment keeps everything its rule matches.
    const QJsonArray overlaps = out.value("overlaps").toArray();
    for (int i = 0; i < 3; ++i) {
        const qint64 diagonal = overlaps[i].toArray()[i].toInteger();
        QVERIFY(diagonal >= figures[i].toObject().value("customers").toInteger());
        for (int j = 0; j < 3; ++j)
            QCOMPARE(overlaps[i].toArray()[j].toInteger(), overlaps[j].toArray()[i].toInteger());
    }
    QCOMPARE(overlaps[0].toArray()[0].toInteger(), figures[0].toObject().value("customers").toInteger());
    // The second segment lost exactly the customers it shares with the first.
    QCOMPARE(figures[1].toObject().value("customers").toInteger(),
             overlaps[1].toArray()[1].toInteger() - overlaps[0].toArray()[1].toInteger());

    // Stored in the project, and written back as the same segment file.
    const auto settings = ProjectFile::loadSettings(m_project);
    QVERIFY(settings.ok());
    QCOMPARE(settings->value("segmentation").toObject().value("segments").toArray().size(), 3);
    const QString back = m_dir.filePath("back.json");
    const auto run = Test::runCli({"segments", m_project, "--write-rules", back});
    QCOMPARE(run.exitCode, 0);
    QFile file(back);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(written.value("version").toInt(), 1);
    QCOMPARE(written.value("segments").toArray(),
             QJsonDocument::fromJson(kRules).object().value("segments").toArray());
}

void TestCliSegments::rejectedWithoutHalfApplying_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // in the one error line
    QTest::newRow("syntax error in the second rule")
        << QByteArray(R"j({"version": 1, "segments": [{"name": "A", "rule": "r >= 4"},
                          {"name": "坏", "rule": "tier in (\"gold\""}]})j")
        << QStringLiteral("坏");
    QTest::newRow("unknown field")
        << QByteArray(R"j({"version": 1, "segments": [{"name": "B", "rule": "[不存在] = 1"}]})j")
        << QStringLiteral("不存在");
    QTest::newRow("empty rule")
        << QByteArray(R"j({"version": 1, "segments": [{"name": "C", "rule": ""}]})j")
        << QStringLiteral("C");
    QTest::newRow("duplicate names")
        << QByteArray(R"j({"version": 1, "segments": [{"name": "D", "rule": "r = 1"},
                          {"name": "d", "rule": "r = 2"}]})j")
        << QStringLiteral("d");
    QTest::newRow("newer version")
        << QByteArray(R"j({"version": 9, "segments": []})j") << QStringLiteral("9");
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << QStringLiteral("JSON");
    QTest::newRow("a JSON array") << QByteArray(R"j([{"name": "A", "rule": "r >= 4"}])j")
                                  << QStringLiteral("must hold a JSON object");
    QTest::newRow("forecast_response above 1")
        << QByteArray(R"j({"version": 1, "segments": [{"name": "E", "rule": "r = 1", "forecast_response": 5}]})j")
        << QStringLiteral("forecast_response must be a number from 0 to 1");
    QTest::newRow("forecast_response below 0")
        << QByteArray(R"j({"version": 1, "segments": [{"name": "F", "rule": "r = 1", "forecast_response": -0.1}]})j")
        << QStringLiteral("“F”");
    QTest::newRow("forecast_response as text")
        << QByteArray(R"j({"version": 1, "segments": [{"name": "G", "rule": "r = 1", "forecast_response": "5%"}]})j")
        << QStringLiteral("forecast_response must be a number from 0 to 1");
}

void TestCliSegments::rejectedWithoutHalfApplying()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QVERIFY(!setRules(kRules).contains("failed"));
    const QJsonObject before = ProjectFile::loadSettings(m_project).value();
    const QJsonObject out = setRules(json, 1);
    QVERIFY(!out.contains("failed"));
    const QString err = out.value("err").toString().trimmed();
    QCOMPARE(err.count(u'\n'), 0); // one clear line
    QVERIFY2(err.contains(expected), qPrintable(err));
    QCOMPARE(ProjectFile::loadSettings(m_project).value(), before);
}

void TestCliSegments::explain()
{
    QVERIFY(!setRules(kRules).contains("failed"));
    const auto scores = m_dir.filePath("scores.csv");
    QCOMPARE(Test::runCli({"scores", m_project, "-o", scores}).exitCode, 0);
    // A platinum customer from the scores: the first segment wins, its one condition held.
    QFile file(scores);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(file.readLine()).remove(QChar(0xfeff)).trimmed().split(u',');
    const qsizetype tierColumn = header.indexOf("tier");
    QString platinumId;
    while (!file.atEnd() && platinumId.isEmpty()) {
        const QStringList row = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (row.value(tierColumn) == "platinum")
            platinumId = row.first();
    }
    QVERIFY(!platinumId.isEmpty());
    const auto run = Test::runCli({"segments", m_project, "--explain", platinumId});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject e = run.json().value("explain").toObject();
    QCOMPARE(e.value("segment").toString(), QStringLiteral("白金"));
    const QJsonObject first = e.value("rules").toArray().first().toObject();
    QCOMPARE(first.value("matched").toBool(), true);
    const QJsonObject condition = first.value("conditions").toArray().first().toObject();
    QCOMPARE(condition.value("held").toBool(), true);
    QCOMPARE(condition.value("field").toString(), QStringLiteral("tier"));
    QCOMPARE(condition.value("value").toString(), QStringLiteral("platinum"));
    // Ids as typed by a person: surrounding blanks do not matter.
    QCOMPARE(Test::runCli({"segments", m_project, "--explain", " " + platinumId + " "}).exitCode, 0);

    const auto unknown = Test::runCli({"segments", m_project, "--explain", "NO-SUCH-ID"});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("NO-SUCH-ID"));
}

void TestCliSegments::storedBadRuleIsLeftOut_data()
{
    QTest::addColumn<QStringList>("command"); // after the project
    QTest::newRow("segments") << QStringList{"segments"};
    QTest::newRow("check") << QStringList{"check"};
    QTest::newRow("export") << QStringList{"export", "--out", m_dir.filePath("lists")};
    QTest::newRow("snapshot") << QStringList{"snapshot", "--name", "with a bad rule"};
}

void TestCliSegments::storedBadRuleIsLeftOut()
{
    QFETCH(QStringList, command);
    // Stored as a project from an older version or edited on the desktop might hold it: the
    // second rule names a field the project does not have.
    QJsonObject settings = ProjectFile::loadSettings(m_project).value();
    const QJsonObject stored = QJsonDocument::fromJson(R"j({"version": 1, "segments": [
        {"name": "白金", "rule": "tier = \"platinum\""},
        {"name": "坏规则", "rule": "[不存在] = 1"},
        {"name": "Lapsed", "rule": "lifecycle in (\"churned\", \"marginal\")"}]})j").object();
    QCOMPARE(stored.value("segments").toArray().size(), 3);
    settings.insert("segmentation", stored);
    QVERIFY(ProjectFile::saveSettings(m_project, settings).ok());

    const QString verb = command.takeFirst();
    const auto run = Test::runCli(QStringList{verb, m_project} + command);
    QCOMPARE(run.exitCode, 0);
    const QString err = QString::fromUtf8(run.err);
    const QStringList warnings = err.split(u'\n').filter(QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1); // one line, naming the segment and the field
    QVERIFY2(warnings.first().contains(QStringLiteral("坏规则"))
                 && warnings.first().contains(QStringLiteral("不存在")),
             qPrintable(err));
    if (verb == u"segments") {
        // The two others are counted; every customer still exactly once.
        const QJsonObject out = run.json();
        const QJsonArray segments = out.value("segments").toArray();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[1].toObject().value("name").toString(), QStringLiteral("Lapsed"));
        qint64 sum = 0;
        for (const QJsonValue &f : out.value("figures").toArray())
            sum += f.toObject().value("customers").toInteger();
        QCOMPARE(sum, out.value("customers").toInteger());
    }
    // Nothing was rewritten: the bad rule stays stored for the user to fix.
    QCOMPARE(ProjectFile::loadSettings(m_project)->value("segmentation").toObject(), stored);
}


void TestCliSegments::unmatchedValueWarns_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("segments --rules") << QStringLiteral("segments");
    QTest::newRow("check") << QStringLiteral("check");
}

void TestCliSegments::unmatchedValueWarns()
{
    QFETCH(QString, verb);
    const QString path = m_dir.filePath(QStringLiteral("typo-%1.json").arg(verb));
    QVERIFY(Test::writeBytes(path, R"j({"version": 1, "segments": [
        {"name": "杭州客户", "rule": "[城市] = \"杭洲\""}]})j"));
    const QStringList args = verb == u"segments"
        ? QStringList{QStringLiteral("segments"), m_project, QStringLiteral("--rules"), path}
        : QStringList{QStringLiteral("check"), m_project};
    if (verb != u"segments")
        QCOMPARE(Test::runCli({"segments", m_project, "--rules", path}).exitCode, 0);
    const auto run = Test::runCli(args);
    QCOMPARE(run.exitCode, 0);
    const QString err = QString::fromUtf8(run.err);
    const QStringList warnings = err.split(u'\n').filter(QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("杭州客户"))
                 && warnings.first().contains(QStringLiteral("did you mean “杭州”")),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliSegments)
#include "tst_cli_segments.moc"
