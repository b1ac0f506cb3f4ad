// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/customersummary.h"
#include "import/datasetimporter.h"
#include "testsupport.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

namespace {

Dataset load(const QByteArray &csv)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o%1.csv").arg(qHash(csv)));
    Test::writeBytes(path, csv);
    TableImportOptions o;
    o.path = path;
    auto d = DatasetImporter::run(std::nullopt, o);
    return d.ok() ? d.takeValue() : Dataset();
}

qint32 day(const char *iso)
{
    return Column::toDays(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
}

} // namespace

class TestCustomerSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perCustomer();
    void window_data();
    void window();
    void marginKinds_data();
    void marginKinds();
    void lineOrder_data();
    void lineOrder();
};

void TestCustomerSummary::perCustomer()
{
    // a: two orders on one day (3 lines), one later order; b: one order and a refund.
    const Dataset d = load("customer,order,date,amount\n"
                           "a,1,2024-01-01,10\n"
                           "a,1,2024-01-01,5\n"
                           "a,2,2024-01-01,1\n"
                           "b,3,2024-01-03,20\n"
                           "a,4,2024-01-10,7\n"
                           "b,5,2024-01-05,-20\n");
    const CustomerSummary s = CustomerSummary::compute(d);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.asOfDay, day("2024-01-11")); // the day after the last order
    QCOMPARE(s.firstDay[0], day("2024-01-01"));
    QCOMPARE(s.lastDay[0], day("2024-01-10"));
    QCOMPARE(s.orders[0], 3);
    QCOMPARE(s.purchaseDays[0], 2);
    QCOMPARE(s.lines[0], 4);
    QCOMPARE(s.revenue[0], 23.0);
    QCOMPARE(s.repeatRevenue[0], 7.0);
    QCOMPARE(s.revenue[1], 0.0);
    QCOMPARE(s.purchaseDays[1], 2);
    QCOMPARE(s.repeatRevenue[1], -20.0);
    QVERIFY(Test::fuzzyEqual(s.grossProfit[0], 23.0 * 0.3));
    QCOMPARE(s.transactionsUsed, 6);
}

void TestCustomerSummary::window_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("bHasPurchases");
    QTest::newRow("all") << "" << "" << 4 << true;
    QTest::newRow("as of excludes that day") << "" << "2024-01-05" << 2 << true;
    QTest::newRow("from") << "2024-01-04" << "" << 2 << false;
}

void TestCustomerSummary::window()
{
    QFETCH(QString, from);
    QFETCH(QString, asOf);
    QFETCH(int, lines);
    QFETCH(bool, bHasPurchases);
    const Dataset d = load("customer,date,amount\na,2024-01-01,1\nb,2024-01-02,2\na,2024-01-05,3\na,2024-01-06,4\n");
    SummaryOptions o;
    if (!from.isEmpty())
        o.fromDay = day(from.toLatin1().constData());
    if (!asOf.isEmpty())
        o.asOfDay = day(asOf.toLatin1().constData());
    const CustomerSummary s = CustomerSummary::compute(d, o);
    QCOMPARE(s.transactionsUsed, qint64(lines));
    QCOMPARE(s.hasPurchases(1), bHasPurchases);
    QCOMPARE(s.lines[0] + s.lines[1], lines);
}

void TestCustomerSummary::marginKinds_data()
{
    QTest::addColumn<QByteArray>("margins");
    QTest::addColumn<double>("profit");
    QTest::newRow("rates") << QByteArray("0.5,0.1") << 100 * 0.5 + 200 * 0.1;
    QTest::newRow("percent rates") << QByteArray("50%,10%") << 100 * 0.5 + 200 * 0.1;
    QTest::newRow("absolute") << QByteArray("40,30") << 70.0;
}

void TestCustomerSummary::marginKinds()
{
    QFETCH(QByteArray, margins);
    QFETCH(double, profit);
    const QList<QByteArray> m = margins.split(',');
    const Dataset d = load("customer,date,amount,margin\na,2024-01-01,100," + m[0] + "\na,2024-01-02,200," + m[1] + "\n");
    const CustomerSummary s = CustomerSummary::compute(d);
    QVERIFY(s.hasMargin);
    QVERIFY2(Test::fuzzyEqual(s.grossProfit[0], profit), qPrintable(QString::number(s.grossProfit[0])));
}

void TestCustomerSummary::lineOrder_data()
{
    // The same lines in different orders: sorted (counted as changes), and with customers whose
    // dates go back or whose orders come back (counted exactly afterwards). Customer a: orders
    // 1 (two lines), 2, 4 on days 01-01, 01-01, 01-10; b: orders 3, 5, 5 on 01-03, 01-05;
    // c: one line without an order id.
    QTest::addColumn<QByteArray>("lines");
    QTest::newRow("sorted") << QByteArray("a,1,2024-01-01,10\na,1,2024-01-01,5\na,2,2024-01-01,1\n"
                                          "b,3,2024-01-03,20\nb,5,2024-01-05,-20\nb,5,2024-01-05,4\n"
                                          "a,4,2024-01-10,7\nc,,2024-01-02,3\n");
    QTest::newRow("dates back") << QByteArray("a,4,2024-01-10,7\nb,5,2024-01-05,-20\na,1,2024-01-01,10\n"
                                              "c,,2024-01-02,3\nb,3,2024-01-03,20\na,1,2024-01-01,5\n"
                                              "a,2,2024-01-01,1\nb,5,2024-01-05,4\n");
    QTest::newRow("order comes back") << QByteArray("a,1,2024-01-01,10\na,2,2024-01-01,1\nb,3,2024-01-03,20\n"
                                                    "b,5,2024-01-05,-20\na,1,2024-01-01,5\nc,,2024-01-02,3\n"
                                                    "b,3,2024-01-05,4\na,4,2024-01-10,7\n");
}

void TestCustomerSummary::lineOrder()
{
    QFETCH(QByteArray, lines);
    const Dataset d = load("customer,order,date,amount\n" + lines);
    const CustomerSummary s = CustomerSummary::compute(d);
    QCOMPARE(s.size(), 3);
    QMap<QString, qsizetype> row;
    const Column *ids = d.customers.find(Role::Customer);
    for (qsizetype i = 0; i < 3; ++i)
        row[ids->text(i)] = i;
    const size_t a = size_t(row["a"]), b = size_t(row["b"]), c = size_t(row["c"]);
    QCOMPARE(s.orders[a], 3);
    QCOMPARE(s.purchaseDays[a], 2);
    QCOMPARE(s.lines[a], 4);
    QCOMPARE(s.revenue[a], 23.0);
    QCOMPARE(s.repeatRevenue[a], 7.0);
    QCOMPARE(s.firstDay[a], day("2024-01-01"));
    QCOMPARE(s.lastDay[a], day("2024-01-10"));
    QCOMPARE(s.orders[b], 2); // 3, 5 (or 3, 5, 3 back)
    QCOMPARE(s.purchaseDays[b], 2);
    QCOMPARE(s.revenue[b], 4.0);
    QCOMPARE(s.repeatRevenue[b], -16.0);
    QCOMPARE(s.orders[c], 1); // lines without an order id count as one order
    QCOMPARE(s.purchaseDays[c], 1);
    QCOMPARE(s.minDay, day("2024-01-01"));
    QCOMPARE(s.maxDay, day("2024-01-10"));
    QCOMPARE(s.transactionsUsed, 8);
}

QTEST_GUILESS_MAIN(TestCustomerSummary)
#include "tst_customersummary.moc"
