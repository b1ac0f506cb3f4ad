// SPDX-License-Identifier: GPL-3.0-or-later
// The k-means clusters are computed only when asked for (docs/user/cli.md, "analyze and
// scores"): not by default, but with --clusters, or when a segment rule or a list column names
// `cluster`; --no-clusters is still accepted.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestCliClustersOn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analyzeComputesClustersWhenAsked_data();
    void analyzeComputesClustersWhenAsked();
    void analyzeRecordsItsOptions_data();
    void analyzeRecordsItsOptions();
    void scoresCarryClustersWhenAsked_data();
    void scoresCarryClustersWhenAsked();
    void ruleNamingClusterGetsThem();
    void listColumnNamingClusterGetsThem();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliClustersOn::initTestCase()
{
    m_project = Test::demoProject(m_dir.filePath("demo"), 800);
    QVERIFY(!m_project.isEmpty());
}

void TestCliClustersOn::analyzeComputesClustersWhenAsked_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<bool>("clustered");
    QTest::newRow("default") << QStringList{} << false;
    QTest::newRow("--no-clusters, kept for old scripts") << QStringList{"--no-clusters"} << false;
    QTest::newRow("--clusters") << QStringList{"--clusters"} << true;
}

void TestCliClustersOn::analyzeComputesClustersWhenAsked()
{
    QFETCH(QStringList, flags);
    QFETCH(bool, clustered);
    const auto run = Test::runCli(QStringList{"analyze", m_project, "--json"} + flags);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject clusters = run.json().value("clusters").toObject();
    QCOMPARE(clusters.value("k").toInt() >= 2, clustered);
    QCOMPARE(clusters.isEmpty(), !clustered);
    // The record of the options that produced it says so.
    const QJsonObject options = run.json().value("analysis").toObject().value("options").toObject();
    QCOMPARE(options.value("clusters").toBool(), clustered);
    QCOMPARE(options.contains("cluster_options"), clustered);
}

void TestCliClustersOn::analyzeRecordsItsOptions_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default value") << QStringList{} << "value" << "revenue";
    QTest::newRow("--value profit") << QStringList{"--value", "profit"} << "value" << "profit";
    QTest::newRow("default unit") << QStringList{} << "time_unit" << "week";
    QTest::newRow("--time-unit month") << QStringList{"--time-unit", "month"} << "time_unit" << "month";
    QTest::newRow("default date") << QStringList{} << "as_of" << "";
    QTest::newRow("--as-of") << QStringList{"--as-of", "2024-06-01"} << "as_of" << "2024-06-01";
}

void TestCliClustersOn::analyzeRecordsItsOptions()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const auto run = Test::runCli(QStringList{"analyze", m_project, "--json"} + flags);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject options = run.json().value("analysis").toObject().value("options").toObject();
    QVERIFY(options.contains(key));
    QCOMPARE(options.value(key).toString(), expected);
}

void TestCliClustersOn::scoresCarryClustersWhenAsked_data()
{
    analyzeComputesClustersWhenAsked_data();
}

void TestCliClustersOn::scoresCarryClustersWhenAsked()
{
    QFETCH(QStringList, flags);
    QFETCH(bool, clustered);
    const QString csv = m_dir.filePath(QStringLiteral("scores-%1.csv").arg(QTest::currentDataTag()).remove(u' '));
    const auto run = Test::runCli(QStringList{"scores", m_project, "-o", csv} + flags);
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = Test::readBytes(csv).trimmed().split('\n');
    QVERIFY(lines.size() > 1);
    QVERIFY(lines.constFirst().trimmed().endsWith(",cluster"));
    int labelled = 0;
    for (qsizetype i = 1; i < lines.size(); ++i)
        labelled += lines[i].trimmed().endsWith(',') ? 0 : 1;
    QCOMPARE(labelled > 0, clustered);
}

void TestCliClustersOn::ruleNamingClusterGetsThem()
{
    const QString rules = m_dir.filePath("cluster-rules.json");
    QVERIFY(Test::writeBytes(rules, R"json({"version": 1, "segments": [
        {"name": "Clustered", "rule": "cluster >= 1"}]})json"));
    const auto run = Test::runCli({"segments", m_project, "--rules", rules, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject out = run.json();
    const int customers = out.value("customers").toInt();
    const int unassigned = out.value("unassigned").toInt();
    // Every buyer has a cluster: only customers without purchases stay out.
    QVERIFY2(unassigned < customers / 2, qPrintable(QString::number(unassigned)));

    // The stored rule, read back by check, needs them too.
    const auto check = Test::runCli({"check", m_project, "--json"});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(!check.out.contains("\"empty-segment\""));
}

void TestCliClustersOn::listColumnNamingClusterGetsThem()
{
    const QString rules = m_dir.filePath("all-rules.json");
    QVERIFY(Test::writeBytes(rules, R"json({"version": 1, "segments": [
        {"name": "Everyone", "rule": "monetary >= 0"}]})json"));
    QCOMPARE(Test::runCli({"segments", m_project, "--rules", rules}).exitCode, 0);
    const QString out = m_dir.filePath("lists");
    const auto run = Test::runCli({"export", m_project, "--out", out, "--columns", "id,cluster",
                                   "--header-style", "codes"});
    QCOMPARE(run.exitCode, 0);
    const QStringList files = QDir(out).entryList({"*.csv"}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QList<QByteArray> lines = Test::readBytes(QDir(out).filePath(files.constFirst())).trimmed().split('\n');
    QVERIFY(lines.size() > 1);
    int labelled = 0;
    for (qsizetype i = 1; i < lines.size(); ++i)
        labelled += lines[i].trimmed().endsWith(',') ? 0 : 1;
    QVERIFY2(labelled > (lines.size() - 1) / 2, qPrintable(QString::number(labelled)));
}

QTEST_GUILESS_MAIN(TestCliClustersOn)
#include "tst_cli_clusterson.moc"
