// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli export on the demo project: JSON summary, files, one clear line on errors.
#include "targetlisttestdata.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QXmlStreamReader>
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
    void languages_data();
    void languages();
    void xlsxNumberFormats();
    void currencyFromProject_data();
    void currencyFromProject();
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
    run = Test::runCli({"export", m_project, "--out", out, "--header-style", "codes"});
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
    run = Test::runCli({"export", m_project, "--out", out, "--header-style", "codes", "--suppress",
                        m_dir.filePath("s.txt")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()["suppressed"].toInt(), 1);
    QCOMPARE(run.json()["suppressed_per_segment"].toObject()["高价值/VIP"].toInt(), 1);
    QCOMPARE(readUtf8Csv(out + "/高价值_VIP.csv").size(), rows.size() - 1);
}

void TestCliExport::xlsxOneSegment()
{
    const QString out = m_dir.filePath("xlsx");
    const auto run = Test::runCli({"export", m_project, "--out", out, "--format", "xlsx",
                                   "--segment", "其他", "--columns", "id,segment,clv",
                                   "--header-style", "codes"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(folderEntries(out), QStringList({"target_lists.xlsx"}));
    const auto sheets = readXlsx(out + "/target_lists.xlsx");
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets[0].name, "其他");
    QCOMPARE(sheets[0].rows - 1, run.json()["rows"].toInt());
    QCOMPARE(sheets[0].cells.value({0, 2}).text, "clv");
    QCOMPARE(sheets[0].cells.value({1, 1}).text, "其他");
}

// Names style (the default): headers, computed values and units in the list's language;
// the CSV stays numeric, a probability written as the percent its header names.
void TestCliExport::languages_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("tiers");
    QTest::newRow("default english")
        << QStringList{} << QStringList{"Customer ID", "Purchase probability (%)", "Value tier"}
        << QStringList{"Platinum", "Gold"};
    QTest::newRow("simplified, yuan")
        << QStringList{"--language", "zh_CN", "--currency", "¥"}
        << QStringList{"客户编号", "购买概率 (%)", "价值等级"} << QStringList{"白金", "黄金"};
    QTest::newRow("traditional")
        << QStringList{"--language", "zh-tw"} << QStringList{"客戶編號", "購買概率 (%)", "價值等級"}
        << QStringList{"白金", "黃金"};
    QTest::newRow("codes")
        << QStringList{"--language", "zh_CN", "--header-style", "codes"}
        << QStringList{"id", "purchase_probability", "tier"} << QStringList{"platinum", "gold"};
}

void TestCliExport::languages()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, tiers);
    const QString rules = m_dir.filePath("rules.json");
    QVERIFY(Test::writeBytes(rules, kRules));
    auto run = Test::runCli({"segments", m_project, "--rules", rules});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = m_dir.filePath("lang_" + QString::fromLatin1(QTest::currentDataTag()));
    run = Test::runCli(QStringList{"export", m_project, "--out", out, "--segment", "高价值/VIP",
                                   "--columns", "id,offer,purchase_probability,tier"}
                       + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto rows = readUtf8Csv(out + "/高价值_VIP.csv");
    QVERIFY(rows.size() > 1);
    QCOMPARE(QStringList({rows[0][0], rows[0][2], rows[0][3]}), headers);
    const bool percent = !headers[1].contains(u'_');
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i][1], "'=升级"); // formula neutralisation still applies
        QVERIFY2(tiers.contains(rows[i][3]), qPrintable(rows[i][3]));
        if (rows[i][2].isEmpty())
            continue;
        bool ok = false;
        const double p = rows[i][2].toDouble(&ok);
        QVERIFY2(ok, qPrintable(rows[i][2]));
        QVERIFY(p >= 0 && p <= (percent ? 100 : 1));
    }
}

void TestCliExport::currencyFromProject_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("header");
    // The demo project records ¥ as its currency, as an import of yuan amounts does.
    QTest::newRow("the project's") << QStringList{} << QStringLiteral("客户终身价值 (¥)");
    QTest::newRow("given") << QStringList{"--currency", "$"} << QStringLiteral("客户终身价值 ($)");
    QTest::newRow("codes") << QStringList{"--header-style", "codes"} << QStringLiteral("clv");
}

// Money in the lists carries the project's currency without --currency (docs/export.md).
void TestCliExport::currencyFromProject()
{
    QFETCH(QStringList, options);
    QFETCH(QString, header);
    const QString rules = m_dir.filePath("rules.json");
    QVERIFY(Test::writeBytes(rules, kRules));
    auto run = Test::runCli({"segments", m_project, "--rules", rules});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = m_dir.filePath("cur_" + QString::fromLatin1(QTest::currentDataTag()));
    run = Test::runCli(QStringList{"export", m_project, "--out", out, "--segment", "高价值/VIP",
                                   "--columns", "id,clv", "--language", "zh_CN"}
                       + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto rows = readUtf8Csv(out + "/高价值_VIP.csv");
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows[0].value(1), header);
}

// Names style in XLSX: numbers stay numbers, formatted as percent and money.
void TestCliExport::xlsxNumberFormats()
{
    const QString out = m_dir.filePath("xlsx_formats");
    const auto run = Test::runCli({"export", m_project, "--out", out, "--format", "xlsx",
                                   "--segment", "其他", "--columns",
                                   "id,purchase_probability,clv", "--language", "zh_CN",
                                   "--currency", "¥"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString path = out + "/target_lists.xlsx";
    const auto sheets = readXlsx(path);
    QCOMPARE(sheets[0].cells.value({0, 2}).text, "客户终身价值 (¥)");
    const QString styles = QString::fromUtf8(unzipAll(path).value("xl/styles.xml"));
    // The format code of each cellXfs entry, by index.
    QStringList xfFormats;
    {
        QXmlStreamReader xml(styles);
        QHash<int, QString> codes;
        bool inXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == u"cellXfs")
                    inXfs = false;
                continue;
            }
            if (xml.name() == u"numFmt")
                codes.insert(xml.attributes().value("numFmtId").toInt(),
                             xml.attributes().value("formatCode").toString());
            else if (xml.name() == u"cellXfs")
                inXfs = true;
            else if (inXfs && xml.name() == u"xf")
                xfFormats << codes.value(xml.attributes().value("numFmtId").toInt());
        }
    }
    bool sawProbability = false, sawMoney = false;
    for (int r = 1; r < sheets[0].rows; ++r) {
        const XlsxCell p = sheets[0].cells.value({r, 1});
        const XlsxCell v = sheets[0].cells.value({r, 2});
        if (!p.text.isEmpty()) {
            QCOMPARE(p.type, QString());
            QCOMPARE(xfFormats.value(p.style), "0.0%");
            sawProbability = true;
        }
        if (!v.text.isEmpty()) {
            QCOMPARE(v.type, QString());
            QCOMPARE(xfFormats.value(v.style), "\"¥\"#,##0.00");
            sawMoney = true;
        }
    }
    QVERIFY(sawProbability && sawMoney);
}

void TestCliExport::errors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown segment") << QStringList{"--segment", "不存在"} << "不存在";
    QTest::newRow("unknown column") << QStringList{"--columns", "id,shoe_size"} << "shoe_size";
    QTest::newRow("unwritable folder") << QStringList{"--out", "FILE/sub"} << "cannot be created";
    QTest::newRow("bad format") << QStringList{"--format", "pdf"} << "--format";
    QTest::newRow("bad language") << QStringList{"--language", "fr"} << "--language";
    QTest::newRow("bad header style") << QStringList{"--header-style", "fancy"} << "--header-style";
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
