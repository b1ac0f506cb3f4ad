// SPDX-License-Identifier: GPL-3.0-or-later
// Activity against assets (core/analysis/measures/activityassets.*): bands where ties share a band,
// the 5 × 5 matrix, the frequent low-asset share, and the missing assets column.
#include "analysis/measures/activityassets.h"
#include "analysis/measures/customersummary.h"
#include "import/datasetimporter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Segmenta;

namespace {

QString writeFile(const QByteArray &csv)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a%1.csv").arg(qHash(csv)));
    Test::writeBytes(path, csv);
    return path;
}

Dataset load(const QByteArray &customers, const QByteArray &transactions)
{
    TableImportOptions c, t;
    c.path = writeFile(customers);
    c.kind = TableKind::Customers;
    t.path = writeFile(transactions);
    auto d = DatasetImporter::run(c, t);
    return d.ok() ? d.takeValue() : Dataset();
}

// c01..c09: assets 100..900, orders 10..2; c10: no assets, 1 order; c11: assets 1100, no order.
// Every order is one line of 10 at the default 30 % margin: profit 3 per order.
Dataset brokerage(const QByteArray &costHeader = {})
{
    QByteArray customers = "customer,assets" + costHeader + "\n";
    QByteArray orders = "customer,order,date,amount\n";
    int orderId = 0;
    for (int i = 1; i <= 11; ++i) {
        const QByteArray id = "c" + QByteArray::number(i).rightJustified(2, '0');
        const QByteArray assets = i == 10 ? "" : QByteArray::number(i * 100);
        customers += id + "," + assets + (costHeader.isEmpty() ? "" : ",1") + "\n";
        for (int k = 0; i <= 10 && k < 11 - i; ++k)
            orders += id + ",o" + QByteArray::number(++orderId) + ",2024-05-"
                      + QByteArray::number(10 + k) + ",10\n";
    }
    return load(customers, orders);
}

} // namespace

class TestActivityAssets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bands_data();
    void bands();
    void matrix();
    void costToServe();
    void noAssetsColumn();
    void options();
};

void TestActivityAssets::bands_data()
{
    QTest::addColumn<QList<double>>("population");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("band");
    // band = 1 + floor(5 × (customers strictly below) / m)
    const QList<double> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("lowest") << ten << 1.0 << 1;
    QTest::newRow("2 of 10") << ten << 2.0 << 1;
    QTest::newRow("3 of 10") << ten << 3.0 << 2;
    QTest::newRow("8 of 10") << ten << 8.0 << 4;
    QTest::newRow("highest") << ten << 10.0 << 5;
    // Six buyers with one order: all band 1; bands 2 and 3 stay empty.
    const QList<double> ties{1, 1, 1, 1, 1, 1, 2, 2, 3, 5};
    QTest::newRow("tie low") << ties << 1.0 << 1;
    QTest::newRow("after ties") << ties << 2.0 << 4;
    QTest::newRow("8 below") << ties << 3.0 << 5;
    QTest::newRow("top") << ties << 5.0 << 5;
    QTest::newRow("single") << QList<double>{7} << 7.0 << 1;
    QTest::newRow("all equal") << QList<double>{4, 4, 4} << 4.0 << 1;
    QTest::newRow("empty") << QList<double>{} << 4.0 << 1;
}

void TestActivityAssets::bands()
{
    QFETCH(QList<double>, population);
    QFETCH(double, value);
    QFETCH(int, band);
    QCOMPARE(ActivityAssets::bandOf(value, std::vector<double>(population.begin(),
                                                               population.end())),
             band);
}

void TestActivityAssets::matrix()
{
    const Dataset d = brokerage();
    QCOMPARE(d.customerCount(), 11);
    const CustomerSummary s = CustomerSummary::compute(d);
    QCOMPARE(s.orders[0], 10);
    auto r = ActivityAssets::compute(d, s);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->buyers, 10);
    QCOMPARE(r->customersWithAssets, 10);
    QCOMPARE(r->matrixCustomers, 9);
    // Orders 10..1 (c01..c10) -> activity bands 5 5 4 4 3 3 2 2 1 1; assets 100..900 and 1100
    // (c11) -> asset bands 1 1 2 2 3 3 4 4 5 (c11: 5).
    const int activity[] = {5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0};
    const int assets[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 0, 5};
    for (int i = 0; i < 11; ++i) {
        QCOMPARE(int(r->activityBand[size_t(i)]), activity[i]);
        QCOMPARE(int(r->assetBand[size_t(i)]), assets[i]);
    }
    // Profit 3 per order: 30 27 24 21 18 15 12 9 6 (c10 has no assets): total 162; frequent
    // (activity 4-5) and low-asset (assets 1-2): c01..c04, 102.
    QCOMPARE(r->customers[4][0], 2);
    QCOMPARE(r->customers[3][1], 2);
    QCOMPARE(r->customers[0][4], 1);
    QCOMPARE(r->customers[0][0], 0);
    QVERIFY(Test::fuzzyEqual(r->profit[4][0], 57.0, 1e-12));
    QVERIFY(Test::fuzzyEqual(r->profit[3][1], 45.0, 1e-12));
    QVERIFY(Test::fuzzyEqual(r->totalProfit, 162.0, 1e-12));
    QCOMPARE(r->frequentLowAssetCustomers, 4);
    QVERIFY(Test::fuzzyEqual(r->frequentLowAssetProfit, 102.0, 1e-12));
    QVERIFY(Test::fuzzyEqual(r->frequentLowAssetShare, 102.0 / 162, 1e-12));
    QCOMPARE(r->activityFrom[4], 9.0);
    QCOMPARE(r->activityFrom[0], 1.0);
    QCOMPARE(r->assetsFrom[1], 300.0);

    const QJsonObject j = r->toJson();
    QCOMPARE(j.value("customers").toArray().at(4).toArray().at(0).toInteger(), 2);
    QVERIFY(Test::fuzzyEqual(j.value("frequent_low_asset_share").toDouble(), 102.0 / 162, 1e-12));
}

void TestActivityAssets::costToServe()
{
    // A cost to serve of 1 per customer: the nine in the matrix lose 9, the frequent
    // low-asset four lose 4.
    const Dataset d = brokerage(",cost_to_serve");
    const CustomerSummary s = CustomerSummary::compute(d);
    auto r = ActivityAssets::compute(d, s);
    QVERIFY(r.ok());
    QVERIFY(Test::fuzzyEqual(r->totalProfit, 153.0, 1e-12));
    QVERIFY(Test::fuzzyEqual(r->frequentLowAssetShare, 98.0 / 153, 1e-12));
}

void TestActivityAssets::noAssetsColumn()
{
    const Dataset d = load("customer,income\na,10\n", "customer,date,amount\na,2024-01-01,5\n");
    auto r = ActivityAssets::compute(d, CustomerSummary::compute(d));
    QVERIFY(!r.ok());
    QCOMPARE(QByteArray(r.error().code()), QByteArray("missing-role"));
    QCOMPARE(r.errorString(), "The customer list has no assets column, so transaction activity "
                              "cannot be compared with assets.");
}

void TestActivityAssets::options()
{
    const Dataset d = brokerage();
    const CustomerSummary s = CustomerSummary::compute(d);
    ActivityAssetsOptions o;
    o.frequentFromBand = 5;
    o.lowAssetToBand = 1;
    auto r = ActivityAssets::compute(d, s, o);
    QVERIFY(r.ok());
    QVERIFY(Test::fuzzyEqual(r->frequentLowAssetShare, 57.0 / 162, 1e-12));
    auto back = ActivityAssetsOptions::fromJson(o.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->frequentFromBand, 5);
    QCOMPARE(back->lowAssetToBand, 1);
    o.lowAssetToBand = 6;
    auto bad = ActivityAssets::compute(d, s, o);
    QVERIFY(!bad.ok());
    QCOMPARE(QByteArray(bad.error().code()), QByteArray("activity-assets-settings"));
    QVERIFY(!ActivityAssetsOptions::fromJson(QJsonObject{{"frequent_from_band", 0}}).ok());
}

QTEST_GUILESS_MAIN(TestActivityAssets)
#include "tst_activityassets.moc"
