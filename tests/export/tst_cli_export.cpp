// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli export on the demo project: JSON summary, files, one clear line on errors.
#include "targetlisttestdata.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Segmenta;
using namespace TargetListTest;

namespace {

const QByteArray kRules = "{\"version\": 1, \"segments\": ["
    "{\"name\": \"高价值/VIP\", \"rule\": \"tier in (\\\"platinum\\\", \\\"gold\\\")\", "
    "\"offer\": \"=升级\", \"message\": \"感谢您的支持\", \"owner\": \"陈经理\"},"
    "{\"name\": \"其他\", \"rule\": \"frequency >= 1\", \"offer\": \"八折券\", "
    "\"message\": \"好久不见\"}]}";

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSegmentsStored();
    void csv();
    void xlsxOneSegment();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliExport::initTestCase()
{
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "1500"});
    QCOMPARE(run.exitCode, 0);
    m_project = run.json().value("project").toString();
    QVERIFY(QFile::exists(m_project));
}

void TestCliExport::noSegmentsStored()
{
    const auto run = Test::runCli({"export", m_project, "--out", m_dir.filePath("none")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed().count('\n'), 0);
    QVERIFY(run.err.contains("no segments"));
    QVERIFY(!QDir(m_dir.filePath("none")).exists());
}

void TestCliExport::csv()
{
    const QString rules = m_dir.filePath("rules.json");
    QVERIFY(Test::writeBytes(rules, kRules));
    auto run = Test::runCli({"segments", m_project, "--rules", rules});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = m_dir.filePath("csv");
    run = Test::runCli({"export", m_project, "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json["files"].toArray().size(), 2);
    const QJsonObject perSegment = json["rows_per_segment"].toObject();
    QVERIFY(perSegment["高价值/VIP"].toInt() > 0);
    QVERIFY(perSegment["其他"].toInt() > 0);
    QCOMPARE(perSegment["高价值/VIP"].toInt() + perSegment["其他"].toInt(), json["rows"].toInt());
    QCOMPARE(folderEntries(out), QStringList({"其他.csv", "高价值_VIP.csv"}));
    bool bom = false;
    const auto rows = readUtf8Csv(out + "/高价值_VIP.csv", &bom);
    QVERIFY(bom);
    QCOMPARE(rows.size() - 1, perSegment["高价值/VIP"].toInt());
    QCOMPARE(rows[0].mid(5, 4), QStringList({"segment", "offer", "message", "purchase_probability"}));
    double previous = 2;
    QSet<QString> ids;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i][6], "'=升级");
        QVERIFY(rows[i][10] == "platinum" || rows[i][10] == "gold");
        const double p = rows[i][8].isEmpty() ? -1 : rows[i][8].toDouble();
        QVERIFY(p <= previous);
        previous = p;
        ids.insert(rows[i][0]);
    }
    const auto others = readUtf8Csv(out + "/其他.csv");
    for (qsizetype i = 1; i < others.size(); ++i)
        QVERIFY2(!ids.contains(others[i][0]), qPrintable(others[i][0]));

    // Suppress the first customer of the first list by id, in lower case.
    QVERIFY(Test::writeBytes(m_dir.filePath("s.txt"), rows[1][0].toLower().toUtf8() + "\n"));
    run = Test::runCli({"export", m_project, "--out", out, "--suppress", m_dir.filePath("s.txt")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()["suppressed"].toInt(), 1);
    QCOMPARE(run.json()["suppressed_per_segment"].toObject()["高价值/VIP"].toInt(), 1);
    QCOMPARE(readUtf8Csv(out + "/高价值_VIP.csv").size(), rows.size() - 1);
}

void TestCliExport::xlsxOneSegment()
{
    const QString out = m_dir.filePath("xlsx");
    const auto run = Test::runCli({"export", m_project, "--out", out, "--format", "xlsx",
                                   "--segment", "其他", "--columns", "id,segment,clv"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(folderEntries(out), QStringList({"target_lists.xlsx"}));
    const auto sheets = readXlsx(out + "/target_lists.xlsx");
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets[0].name, "其他");
    QCOMPARE(sheets[0].rows - 1, run.json()["rows"].toInt());
    QCOMPARE(sheets[0].cells.value({0, 2}).text, "clv");
    QCOMPARE(sheets[0].cells.value({1, 1}).text, "其他");
}

void TestCliExport::errors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown segment") << QStringList{"--segment", "不存在"} << "不存在";
    QTest::newRow("unknown column") << QStringList{"--columns", "id,shoe_size"} << "shoe_size";
    QTest::newRow("unwritable folder") << QStringList{"--out", "FILE/sub"} << "cannot be created";
    QTest::newRow("bad format") << QStringList{"--format", "pdf"} << "--format";
}

void TestCliExport::errors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, says);
    QVERIFY(Test::writeBytes(m_dir.filePath("FILE"), "x"));
    QStringList args{"export", m_project, "--out", m_dir.filePath("err")};
    for (QString &o : options)
        o.replace("FILE", m_dir.filePath("FILE"));
    args += options;
    const auto run = Test::runCli(args);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed().count('\n'), 0);
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
    QVERIFY(!QDir(m_dir.filePath("err")).exists()
            || folderEntries(m_dir.filePath("err")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
