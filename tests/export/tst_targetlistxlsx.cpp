// SPDX-License-Identifier: GPL-3.0-or-later
// Target lists as one XLSX workbook (core/export/targetlistxlsxwriter.*), read back from the zip:
// sheet names and order, frozen header and autofilter, cell types (numbers as numbers, text as
// strings), values cell by cell, formula neutralising, Chinese, the part file and rename.
#include "targetlisttestdata.h"

#include "export/targetlistexporter.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Segmenta;
using namespace TargetListTest;

namespace {

std::unique_ptr<Project> sample()
{
    return makeProject(
        {{"C001", "张伟", "+86 138 0013 8000", "zhang@example.com", "北京", 0.25, 500.5, "gold", 0,
          "备注 <b>&"},
         {"C002", "=HYPERLINK(\"http://x\",\"y\")", "13900139000", {}, "上海", 0.75, 100, {}, 0,
          {}},
         {"C003", "@SUM(A1)", "-13700137000", "c3@example.com", "广州", NA, 900, "iron", 1, {}},
         {"C004", "Nobody", {}, {}, {}, 0.9, 1, {}, -1, {}}},
        {segment("高价值客户[VIP]: 第一批/北京", "=1+1 免费升级", "您好，感谢您的支持", "陈经理"),
         segment("Win-back", "-20%", "Hi", "B")});
}

Result<TargetListReport> exportXlsx(const Project &p, const QString &folder,
                                    TargetListOptions o = {})
{
    o.folder = folder;
    o.format = TargetListOptions::Format::Xlsx;
    return TargetListExporter::write(p.data, p.fields, p.segmentation, p.segmentOf, o);
}

} // namespace

class TestTargetListXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workbook();
    void cells_data();
    void cells();
    void replacesOnlyWhenComplete();
};

void TestTargetListXlsx::workbook()
{
    auto p = sample();
    QTemporaryDir dir;
    QVERIFY(Test::writeBytes(dir.filePath("target_lists.xlsx"), "old"));
    auto r = exportXlsx(*p, dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(folderEntries(dir.path()), QStringList({"target_lists.xlsx"}));
    QCOMPARE(r->files, QStringList({dir.filePath("target_lists.xlsx")}));
    QCOMPARE(r->format, "xlsx");
    const auto sheets = readXlsx(dir.filePath("target_lists.xlsx"));
    QCOMPARE(sheets.size(), 2);
    // 31 characters at most, none of []:*?/\ .
    QCOMPARE(sheets[0].name, "高价值客户_VIP__ 第一批_北京");
    QCOMPARE(r->lists[0].sheet, sheets[0].name);
    QCOMPARE(sheets[1].name, "Win-back");
    for (const XlsxSheet &s : sheets) {
        QCOMPARE(s.pane, "activePane=bottomLeft state=frozen topLeftCell=A2 ySplit=1");
        const int rows = s.rows;
        QCOMPARE(s.autoFilter, QStringLiteral("A1:L%1").arg(rows));
        QCOMPARE(s.cells.value({0, 0}).text, "id");
        QCOMPARE(s.cells.value({0, 11}).text, "owner");
    }
    QCOMPARE(sheets[0].rows, 3); // header + C002 (0.75) + C001 (0.25)
    QCOMPARE(sheets[1].rows, 2);
}

void TestTargetListXlsx::cells_data()
{
    QTest::addColumn<int>("sheet");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("number");
    QTest::addColumn<QString>("text");
    QTest::newRow("best first") << 0 << 1 << 0 << false << "C002";
    QTest::newRow("formula name") << 0 << 1 << 1 << false << "'=HYPERLINK(\"http://x\",\"y\")";
    QTest::newRow("probability number") << 0 << 1 << 8 << true << "0.75";
    QTest::newRow("value number") << 0 << 1 << 9 << true << "100";
    QTest::newRow("missing email empty") << 0 << 1 << 3 << false << "";
    QTest::newRow("chinese name") << 0 << 2 << 1 << false << "张伟";
    QTest::newRow("plus phone") << 0 << 2 << 2 << false << "'+86 138 0013 8000";
    QTest::newRow("chinese region") << 0 << 2 << 4 << false << "北京";
    QTest::newRow("segment name whole") << 0 << 2 << 5 << false << "高价值客户[VIP]: 第一批/北京";
    QTest::newRow("offer neutralised") << 0 << 2 << 6 << false << "'=1+1 免费升级";
    QTest::newRow("message") << 0 << 2 << 7 << false << "您好，感谢您的支持";
    QTest::newRow("fraction") << 0 << 2 << 9 << true << "500.5";
    QTest::newRow("tier") << 0 << 2 << 10 << false << "gold";
    QTest::newRow("owner") << 0 << 2 << 11 << false << "陈经理";
    QTest::newRow("minus phone") << 1 << 1 << 2 << false << "'-13700137000";
    QTest::newRow("at name") << 1 << 1 << 1 << false << "'@SUM(A1)";
    QTest::newRow("missing probability") << 1 << 1 << 8 << false << "";
    QTest::newRow("percent offer") << 1 << 1 << 6 << false << "'-20%";
}

void TestTargetListXlsx::cells()
{
    QFETCH(int, sheet);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(bool, number);
    QFETCH(QString, text);
    auto p = sample();
    QTemporaryDir dir;
    QVERIFY(exportXlsx(*p, dir.path()).ok());
    const auto sheets = readXlsx(dir.filePath("target_lists.xlsx"));
    QVERIFY(sheet < sheets.size());
    const auto &cells = sheets[sheet].cells;
    if (text.isEmpty()) {
        QVERIFY(!cells.contains({row, column}) || cells.value({row, column}).text.isEmpty());
        return;
    }
    QVERIFY(cells.contains({row, column}));
    const XlsxCell cell = cells.value({row, column});
    if (number) {
        QVERIFY2(cell.type.isEmpty() || cell.type == u"n", qPrintable(cell.type));
        QCOMPARE(cell.text.toDouble(), text.toDouble());
    } else {
        QVERIFY2(cell.type == u"inlineStr" || cell.type == u"s" || cell.type == u"str",
                 qPrintable(cell.type));
        QCOMPARE(cell.text, text);
    }
}

void TestTargetListXlsx::replacesOnlyWhenComplete()
{
    auto p = sample();
    QTemporaryDir dir;
    QVERIFY(Test::writeBytes(dir.filePath("lists.xlsx"), "old"));
    TargetListOptions o;
    o.workbookName = "lists";
    o.segments = QStringList{"Nope"};
    auto failed = exportXlsx(*p, dir.path(), o);
    QVERIFY(!failed.ok());
    QCOMPARE(Test::readBytes(dir.filePath("lists.xlsx")), "old");
    QCOMPARE(folderEntries(dir.path()), QStringList({"lists.xlsx"}));
    o.segments = QStringList{"win-BACK"};
    auto done = exportXlsx(*p, dir.path(), o);
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QCOMPARE(folderEntries(dir.path()), QStringList({"lists.xlsx"}));
    const auto sheets = readXlsx(dir.filePath("lists.xlsx"));
    QCOMPARE(sheets.size(), 1);
    QCOMPARE(sheets[0].name, "Win-back");
}

QTEST_GUILESS_MAIN(TestTargetListXlsx)
#include "tst_targetlistxlsx.moc"
