// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/datasetimporter.h"
#include "import/tableimporter.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

namespace {

TableImportOptions options(const QString &path, TableKind kind)
{
    TableImportOptions o;
    o.path = path;
    o.kind = kind;
    return o;
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    Test::writeBytes(path, bytes);
    return path;
}

} // namespace

class TestTableImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gb18030ChineseExport();
    void rejectedFileListsEveryRejection();
    void customersWithDuplicatesAndTypes();
    void customersFromTransactionsOnly();
    void linkKeepsCustomerRows_data();
    void linkKeepsCustomerRows();
    void estimateRows_data();
    void estimateRows();
    void amountFromQuantityTimesPrice();
    void ambiguousDateOrder_data();
    void ambiguousDateOrder();
    void explicitMapping_data();
    void explicitMapping();
    void wholeFileErrors_data();
    void wholeFileErrors();
    void attributeTypes_data();
    void attributeTypes();
};

void TestTableImporter::gb18030ChineseExport()
{
    auto result = TableImporter::run(options(Test::testData(QStringLiteral("gb18030_orders.csv")), TableKind::Transactions));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const TableImportReport &r = result->report;
    QCOMPARE(r.encoding, QStringLiteral("GB18030"));
    QCOMPARE(r.delimiter, QStringLiteral("comma"));
    QCOMPARE(r.lines, 10);
    QCOMPARE(r.blank, 1);
    QCOMPARE(r.rejected, 4);
    QCOMPARE(r.loaded, 5);
    QVERIFY(r.countsAddUp());
    QCOMPARE(r.roleColumns.value(QStringLiteral("customer")), QStringLiteral("客户编号"));
    QCOMPARE(r.roleColumns.value(QStringLiteral("date")), QStringLiteral("订单日期"));
    QCOMPARE(r.roleColumns.value(QStringLiteral("amount")), QStringLiteral("金额"));
    QCOMPARE(r.currency, QStringLiteral("¥")); // "￥88.00" and "¥1,234.50" alike: the project's currency
    QCOMPARE(r.roleColumns.value(QStringLiteral("channel")), QStringLiteral("渠道"));

    // Every rejection names its line, column and reason.
    QCOMPARE(r.rejections.size(), 4);
    QCOMPARE(r.rejections[0].line, 6);
    QCOMPARE(r.rejections[0].column, QStringLiteral("订单日期"));
    QCOMPARE(r.rejections[0].reason.toString(), QStringLiteral("“2024年13月1日” is not a date."));
    QCOMPARE(r.rejections[1].line, 7);
    QCOMPARE(r.rejections[1].column, QStringLiteral("金额"));
    QCOMPARE(r.rejections[2].line, 8);
    QCOMPARE(r.rejections[2].reason.toString(), QStringLiteral("The customer id is missing."));
    QCOMPARE(r.rejections[3].line, 9);
    QCOMPARE(r.rejections[3].reason.toString(), QStringLiteral("Expected 6 fields but found 5."));
    QVERIFY(r.rejections[3].text.startsWith(QStringLiteral("C005,陈静")));

    const Table &t = result->table;
    QCOMPARE(t.rowCount(), 5);
    const Column *amount = t.find(Role::Amount);
    const Column *date = t.find(Role::Date);
    const Column *customer = t.find(Role::Customer);
    QVERIFY(amount && date && customer);
    QCOMPARE(amount->numbers(), (std::vector<double>{1234.5, 88.0, -100.0, 2000.0, 12.3}));
    QCOMPARE(date->date(0), QDate(2024, 3, 5));
    QCOMPARE(date->date(4), QDate(2024, 5, 6));
    QCOMPARE(customer->text(3), QStringLiteral("C006"));
    const Column *note = t.find(QStringLiteral("备注"));
    QVERIFY(note);
    QCOMPARE(note->text(3), QStringLiteral("多行\r\n备注"));
    QVERIFY(note->isMissing(1));
}

void TestTableImporter::rejectedFileListsEveryRejection()
{
    auto result = TableImporter::run(options(Test::testData(QStringLiteral("gb18030_orders.csv")), TableKind::Transactions));
    QVERIFY(result.ok());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("rejected.csv"));
    QVERIFY(result->report.writeRejected(out).ok());
    const QByteArray bytes = Test::readBytes(out);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so Excel opens it as UTF-8
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header + 4
    QVERIFY(lines[0].startsWith(QStringLiteral("file,line,column,reason,text")));
    QVERIFY(lines[2].contains(QStringLiteral(",7,金额,")));
}

void TestTableImporter::customersWithDuplicatesAndTypes()
{
    auto result = TableImporter::run(options(Test::testData(QStringLiteral("gb18030_customers.csv")), TableKind::Customers));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const TableImportReport &r = result->report;
    QCOMPARE(r.loaded, 4);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.rejections[0].line, 5);
    QCOMPARE(r.rejections[0].reason.toString(), QStringLiteral("The customer id “C003” already appeared on line 4."));
    const Table &t = result->table;
    QCOMPARE(t.find(Role::Income)->type(), ColumnType::Number);
    QCOMPARE(t.find(Role::Income)->number(0), 120000.0);
    QVERIFY(t.find(Role::Income)->isMissing(3)); // "无"
    QVERIFY(t.find(Role::Age)->isMissing(3));
    QCOMPARE(t.find(Role::SignupDate)->date(0), QDate(2023, 1, 15));
    QCOMPARE(t.find(Role::Gender)->text(1), QStringLiteral("女"));
    QCOMPARE(t.find(QStringLiteral("生活方式"))->type(), ColumnType::Text);
}

void TestTableImporter::customersFromTransactionsOnly()
{
    auto d = DatasetImporter::run(options(Test::testData(QStringLiteral("gb18030_customers.csv")), TableKind::Customers),
                                  options(Test::testData(QStringLiteral("gb18030_orders.csv")), TableKind::Transactions));
    QVERIFY2(d.ok(), qPrintable(d.errorString()));
    // C001 C002 C003 C007 listed; C006 only ordered.
    QCOMPARE(d->customerCount(), 5);
    QCOMPARE(d->customersFromTransactionsOnly, 1);
    const Column *ids = d->customerIds();
    QCOMPARE(ids->text(4), QStringLiteral("C006"));
    QVERIFY(d->customers.find(Role::Age)->isMissing(4));
    // Each transaction points at its customer's row.
    const auto &rows = d->transactionCustomers();
    const Column *orderIds = d->transactions.find(Role::Customer);
    for (size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(ids->text(rows[i]), orderIds->text(qsizetype(i)));
}

// The customer list's rows keep their order when linked, and every order line points at its
// customer: ids in order, out of order, and with a row dropped after reading (a date that
// does not exist), where the list's own pool cannot be taken as it is.
void TestTableImporter::linkKeepsCustomerRows_data()
{
    QTest::addColumn<QByteArray>("customers");
    QTest::addColumn<QStringList>("expectedIds");
    const QByteArray header = "customer_id,signup_date\n";
    QTest::newRow("in order") << header + "C1,2023-01-02\nC2,2023-01-03\nC3,2023-01-04\n"
                              << QStringList{"C1", "C2", "C3", "C9"};
    QTest::newRow("out of order") << header + "C3,2023-01-02\nC1,2023-01-03\nC2,2023-01-04\n"
                                  << QStringList{"C3", "C1", "C2", "C9"};
    QTest::newRow("row dropped after reading")
        << header + "C1,2023-01-02\nC2,2023-02-30\nC3,2023-01-04\n"
        << QStringList{"C1", "C3", "C2", "C9"};
}

void TestTableImporter::linkKeepsCustomerRows()
{
    QFETCH(QByteArray, customers);
    QFETCH(QStringList, expectedIds);
    QTemporaryDir dir;
    const QString c = writeTemp(dir, QStringLiteral("c.csv"), customers);
    const QString t = writeTemp(dir, QStringLiteral("t.csv"),
                                "customer_id,order_date,amount\n"
                                "C2,2024-01-01,5\nC9,2024-01-02,7\nC1,2024-01-03,1\nC3,2024-01-04,2\nC2,2024-01-05,3\n");
    auto d = DatasetImporter::run(options(c, TableKind::Customers), options(t, TableKind::Transactions));
    QVERIFY2(d.ok(), qPrintable(d.errorString()));
    const Column *ids = d->customerIds();
    QStringList got;
    for (qsizetype i = 0; i < d->customerCount(); ++i)
        got << ids->text(i);
    QCOMPARE(got, expectedIds);
    const auto &rows = d->transactionCustomers();
    const Column *orderIds = d->transactions.find(Role::Customer);
    QCOMPARE(qsizetype(rows.size()), qsizetype(5));
    for (size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(ids->text(rows[i]), orderIds->text(qsizetype(i)));
    QCOMPARE(ids->pool().find("C2"), qint32(expectedIds.indexOf(QStringLiteral("C2"))));
}

void TestTableImporter::estimateRows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("low");
    QTest::addColumn<qsizetype>("high");
    QByteArray many = "customer_id,name\n";
    for (int i = 0; i < 50000; ++i)
        many += "C" + QByteArray::number(100000 + i) + ",name" + QByteArray::number(i % 97) + "\n";
    QTest::newRow("50,000 lines") << many << qsizetype(45000) << qsizetype(55000);
    QTest::newRow("one line") << QByteArray("a,b\n") << qsizetype(1) << qsizetype(1);
    QTest::newRow("empty") << QByteArray() << qsizetype(0) << qsizetype(0);
    QTest::newRow("workbook") << QByteArray("PK\x03\x04rest") << qsizetype(0) << qsizetype(0);
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08rest") << qsizetype(0) << qsizetype(0);
}

void TestTableImporter::estimateRows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, low);
    QFETCH(qsizetype, high);
    QTemporaryDir dir;
    const qsizetype n = TableImporter::estimateRows(writeTemp(dir, QStringLiteral("f.csv"), bytes));
    QVERIFY2(n >= low && n <= high, qPrintable(QString::number(n)));
    QCOMPARE(TableImporter::estimateRows(dir.filePath(QStringLiteral("missing.csv"))), qsizetype(0));
}

void TestTableImporter::amountFromQuantityTimesPrice()
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("retail.csv"),
        "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
        "536365,85123A,6,2010-12-01 08:26:00,2.55,17850\n"
        "C536379,D,-1,2010-12-01 09:41:00,27.50,14527\n"
        "536370,22728,24,2010-12-01 08:45:00,3.75,\n");
    auto result = TableImporter::run(options(path, TableKind::Transactions));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->report.roleColumns.value(QStringLiteral("amount")), QStringLiteral("Quantity × UnitPrice"));
    QCOMPARE(result->report.currency, QString()); // plain amounts: the locale's currency
    QCOMPARE(result->report.loaded, 2);
    QCOMPARE(result->report.rejected, 1);
    QCOMPARE(result->report.rejections[0].reason.toString(), QStringLiteral("The customer id is missing."));
    const Column *amount = result->table.find(Role::Amount);
    QVERIFY(Test::fuzzyEqual(amount->number(0), 15.3));
    QVERIFY(Test::fuzzyEqual(amount->number(1), -27.5));
    const Column *date = result->table.find(Role::Date);
    QVERIFY(date->hasTime());
    QCOMPARE(date->value(0).toDateTime(), QDateTime(QDate(2010, 12, 1), QTime(8, 26)));
    QCOMPARE(result->table.find(Role::Order)->text(1), QStringLiteral("C536379"));
}

void TestTableImporter::ambiguousDateOrder_data()
{
    QTest::addColumn<QByteArray>("dates");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("first");
    QTest::newRow("cannot tell, not told") << QByteArray("05/03/2024\n01/02/2024\n") << int(DateOrder::Unknown) << false << "";
    QTest::newRow("cannot tell, told dmy") << QByteArray("05/03/2024\n01/02/2024\n") << int(DateOrder::DayMonthYear) << true << "2024-03-05";
    QTest::newRow("cannot tell, told mdy") << QByteArray("05/03/2024\n01/02/2024\n") << int(DateOrder::MonthDayYear) << true << "2024-05-03";
    QTest::newRow("evident from a later line") << QByteArray("05/03/2024\n01/02/2024\n31/12/2024\n") << int(DateOrder::Unknown) << true << "2024-03-05";
}

void TestTableImporter::ambiguousDateOrder()
{
    QFETCH(QByteArray, dates);
    QFETCH(int, order);
    QFETCH(bool, ok);
    QFETCH(QString, first);
    QByteArray csv("customer,date,amount\n");
    int n = 0;
    for (const QByteArray &d : dates.split('\n'))
        if (!d.isEmpty())
            csv += "c" + QByteArray::number(++n) + "," + d + ",1\n";
    QTemporaryDir dir;
    TableImportOptions o = options(writeTemp(dir, QStringLiteral("o.csv"), csv), TableKind::Transactions);
    o.dateOrder = DateOrder(order);
    auto result = TableImporter::run(o);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(QByteArray(result.error().code()), QByteArray("date-order"));
        QVERIFY(result.errorString().contains(QStringLiteral("--date-order")));
        return;
    }
    QCOMPARE(result->table.find(Role::Date)->date(0).toString(Qt::ISODate), first);
}

void TestTableImporter::explicitMapping_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("loaded");
    QTest::addColumn<double>("firstAmount");
    QTest::addColumn<QString>("firstDate");
    QTest::newRow("positions no header")
        << QByteArray("00004 0001 19970101  2   29.33\n00004 0001 19970118  2   29.73\n")
        << QStringList{"customer=#1", "date=#3:yyyyMMdd", "amount=#5", "quantity=#4"} << false << 2 << 29.33 << "1997-01-01";
    QTest::newRow("odd header names")
        << QByteArray("who;when;paid\nA;2024-01-02;3,5\n")
        << QStringList{"customer=who", "date=when", "amount=paid"} << true << 1 << 3.5 << "2024-01-02";
}

void TestTableImporter::explicitMapping()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, maps);
    QFETCH(bool, header);
    QFETCH(int, loaded);
    QFETCH(double, firstAmount);
    QFETCH(QString, firstDate);
    QTemporaryDir dir;
    TableImportOptions o = options(writeTemp(dir, QStringLiteral("x.txt"), csv), TableKind::Transactions);
    o.hasHeader = header;
    for (const QString &m : maps)
        o.mappings.append(*ColumnMapping::parse(m));
    auto result = TableImporter::run(o);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->report.loaded, loaded);
    QCOMPARE(result->table.find(Role::Amount)->number(0), firstAmount);
    QCOMPARE(result->table.find(Role::Date)->date(0).toString(Qt::ISODate), firstDate);
}

void TestTableImporter::wholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n") << "is empty";
    QTest::newRow("no roles") << QByteArray("foo,bar\n1,2\n") << "was recognised as “customer”";
    QTest::newRow("no amount") << QByteArray("customer,date\n1,2024-01-01\n") << "was recognised as “amount”";
    QTest::newRow("old excel") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << "old Excel";
    QTest::newRow("bad utf8 told utf8") << QByteArray("customer,date,amount\n\xff\xfe\xfd,2024-01-01,1\n") << "not valid UTF-8";
}

void TestTableImporter::wholeFileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    TableImportOptions o = options(writeTemp(dir, QStringLiteral("f.csv"), bytes), TableKind::Transactions);
    if (QTest::currentDataTag() == QByteArray("bad utf8 told utf8"))
        o.encoding = "UTF-8";
    auto result = TableImporter::run(o);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(fragment), qPrintable(result.errorString()));
}

void TestTableImporter::attributeTypes_data()
{
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<int>("type");
    QTest::newRow("numbers") << QByteArray("1\n2.5\n-3\n") << int(ColumnType::Number);
    QTest::newRow("numbers with missing") << QByteArray("1\nNA\n\n") << int(ColumnType::Number);
    QTest::newRow("money") << QByteArray("¥1\n\"$2,000\"\n") << int(ColumnType::Number);
    QTest::newRow("leading zeros stay text") << QByteArray("007\n008\n") << int(ColumnType::Text);
    QTest::newRow("dates") << QByteArray("2024-01-01\n2024年3月5日\n") << int(ColumnType::Date);
    QTest::newRow("ambiguous dates stay text") << QByteArray("01/02/2024\n03/04/2024\n") << int(ColumnType::Text);
    QTest::newRow("mixed is text") << QByteArray("1\nabc\n") << int(ColumnType::Text);
}

void TestTableImporter::attributeTypes()
{
    QFETCH(QByteArray, values);
    QFETCH(int, type);
    QByteArray csv("customer_id,attr\n");
    int n = 0;
    for (const QByteArray &v : values.split('\n')) {
        if (n == 3)
            break;
        csv += "c" + QByteArray::number(++n) + "," + v + "\n";
    }
    QTemporaryDir dir;
    auto result = TableImporter::run(options(writeTemp(dir, QStringLiteral("c.csv"), csv), TableKind::Customers));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(int(result->table.find(QStringLiteral("attr"))->type()), type);
}

QTEST_GUILESS_MAIN(TestTableImporter)
#include "tst_tableimporter.moc"
