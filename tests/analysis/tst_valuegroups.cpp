// SPDX-License-Identifier: GPL-3.0-or-later
// Value groups (core/analysis/measures/valuegroups.*): profit after cost to serve, MVC / MGC / BZ /
// other, growth potential from a prediction or from the spending trend.
#include "analysis/measures/customersummary.h"
#include "import/datasetimporter.h"
#include "analysis/measures/growthtrend.h"
#include "testsupport.h"
#include "analysis/measures/valuegroups.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Segmenta;

namespace {

QString writeFile(const QByteArray &csv)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v%1.csv").arg(qHash(csv)));
    Test::writeBytes(path, csv);
    return path;
}

// Either file may be empty (absent).
Dataset load(const QByteArray &customers, const QByteArray &transactions)
{
    std::optional<TableImportOptions> c, t;
    if (!customers.isEmpty()) {
        c.emplace();
        c->path = writeFile(customers);
        c->kind = TableKind::Customers;
    }
    if (!transactions.isEmpty()) {
        t.emplace();
        t->path = writeFile(transactions);
    }
    auto d = DatasetImporter::run(c, t);
    return d.ok() ? d.takeValue() : Dataset();
}

qsizetype rowOf(const Dataset &d, const QString &id)
{
    for (qsizetype r = 0; r < d.customerCount(); ++r)
        if (d.customerIds()->text(r) == id)
            return r;
    return -1;
}

// Twelve customers c01..c12 (rows 0..11); margin 50 %; c12 never bought. Profit = amount / 2
// - cost: 400 300 200 100 100 50 50 30 20 0 -30 -10 (total 1210).
Dataset twelve()
{
    QByteArray customers = "customer,cost_to_serve\n";
    QByteArray orders = "customer,date,amount,margin\n";
    const int amount[] = {1000, 800, 600, 400, 300, 200, 100, 100, 40, 20, 100};
    const int cost[] = {100, 100, 100, 100, 50, 50, 0, 20, 0, 10, 80, 10};
    for (int i = 0; i < 12; ++i) {
        const QByteArray id = "c" + QByteArray::number(i + 1).rightJustified(2, '0');
        customers += id + "," + QByteArray::number(cost[i]) + "\n";
        if (i < 11)
            orders += id + ",2024-03-0" + QByteArray::number(1 + i % 9) + ","
                      + QByteArray::number(amount[i]) + ",0.5\n";
    }
    return load(customers, orders);
}

// Predicted value per customer; growth potential = predicted - profit:
// 600 50 60 0 50 450 NaN 100 0 60 1030 10.
std::vector<double> twelvePredicted()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {1000, 350, 260, 100, 150, 500, nan, 130, 20, 60, 1000, 0};
}

QString groupLetters(const ValueGroups &g)
{
    QString s;
    for (qsizetype i = 0; i < qsizetype(g.group.size()); ++i)
        s += QLatin1Char("VGOB"[g.group[size_t(i)]]);
    return s;
}

} // namespace

class TestValueGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void profit();
    void groups_data();
    void groups();
    void figures();
    void fromTrend();
    void customersOnly();
    void errors_data();
    void errors();
    void json();
};

void TestValueGroups::names()
{
    const QStringList names{"most_valuable", "most_growable", "other", "below_zero"};
    for (int g = 0; g < kValueGroupCount; ++g) {
        QCOMPARE(valueGroupName(ValueGroup(g)), names[g]);
        ValueGroup parsed = ValueGroup::Other;
        QVERIFY(valueGroupFromName(names[g].toUpper(), parsed));
        QCOMPARE(parsed, ValueGroup(g));
    }
    ValueGroup unchanged = ValueGroup::BelowZero;
    QVERIFY(!valueGroupFromName("mvc", unchanged));
    QCOMPARE(unchanged, ValueGroup::BelowZero);
}

void TestValueGroups::profit()
{
    const Dataset d = twelve();
    QCOMPARE(d.customerCount(), 12);
    const CustomerSummary s = CustomerSummary::compute(d);
    const std::vector<double> profit = ValueGroups::customerProfit(d, s);
    const std::vector<double> expected{400, 300, 200, 100, 100, 50, 50, 30, 20, 0, -30, -10};
    QCOMPARE(profit, expected);
}

void TestValueGroups::groups_data()
{
    QTest::addColumn<double>("mvc");
    QTest::addColumn<double>("mgc");
    QTest::addColumn<QString>("letters"); // V most valuable, G most growable, O other, B below
    QTest::addColumn<int>("notes");
    // Profitable: 10. MGC candidates by potential: c06 450, c08 100, c03 60, c10 60, c02 50,
    // c05 50 (c07 unknown, c04 and c09 none).
    QTest::newRow("defaults 10/20") << 0.1 << 0.2 << "VOOOOGOGOOBB" << 0;
    QTest::newRow("potential tie by row") << 0.2 << 0.3 << "VVGOOGOGOOBB" << 0;
    QTest::newRow("none") << 0.0 << 0.0 << "OOOOOOOOOOBB" << 0;
    QTest::newRow("halves round up") << 0.25 << 0.25 << "VVVOOGOGOGBB" << 0;
    QTest::newRow("profit tie by row") << 0.4 << 0.0 << "VVVVOOOOOOBB" << 0;
    QTest::newRow("fewer growable than asked") << 0.1 << 0.8 << "VGGOGGOGOGBB" << 1;
}

void TestValueGroups::groups()
{
    QFETCH(double, mvc);
    QFETCH(double, mgc);
    QFETCH(QString, letters);
    QFETCH(int, notes);
    const Dataset d = twelve();
    const CustomerSummary s = CustomerSummary::compute(d);
    ValueGroupOptions o;
    o.mvcShare = mvc;
    o.mgcShare = mgc;
    auto g = ValueGroups::compute(d, s, o, twelvePredicted());
    QVERIFY2(g.ok(), qPrintable(g.errorString()));
    QCOMPARE(groupLetters(*g), letters);
    QCOMPARE(g->profitableCustomers, 10);
    QVERIFY(g->fromPrediction);
    QVERIFY(g->hasCostToServe);
    QCOMPARE(g->notes.size(), notes);
}

void TestValueGroups::figures()
{
    const Dataset d = twelve();
    const CustomerSummary s = CustomerSummary::compute(d);
    auto g = ValueGroups::compute(d, s, {}, twelvePredicted());
    QVERIFY(g.ok());
    QCOMPARE(g->totalProfit, 1210.0);
    const struct
    {
        qint64 customers;
        double profit, potential;
    } expected[] = {{1, 400, 600}, {2, 80, 550}, {7, 770, 220}, {2, -40, 1040}};
    for (int k = 0; k < kValueGroupCount; ++k) {
        const ValueGroups::Group &info = g->groupInfo(ValueGroup(k));
        QCOMPARE(info.group, ValueGroup(k));
        QCOMPARE(info.customers, expected[k].customers);
        QCOMPARE(info.profit, expected[k].profit);
        QCOMPARE(info.growthPotential, expected[k].potential);
        QVERIFY(Test::fuzzyEqual(info.customerShare, double(expected[k].customers) / 12, 1e-15));
        QVERIFY(Test::fuzzyEqual(info.profitShare, expected[k].profit / 1210, 1e-15));
    }
    QVERIFY(std::isnan(g->growthPotential[6]));
    QCOMPARE(g->growthPotential[5], 450.0);
}

void TestValueGroups::fromTrend()
{
    // asOfDay 2025-01-01: recent window from 2024-01-02, previous from 2023-01-02. Margin 50 %.
    const Dataset d = load({}, "customer,date,amount,margin\n"
                               "a,2023-06-01,100,0.5\n"
                               "a,2024-06-01,300,0.5\n"
                               "b,2023-06-01,300,0.5\n"
                               "b,2024-06-01,100,0.5\n"
                               "c,2024-06-01,50,0.5\n"
                               "d,2023-06-01,50,0.5\n"
                               "e,2024-12-31,1000,0.5\n");
    const CustomerSummary s = CustomerSummary::compute(d);
    auto g = ValueGroups::compute(d, s);
    QVERIFY2(g.ok(), qPrintable(g.errorString()));
    QVERIFY(!g->fromPrediction);
    QVERIFY(!g->hasCostToServe);
    QCOMPARE(g->notes.size(), 1); // no cost to serve
    // Potential = (recent - previous) × 50 %; profit 200 200 25 25 500: P = 5, MVC round(0.5)
    // = 1 (e), MGC round(1) = 1 (a: 100 before c: 25).
    const struct
    {
        const char *id;
        double potential;
        ValueGroup group;
    } expected[] = {{"a", 100, ValueGroup::MostGrowable},
                    {"b", -100, ValueGroup::Other},
                    {"c", 25, ValueGroup::Other},
                    {"d", -25, ValueGroup::Other},
                    {"e", 500, ValueGroup::MostValuable}};
    for (const auto &e : expected) {
        const qsizetype row = rowOf(d, QString::fromLatin1(e.id));
        QVERIFY(row >= 0);
        QCOMPARE(g->growthPotential[size_t(row)], e.potential);
        QCOMPARE(g->groupOf(row), e.group);
    }
    // The same with the trend given.
    auto trend = GrowthTrend::compute(d);
    QVERIFY(trend.ok());
    auto given = ValueGroups::compute(d, s, {}, {}, &*trend);
    QVERIFY(given.ok());
    QCOMPARE(given->group, g->group);
}

void TestValueGroups::customersOnly()
{
    const Dataset d = load("customer,cost_to_serve\nx,10\ny,0\n", {});
    QCOMPARE(d.customerCount(), 2);
    const CustomerSummary s = CustomerSummary::compute(d);
    auto g = ValueGroups::compute(d, s);
    QVERIFY(g.ok());
    QCOMPARE(g->groupOf(0), ValueGroup::BelowZero);
    QCOMPARE(g->groupOf(1), ValueGroup::Other); // round(0.1 × 1) = 0 most valuable
    QCOMPARE(g->notes.size(), 1);           // growth unknown
    QCOMPARE(g->totalProfit, -10.0);

    // n = 0.
    Dataset empty;
    auto none = ValueGroups::compute(empty, CustomerSummary::compute(empty));
    QVERIFY(none.ok());
    QCOMPARE(none->group.size(), size_t(0));
    QCOMPARE(none->groupInfo(ValueGroup::Other).customerShare, 0.0);
}

void TestValueGroups::errors_data()
{
    QTest::addColumn<double>("mvc");
    QTest::addColumn<double>("mgc");
    QTest::addColumn<int>("predicted");
    QTest::addColumn<QString>("key"); // of the message
    QTest::newRow("mvc above 1") << 1.5 << 0.2 << 0 << "mvc_share";
    QTest::newRow("negative mgc") << 0.1 << -0.2 << 0 << "mgc_share";
    QTest::newRow("together above 1") << 0.5 << 0.6 << 0 << "mgc_share";
    QTest::newRow("nan") << std::nan("") << 0.2 << 0 << "mvc_share";
    QTest::newRow("prediction size") << 0.1 << 0.2 << 3 << "predictedValue";
}

void TestValueGroups::errors()
{
    QFETCH(double, mvc);
    QFETCH(double, mgc);
    QFETCH(int, predicted);
    QFETCH(QString, key);
    const Dataset d = twelve();
    const CustomerSummary s = CustomerSummary::compute(d);
    ValueGroupOptions o;
    o.mvcShare = mvc;
    o.mgcShare = mgc;
    auto g = ValueGroups::compute(d, s, o, std::vector<double>(size_t(predicted), 1.0));
    QVERIFY(!g.ok());
    QCOMPARE(g.errorString(),
             QStringLiteral("The value group setting “%1” is not valid.").arg(key));
    QCOMPARE(QByteArray(g.error().code()), QByteArray("value-group-settings"));
}

void TestValueGroups::json()
{
    ValueGroupOptions o;
    o.mvcShare = 0.05;
    auto back = ValueGroupOptions::fromJson(o.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->mvcShare, 0.05);
    QCOMPARE(back->mgcShare, 0.2);
    QVERIFY(!ValueGroupOptions::fromJson(QJsonObject{{"mgc_share", "many"}}).ok());

    const Dataset d = twelve();
    const QJsonObject j = ValueGroups::compute(d, CustomerSummary::compute(d), {},
                                               twelvePredicted())
                              ->toJson();
    QCOMPARE(j.value("growth_from").toString(), "prediction");
    QCOMPARE(j.value("total_profit").toDouble(), 1210.0);
    const QJsonArray groups = j.value("groups").toArray();
    QCOMPARE(groups.size(), 4);
    QCOMPARE(groups.at(0).toObject().value("group").toString(), "most_valuable");
    QCOMPARE(groups.at(3).toObject().value("customers").toInteger(), 2);
}

QTEST_GUILESS_MAIN(TestValueGroups)
#include "tst_valuegroups.moc"
