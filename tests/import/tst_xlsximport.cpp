// SPDX-License-Identifier: GPL-3.0-or-later
// A workbook written by libxlsxwriter (Chinese headers, date cells, money-formatted numbers, a
// second sheet) imported end to end through TableImporter, as a manager's Excel export would be.
#include "import/tableimporter.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Segmenta;

class TestXlsxImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsSheet_data();
    void importsSheet();
};

namespace {

QString writeWorkbook(const QTemporaryDir &dir)
{
    const QString path = dir.filePath("orders.xlsx");
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "¥#,##0.00");
    lxw_worksheet *notes = workbook_add_worksheet(wb, "说明");
    worksheet_write_string(notes, 0, 0, "本工作簿由测试生成", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(wb, "订单");
    const char *headers[] = {"客户编号", "订单日期", "金额", "渠道"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    struct Row { const char *id; lxw_datetime when; double amount; const char *channel; };
    const Row rows[] = {{"C001", {2024, 3, 5, 0, 0, 0}, 1234.5, "门店"},
                        {"C002", {2024, 3, 6, 0, 0, 0}, 88, "官网"},
                        {"C001", {2024, 4, 1, 0, 0, 0}, -100, "门店"}};
    for (int r = 0; r < 3; ++r) {
        worksheet_write_string(sheet, lxw_row_t(r + 1), 0, rows[r].id, nullptr);
        lxw_datetime when = rows[r].when;
        worksheet_write_datetime(sheet, lxw_row_t(r + 1), 1, &when, date);
        worksheet_write_number(sheet, lxw_row_t(r + 1), 2, rows[r].amount, money);
        worksheet_write_string(sheet, lxw_row_t(r + 1), 3, rows[r].channel, nullptr);
    }
    // A row with a text where the amount should be: rejected, the rest loads.
    worksheet_write_string(sheet, 4, 0, "C003", nullptr);
    lxw_datetime when = {2024, 4, 2, 0, 0, 0};
    worksheet_write_datetime(sheet, 4, 1, &when, date);
    worksheet_write_string(sheet, 4, 2, "待定", nullptr);
    worksheet_write_string(sheet, 4, 3, "电话", nullptr);
    workbook_close(wb);
    return path;
}

} // namespace

void TestXlsxImport::importsSheet_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<bool>("ok");
    QTest::newRow("named sheet") << "订单" << true;
    QTest::newRow("first sheet has no roles") << "" << false;
    QTest::newRow("unknown sheet") << "Sheet9" << false;
}

void TestXlsxImport::importsSheet()
{
    QFETCH(QString, sheet);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    TableImportOptions o;
    o.path = writeWorkbook(dir);
    o.sheet = sheet;
    auto result = TableImporter::run(o);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QVERIFY(!result.errorString().isEmpty());
        return;
    }
    const TableImportReport &r = result->report;
    QCOMPARE(r.delimiter, QStringLiteral("xlsx"));
    QCOMPARE(r.sheet, QStringLiteral("订单"));
    QCOMPARE(r.lines, 4);
    QCOMPARE(r.loaded, 3);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejections[0].line, 5);
    QCOMPARE(r.rejections[0].column, QStringLiteral("金额"));
    const Table &t = result->table;
    QCOMPARE(t.find(Role::Date)->date(0), QDate(2024, 3, 5));
    QCOMPARE(t.find(Role::Amount)->numbers(), (std::vector<double>{1234.5, 88, -100}));
    QCOMPARE(t.find(Role::Channel)->text(1), QStringLiteral("官网"));
}

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
