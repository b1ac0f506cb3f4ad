// SPDX-License-Identifier: GPL-3.0-or-later
// Target lists (core/targetlist*): CSV read back cell by cell, order, formula neutralising,
// suppression with normalisation, file names, temp-and-rename. XLSX: tst_targetlistxlsx.
#include "targetlisttestdata.h"

#include "export/spreadsheetcell.h"
#include "export/suppressionlist.h"
#include "export/targetlistexporter.h"
#include "export/targetlistnames.h"
#include "base/taskcontrol.h"
#include "testsupport.h"

#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace Segmenta;
using namespace TargetListTest;

namespace {

// Three segments (one with a slash and Chinese, one reserved on Windows), ten customers; the
// order inside each list is written out by hand below.
std::unique_ptr<Project> sample()
{
    const QList<Customer> customers = {
        {"C001", "张伟", "+86 138 0013 8000", "zhang@example.com", "北京", 0.30, 500, "gold", 0,
         "老客户"},
        {"C002", "Li Na", "13900139000", "li@example.com", "上海", 0.90, 100, "platinum", 0, {}},
        {"C003", "=HYPERLINK(\"http://x\")", "13700137000", {}, "广州", 0.30, 900, "gold", 0, {}},
        {"C004", "@SUM(A1)", "13600136000", "c4@example.com", "深圳", 0.70, 50, "iron", 1, {}},
        {"C005", "王芳", "13500135000", "wang@example.com", "杭州", NA, 5000, "platinum", 0, {}},
        {"C006", "-cmd", "13400134000", "c6@example.com", "成都", 0.50, 10, "lead", 1, {}},
        {"C007", "+1", "13300133000", "c7@example.com", "武汉", 0.50, 20, "lead", 1, {}},
        {"C008", "Nobody", "13200132000", "c8@example.com", "西安", 0.99, 999, "gold", -1, {}},
        {"C009", "Tab\tname", "13100131000", "c9@example.com", "南京", 0.20, NA, "iron", 2, {}},
        {"C010", "Comma, \"quoted\"", "13000130000", "c10@example.com", "天津", 0.20, 30, "iron",
         2, {}},
    };
    return makeProject(customers,
                       {segment("高价值 客户/VIP", "=1+1 免费升级", "您好，感谢您一直以来的支持", "陈经理"),
                        segment("Win-back: lapsed?", "八折券", "好久不见", "Owner B"),
                        segment("CON", "Gift", "Hi, \"friend\"", "")});
}

Result<TargetListReport> exportCsv(const Project &p, const QString &folder,
                                   TargetListOptions o = {}, TaskControl *control = nullptr)
{
    o.folder = folder;
    return TargetListExporter::write(p.data, p.fields, p.segmentation, p.segmentOf, o, control);
}

} // namespace

class TestTargetList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultCsv();
    void order_data();
    void order();
    void neutralising_data();
    void neutralising();
    void numbers_data();
    void numbers();
    void chosenColumns();
    void missingContactColumnsSkipped();
    void unknownNames_data();
    void unknownNames();
    void gb18030();
    void suppression_data();
    void suppression();
    void suppressionCounts();
    void suppressionFileGb18030();
    void fileNames_data();
    void fileNames();
    void sheetNames_data();
    void sheetNames();
    void duplicateCustomerFailsAndLeavesFiles();
    void cancelledLeavesFiles();
    void unwritableFolder();
    void successReplacesFile();
};

void TestTargetList::defaultCsv()
{
    auto p = sample();
    QTemporaryDir dir;
    auto r = exportCsv(*p, dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(folderEntries(dir.path()),
             QStringList({"CON_.csv", "Win-back_ lapsed_.csv", "高价值 客户_VIP.csv"}));
    bool bom = false;
    const auto rows = readUtf8Csv(dir.filePath("高价值 客户_VIP.csv"), &bom);
    QVERIFY(bom);
    const QList<QStringList> expected = {
        {"id", "name", "phone", "email", "region", "segment", "offer", "message",
         "purchase_probability", "expected_value", "tier", "owner"},
        {"C002", "Li Na", "13900139000", "li@example.com", "上海", "高价值 客户/VIP",
         "'=1+1 免费升级", "您好，感谢您一直以来的支持", "0.9", "100", "platinum", "陈经理"},
        {"C003", "'=HYPERLINK(\"http://x\")", "13700137000", "", "广州", "高价值 客户/VIP",
         "'=1+1 免费升级", "您好，感谢您一直以来的支持", "0.3", "900", "gold", "陈经理"},
        {"C001", "张伟", "'+86 138 0013 8000", "zhang@example.com", "北京", "高价值 客户/VIP",
         "'=1+1 免费升级", "您好，感谢您一直以来的支持", "0.3", "500", "gold", "陈经理"},
        {"C005", "王芳", "13500135000", "wang@example.com", "杭州", "高价值 客户/VIP",
         "'=1+1 免费升级", "您好，感谢您一直以来的支持", "", "5000", "platinum", "陈经理"},
    };
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i], expected[i]);
    const auto con = readUtf8Csv(dir.filePath("CON_.csv"));
    QCOMPARE(con.size(), 3);
    // Same probability: C010 (value 30) before C009 (no value).
    QCOMPARE(con[1][1], "Comma, \"quoted\"");
    QCOMPARE(con[2][1], "Tab\tname"); // neutralised only at the start of a cell
    QCOMPARE(con[2][7], "Hi, \"friend\"");
    QCOMPARE(con[1][11], "");

    // Report, and nobody twice over all files (C008 is unassigned).
    QCOMPARE(r->rows, 9);
    QCOMPARE(r->suppressed, 0);
    QCOMPARE(r->files.size(), 3);
    QCOMPARE(r->expectedValue, "clv");
    QCOMPARE(r->lists.size(), 3);
    QCOMPARE(r->lists[0].rows, 4);
    QCOMPARE(r->lists[1].rows, 3);
    QCOMPARE(r->lists[2].rows, 2);
    QSet<QString> ids;
    int total = 0;
    for (const QString &f : r->files) {
        const auto list = readUtf8Csv(f);
        for (qsizetype i = 1; i < list.size(); ++i, ++total)
            ids.insert(list[i][0]);
    }
    QCOMPARE(total, 9);
    QCOMPARE(ids.size(), 9);
    QVERIFY(!ids.contains("C008"));
    const QJsonObject json = r->toJson();
    QCOMPARE(json["rows_per_segment"].toObject()["CON"].toInt(), 2);
    QCOMPARE(json["files"].toArray().size(), 3);
}

void TestTargetList::order_data()
{
    QTest::addColumn<QList<double>>("probability");
    QTest::addColumn<QList<double>>("value");
    QTest::addColumn<QStringList>("expected"); // ids (row numbers as text) in written order
    QTest::newRow("probability first") << QList<double>{0.1, 0.5, 0.3}
                                       << QList<double>{900, 1, 50} << QStringList{"1", "2", "0"};
    QTest::newRow("then value") << QList<double>{0.5, 0.5, 0.5} << QList<double>{10, 30, 20}
                                << QStringList{"1", "2", "0"};
    QTest::newRow("then row") << QList<double>{0.5, 0.5, 0.5} << QList<double>{10, 10, 10}
                              << QStringList{"0", "1", "2"};
    QTest::newRow("missing probability last")
        << QList<double>{NA, 0.01, NA, 0.0} << QList<double>{1e9, 1, 5, 2}
        << QStringList{"1", "3", "0", "2"};
    QTest::newRow("missing value last") << QList<double>{0.4, 0.4, 0.4}
                                        << QList<double>{NA, -5, 3} << QStringList{"2", "1", "0"};
}

void TestTargetList::order()
{
    QFETCH(QList<double>, probability);
    QFETCH(QList<double>, value);
    QFETCH(QStringList, expected);
    QList<Customer> customers;
    for (qsizetype i = 0; i < probability.size(); ++i)
        customers.append({QString::number(i), "n", {}, {}, {}, probability[i], value[i], {}, 0, {}});
    auto p = makeProject(customers, {segment("S")});
    QTemporaryDir dir;
    TargetListOptions o;
    o.columns = QStringList{"id"};
    QVERIFY(exportCsv(*p, dir.path(), o).ok());
    const auto rows = readUtf8Csv(dir.filePath("S.csv"));
    QStringList got;
    for (qsizetype i = 1; i < rows.size(); ++i)
        got << rows[i][0];
    QCOMPARE(got, expected);
}

void TestTargetList::neutralising_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << "=1+1" << "'=1+1";
    QTest::newRow("plus") << "+86 138" << "'+86 138";
    QTest::newRow("minus") << "-2+3" << "'-2+3";
    QTest::newRow("at") << "@SUM(A1:A9)" << "'@SUM(A1:A9)";
    QTest::newRow("tab") << "\t=cmd" << "'\t=cmd";
    QTest::newRow("carriage return") << "\r=cmd" << "'\r=cmd";
    QTest::newRow("dde") << "=cmd|' /C calc'!A0" << "'=cmd|' /C calc'!A0";
    QTest::newRow("inside") << "a=b+c" << "a=b+c";
    QTest::newRow("chinese") << "张=三" << "张=三";
    QTest::newRow("space first") << " =1" << "' =1";
    QTest::newRow("quote first") << "'=1" << "'=1";
    QTest::newRow("full-width equals") << "＝1" << "'＝1";
    QTest::newRow("comma and formula") << "=A1,B1" << "'=A1,B1";
}

void TestTargetList::neutralising()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SpreadsheetCell::neutralised(text), expected);
    // End to end, as the name, the offer and the message of a list.
    Segment s = segment("S", text, text);
    auto p = makeProject({{"C1", text, {}, {}, {}, 0.5, 1, {}, 0, {}}}, {s});
    QTemporaryDir dir;
    TargetListOptions o;
    o.columns = QStringList{"name", "offer", "message"};
    QVERIFY(exportCsv(*p, dir.path(), o).ok());
    const QByteArray bytes = Test::readBytes(dir.filePath("S.csv"));
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1], QStringList({expected, expected, expected}));
}

void TestTargetList::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("probability") << 0.734 << "0.734";
    QTest::newRow("money") << 1234567.5 << "1234567.5";
    QTest::newRow("integer") << 13800138000.0 << "13800138000";
    QTest::newRow("negative") << -3.25 << "-3.25";
    QTest::newRow("small") << 0.000125 << "0.000125";
    QTest::newRow("huge") << 1e20 << "1e+20";
    QTest::newRow("missing") << NA << "";
}

void TestTargetList::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    std::string out;
    SpreadsheetCell::appendNumber(out, value);
    QCOMPARE(QString::fromStdString(out), expected);
    if (!std::isnan(value))
        QCOMPARE(std::stod(out), value);
}

void TestTargetList::chosenColumns()
{
    auto p = sample();
    QTemporaryDir dir;
    TargetListOptions o;
    o.columns = QStringList{"segment", "id", "[备注]", "clv", "channel", "PHONE"};
    o.segments = QStringList{"高价值 客户/VIP"};
    auto r = exportCsv(*p, dir.path(), o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->columns, QStringList({"segment", "id", "备注", "clv", "channel", "phone"}));
    QCOMPARE(folderEntries(dir.path()), QStringList({"高价值 客户_VIP.csv"}));
    const auto rows = readUtf8Csv(r->files.value(0));
    QCOMPARE(rows.value(3),
             QStringList({"高价值 客户/VIP", "C001", "老客户", "500", "", "'+86 138 0013 8000"}));
}

void TestTargetList::missingContactColumnsSkipped()
{
    auto p = makeProject({{"C1", "A", "1", "a@b", "R", 0.5, 1, "gold", 0, {}}}, {segment("S")},
                         false);
    QTemporaryDir dir;
    auto r = exportCsv(*p, dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r->columns, QStringList({"id", "name", "region", "segment", "offer", "message",
                                      "purchase_probability", "expected_value", "tier",
                                      "owner"}));
}

void TestTargetList::unknownNames_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("segment") << QStringList{"CON", "Nope"} << QStringList{} << "unknown-segment"
                             << "Nope";
    QTest::newRow("column") << QStringList{} << QStringList{"id", "shoe_size"} << "unknown-column"
                            << "shoe_size";
    QTest::newRow("bracketed measure") << QStringList{} << QStringList{"[segment]"}
                                       << "unknown-column" << "[segment]";
}

void TestTargetList::unknownNames()
{
    QFETCH(QStringList, segments);
    QFETCH(QStringList, columns);
    QFETCH(QString, code);
    QFETCH(QString, named);
    auto p = sample();
    QTemporaryDir dir;
    TargetListOptions o;
    o.segments = segments;
    o.columns = columns;
    auto r = exportCsv(*p, dir.path(), o);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromLatin1(r.error().code()), code);
    QVERIFY2(r.errorString().contains(named), qPrintable(r.errorString()));
    QCOMPARE(folderEntries(dir.path()), QStringList());
}

void TestTargetList::gb18030()
{
    auto p = sample();
    QTemporaryDir utf, gb;
    QVERIFY(exportCsv(*p, utf.path()).ok());
    TargetListOptions o;
    o.encoding = TargetListOptions::Encoding::Gb18030;
    auto r = exportCsv(*p, gb.path(), o);
    QVERIFY(r.ok());
    QCOMPARE(r->encoding, "gb18030");
    const QByteArray bytes = Test::readBytes(gb.filePath("高价值 客户_VIP.csv"));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xD5\xC5\xCE\xB0")); // 张伟 in GB18030
    QStringDecoder decode("GB18030");
    const QString text = decode(bytes);
    QVERIFY(!decode.hasError());
    const QByteArray utf8 = Test::readBytes(utf.filePath("高价值 客户_VIP.csv"));
    QCOMPARE(text, QString::fromUtf8(utf8.mid(3)));
}

void TestTargetList::suppression_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("field"); // which contact field of the customer carries value
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("suppressed");
    QTest::newRow("phone +86 spaces") << "+86 138-0013-8000" << "phone" << "13800138000" << true;
    QTest::newRow("phone 0086") << "0086 13800138000" << "phone" << "138 0013 8000" << true;
    QTest::newRow("phone 86 mobile") << "8613800138000" << "phone" << "+86 13800138000" << true;
    QTest::newRow("landline trunk zero") << "010-88886666" << "phone" << "+86 10 8888 6666"
                                         << true;
    QTest::newRow("phone parentheses") << "(010) 8888-6666" << "phone" << "01088886666" << true;
    QTest::newRow("other phone") << "13800138001" << "phone" << "13800138000" << false;
    QTest::newRow("short number no phone") << "1234" << "phone" << "01234" << false;
    QTest::newRow("email case and space") << "  Zhang@Example.COM " << "email"
                                          << "zhang@example.com" << true;
    QTest::newRow("email customer side case") << "li@example.com" << "email" << "LI@Example.com"
                                              << true;
    QTest::newRow("email differs") << "zhang@example.co" << "email" << "zhang@example.com"
                                   << false;
    QTest::newRow("id case") << "c001" << "id" << "C001" << true;
    QTest::newRow("id spaces") << " C001\t" << "id" << "C001" << true;
    QTest::newRow("id prefix only") << "C00" << "id" << "C001" << false;
    QTest::newRow("chinese id") << "会员００１" << "id" << "会员００１" << true;
    QTest::newRow("csv first column") << "\"li@example.com\",opted out 2024-03-01" << "email"
                                      << "li@example.com" << true;
    QTest::newRow("csv second column ignored") << "x,13800138000" << "phone" << "13800138000"
                                               << false;
}

void TestTargetList::suppression()
{
    QFETCH(QString, entry);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, suppressed);
    Customer target{"T-1", "Target", "13999999999", "t@example.org", {}, 0.5, 1, {}, 0, {}};
    if (field == "phone")
        target.phone = value;
    else if (field == "email")
        target.email = value;
    else
        target.id = value;
    const Customer control{"K-2", "Kept", "13888888888", "k@example.org", {}, 0.4, 1, {}, 0, {}};
    auto p = makeProject({target, control}, {segment("S")});
    QTemporaryDir dir;
    const QString listPath = dir.filePath("suppress.txt");
    QVERIFY(Test::writeBytes(listPath, "id\r\n" + entry.toUtf8() + "\r\n\r\n"));
    auto list = SuppressionList::readFile(listPath);
    QVERIFY(list.ok());
    TargetListOptions o;
    o.suppression = &*list;
    o.folder = dir.filePath("out");
    auto r = TargetListExporter::write(p->data, p->fields, p->segmentation, p->segmentOf, o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->suppressed, suppressed ? 1 : 0);
    QCOMPARE(r->lists[0].suppressed, suppressed ? 1 : 0);
    const auto rows = readUtf8Csv(dir.filePath("out/S.csv"));
    QStringList ids;
    for (qsizetype i = 1; i < rows.size(); ++i)
        ids << rows[i][0];
    QCOMPARE(ids, (suppressed ? QStringList{"K-2"} : QStringList{target.id, "K-2"}));
}

void TestTargetList::suppressionCounts()
{
    auto p = sample();
    QTemporaryDir dir;
    // C001 by phone, C004 by e-mail, C009 by id, C008 (unassigned) by id, one unknown entry.
    QVERIFY(Test::writeBytes(dir.filePath("s.csv"),
                             "\xEF\xBB\xBF" "008613800138000\nC4@EXAMPLE.COM\nc009\nC008\nX99\n"));
    auto list = SuppressionList::readFile(dir.filePath("s.csv"));
    QVERIFY(list.ok());
    QCOMPARE(list->entryCount(), 5);
    TargetListOptions o;
    o.suppression = &*list;
    o.format = TargetListOptions::Format::Xlsx;
    auto r = exportCsv(*p, dir.filePath("out"), o);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->suppressed, 3);
    QCOMPARE(r->rows, 6);
    QCOMPARE(r->lists[0].suppressed, 1);
    QCOMPARE(r->lists[1].suppressed, 1);
    QCOMPARE(r->lists[2].suppressed, 1);
    QCOMPARE(r->lists[0].rows, 3);
    const auto sheets = readXlsx(dir.filePath("out/target_lists.xlsx"));
    QCOMPARE(sheets.size(), 3);
    QSet<QString> ids;
    for (const XlsxSheet &s : sheets)
        for (int row = 1; row < s.rows; ++row)
            ids.insert(s.cells.value({row, 0}).text);
    QCOMPARE(ids, QSet<QString>({"C002", "C003", "C005", "C006", "C007", "C010"}));
    QCOMPARE(r->toJson()["suppressed_per_segment"].toObject()["CON"].toInt(), 1);
}

void TestTargetList::suppressionFileGb18030()
{
    auto p = makeProject({{"会员甲", "A", {}, {}, {}, 0.5, 1, {}, 0, {}},
                          {"会员乙", "B", {}, {}, {}, 0.5, 1, {}, 0, {}}},
                         {segment("S")});
    QTemporaryDir dir;
    QVERIFY(Test::writeEncoded(dir.filePath("s.txt"), "会员甲,已退订\n", "GB18030"));
    auto list = SuppressionList::readFile(dir.filePath("s.txt"));
    QVERIFY(list.ok());
    TargetListOptions o;
    o.suppression = &*list;
    auto r = exportCsv(*p, dir.filePath("out"), o);
    QVERIFY(r.ok());
    QCOMPARE(r->suppressed, 1);
    QCOMPARE(readUtf8Csv(dir.filePath("out/S.csv")).value(1).value(0), "会员乙");
}

void TestTargetList::fileNames_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("chinese kept") << QStringList{"高价值客户"} << QStringList{"高价值客户"};
    QTest::newRow("forbidden") << QStringList{"a<b>c:d\"e/f\\g|h?i*j"}
                               << QStringList{"a_b_c_d_e_f_g_h_i_j"};
    QTest::newRow("dots and spaces") << QStringList{" .hidden. "} << QStringList{"hidden"};
    QTest::newRow("reserved") << QStringList{"con", "LPT1", "Nul.txt", "console"}
                              << QStringList{"con_", "LPT1_", "Nul.txt_", "console"};
    QTest::newRow("empty") << QStringList{"..."} << QStringList{"segment"};
    QTest::newRow("case collision") << QStringList{"VIP", "vip", "V/P", "V:P"}
                                    << QStringList{"VIP", "vip (2)", "V_P", "V_P (2)"};
    QTest::newRow("control") << QStringList{"a\tb\nc"} << QStringList{"a_b_c"};
    QTest::newRow("long") << QStringList{QString(100, u'客')} << QStringList{QString(80, u'客')};
}

void TestTargetList::fileNames()
{
    QFETCH(QStringList, segments);
    QFETCH(QStringList, expected);
    QCOMPARE(TargetListNames::fileNames(segments), expected);
}

void TestTargetList::sheetNames_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringList{"高价值客户", "Win-back"}
                           << QStringList{"高价值客户", "Win-back"};
    QTest::newRow("forbidden") << QStringList{"[a]:b*c?d/e\\f"} << QStringList{"_a__b_c_d_e_f"};
    QTest::newRow("31 characters") << QStringList{QString(40, u'x')}
                                   << QStringList{QString(31, u'x')};
    QTest::newRow("unique after cut")
        << QStringList{QString(35, u'客'), QString(33, u'客') + "B"}
        << QStringList{QString(31, u'客'), QString(27, u'客') + " (2)"};
    QTest::newRow("case") << QStringList{"Gold", "GOLD"} << QStringList{"Gold", "GOLD (2)"};
    QTest::newRow("apostrophes") << QStringList{"'quoted'"} << QStringList{"quoted"};
    QTest::newRow("history") << QStringList{"History"} << QStringList{"History_"};
    QTest::newRow("empty") << QStringList{"x", "[]"} << QStringList{"x", "__"};
    QTest::newRow("only apostrophe") << QStringList{"a", "'"} << QStringList{"a", "Segment 2"};
}

void TestTargetList::sheetNames()
{
    QFETCH(QStringList, segments);
    QFETCH(QStringList, expected);
    QCOMPARE(TargetListNames::sheetNames(segments), expected);
}

void TestTargetList::duplicateCustomerFailsAndLeavesFiles()
{
    // Two customer rows with one id in two segments: the second list must not be written.
    for (auto format : {TargetListOptions::Format::Csv, TargetListOptions::Format::Xlsx}) {
        auto p = makeProject({{"C1", "A", {}, {}, {}, 0.5, 1, {}, 0, {}},
                              {"C2", "B", {}, {}, {}, 0.5, 1, {}, 1, {}},
                              {"C1", "A again", {}, {}, {}, 0.5, 1, {}, 1, {}}},
                             {segment("S1"), segment("S2")});
        QTemporaryDir dir;
        QVERIFY(Test::writeBytes(dir.filePath("S1.csv"), "old S1"));
        QVERIFY(Test::writeBytes(dir.filePath("target_lists.xlsx"), "old book"));
        TargetListOptions o;
        o.format = format;
        auto r = exportCsv(*p, dir.path(), o);
        QVERIFY(!r.ok());
        QCOMPARE(QByteArray(r.error().code()), "duplicate-customer");
        QVERIFY2(r.errorString().contains("C1") && r.errorString().contains("S2"),
                 qPrintable(r.errorString()));
        QCOMPARE(folderEntries(dir.path()), QStringList({"S1.csv", "target_lists.xlsx"}));
        QCOMPARE(Test::readBytes(dir.filePath("S1.csv")), "old S1");
        QCOMPARE(Test::readBytes(dir.filePath("target_lists.xlsx")), "old book");
    }
}

void TestTargetList::cancelledLeavesFiles()
{
    // Large enough for progress reports in the middle of writing; cancelled from one of them.
    QList<Customer> customers;
    for (int i = 0; i < 60000; ++i)
        customers.append({QString::number(i), "n", {}, {}, {}, (i % 97) / 97.0, double(i), {},
                          i % 2, {}});
    auto p = makeProject(customers, {segment("S1"), segment("S2")});
    for (auto format : {TargetListOptions::Format::Csv, TargetListOptions::Format::Xlsx}) {
        QTemporaryDir dir;
        QVERIFY(Test::writeBytes(dir.filePath("S1.csv"), "old S1"));
        QVERIFY(Test::writeBytes(dir.filePath("target_lists.xlsx"), "old book"));
        TaskControl control;
        double cancelledAt = -1;
        control.setProgressFunction([&](double f) {
            if (f > 0.6 && cancelledAt < 0) {
                cancelledAt = f;
                control.requestCancel();
            }
        });
        TargetListOptions o;
        o.format = format;
        auto r = exportCsv(*p, dir.path(), o, &control);
        QVERIFY(!r.ok());
        QCOMPARE(QByteArray(r.error().code()), "cancelled");
        QVERIFY(cancelledAt > 0.6 && cancelledAt < 1.0);
        QCOMPARE(folderEntries(dir.path()), QStringList({"S1.csv", "target_lists.xlsx"}));
        QCOMPARE(Test::readBytes(dir.filePath("S1.csv")), "old S1");
        QCOMPARE(Test::readBytes(dir.filePath("target_lists.xlsx")), "old book");
    }
}

void TestTargetList::unwritableFolder()
{
    auto p = sample();
    QTemporaryDir dir;
    QVERIFY(Test::writeBytes(dir.filePath("file"), "x"));
    for (auto format : {TargetListOptions::Format::Csv, TargetListOptions::Format::Xlsx}) {
        TargetListOptions o;
        o.format = format;
        auto r = exportCsv(*p, dir.filePath("file/sub"), o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains("file/sub"), qPrintable(r.errorString()));
    }
    QCOMPARE(folderEntries(dir.path()), QStringList({"file"}));
}

void TestTargetList::successReplacesFile()
{
    auto p = sample();
    QTemporaryDir dir;
    QVERIFY(Test::writeBytes(dir.filePath("CON_.csv"), "old"));
    QVERIFY(exportCsv(*p, dir.path()).ok());
    QCOMPARE(readUtf8Csv(dir.filePath("CON_.csv")).size(), 3);
    QCOMPARE(folderEntries(dir.path()).size(), 3);
}

QTEST_GUILESS_MAIN(TestTargetList)
#include "tst_targetlist.moc"
