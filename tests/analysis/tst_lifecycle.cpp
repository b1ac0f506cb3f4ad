// SPDX-License-Identifier: GPL-3.0-or-later
// Lifecycle stages (core/analysis/measures/lifecyclestages.*): the rules one by one at their
// thresholds, with and without P(alive), custom thresholds and invalid settings.
#include "analysis/measures/customersummary.h"
#include "analysis/measures/lifecyclestages.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Segmenta;

Q_DECLARE_METATYPE(LifecycleStage)

namespace {

constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();
constexpr qint32 kAsOf = 20000;

// One customer per entry: recency < 0 = no purchase.
CustomerSummary summaryOf(const QList<int> &recency, const QList<int> &purchaseDays)
{
    CustomerSummary s;
    s.asOfDay = kAsOf;
    for (qsizetype i = 0; i < recency.size(); ++i) {
        const bool bought = recency[i] >= 0;
        s.firstDay.push_back(bought ? kAsOf - 1000 : Column::kMissingDate);
        s.lastDay.push_back(bought ? kAsOf - recency[i] : Column::kMissingDate);
        s.purchaseDays.push_back(bought ? purchaseDays[i] : 0);
        s.orders.push_back(bought ? purchaseDays[i] : 0);
        s.lines.push_back(s.orders.back());
        s.revenue.push_back(bought ? 10.0 * (i + 1) : 0.0);
        s.repeatRevenue.push_back(0);
        s.grossProfit.push_back(0);
        s.quantity.push_back(0);
    }
    return s;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void rules_data();
    void rules();
    void customThresholds();
    void countsAndRevenue();
    void invalid_data();
    void invalid();
    void json();
};

void TestLifecycle::names()
{
    const QStringList names{"loyal", "potential", "marginal", "churned"};
    for (int k = 0; k < kLifecycleStageCount; ++k) {
        QCOMPARE(lifecycleStageName(LifecycleStage(k)), names[k]);
        LifecycleStage parsed = LifecycleStage::Marginal;
        QVERIFY(lifecycleStageFromName(" " + names[k].toUpper(), parsed));
        QCOMPARE(parsed, LifecycleStage(k));
    }
    LifecycleStage unchanged = LifecycleStage::Loyal;
    QVERIFY(!lifecycleStageFromName("lost", unchanged));
    QCOMPARE(unchanged, LifecycleStage::Loyal);
}

void TestLifecycle::rules_data()
{
    QTest::addColumn<int>("recency"); // -1: no purchase
    QTest::addColumn<int>("purchaseDays");
    QTest::addColumn<double>("pAlive"); // NaN: unknown
    QTest::addColumn<LifecycleStage>("stage");
    using S = LifecycleStage;
    QTest::newRow("no purchase") << -1 << 0 << kUnknown << S::Potential;
    QTest::newRow("no purchase, P(alive) low") << -1 << 0 << 0.01 << S::Potential;
    QTest::newRow("365 days: churned") << 365 << 10 << kUnknown << S::Churned;
    QTest::newRow("364 days: marginal") << 364 << 10 << kUnknown << S::Marginal;
    QTest::newRow("loyal at the limits") << 180 << 3 << kUnknown << S::Loyal;
    QTest::newRow("181 days: marginal") << 181 << 3 << kUnknown << S::Marginal;
    QTest::newRow("recent, 2 days: potential") << 180 << 2 << kUnknown << S::Potential;
    QTest::newRow("first purchase yesterday") << 1 << 1 << kUnknown << S::Potential;
    QTest::newRow("P(alive) 0.19: churned") << 10 << 5 << 0.19 << S::Churned;
    QTest::newRow("P(alive) 0.2: marginal") << 10 << 5 << 0.2 << S::Marginal;
    QTest::newRow("P(alive) 0.69: marginal") << 10 << 5 << 0.69 << S::Marginal;
    QTest::newRow("P(alive) 0.7: loyal") << 10 << 5 << 0.7 << S::Loyal;
    QTest::newRow("new but P(alive) low") << 10 << 1 << 0.1 << S::Churned;
    QTest::newRow("new, P(alive) middling") << 10 << 1 << 0.5 << S::Potential;
    QTest::newRow("not recent, alive") << 200 << 1 << 0.9 << S::Marginal;
    QTest::newRow("recency beats P(alive)") << 400 << 8 << 0.99 << S::Churned;
}

void TestLifecycle::rules()
{
    QFETCH(int, recency);
    QFETCH(int, purchaseDays);
    QFETCH(double, pAlive);
    QFETCH(LifecycleStage, stage);
    const CustomerSummary s = summaryOf({recency}, {purchaseDays});
    auto r = LifecycleStages::compute(s, {pAlive});
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->stageOf(0), stage);
    if (std::isnan(pAlive)) { // the same without any P(alive)
        auto without = LifecycleStages::compute(s);
        QVERIFY(!without->usedPAlive);
        QCOMPARE(without->stageOf(0), stage);
    }
}

void TestLifecycle::customThresholds()
{
    LifecycleOptions o;
    o.churnRecencyDays = 90;
    o.recentDays = 30;
    o.loyalMinPurchaseDays = 5;
    o.churnPAlive = 0.5;
    o.loyalMinPAlive = 0.9;
    const CustomerSummary s = summaryOf({90, 89, 30, 30, 31, 10, 10}, {9, 9, 5, 4, 9, 9, 9});
    auto r = LifecycleStages::compute(s, {kUnknown, kUnknown, kUnknown, kUnknown, kUnknown,
                                          0.49, 0.89},
                                      o);
    QVERIFY(r.ok());
    using S = LifecycleStage;
    const S expected[] = {S::Churned, S::Marginal, S::Loyal, S::Potential, S::Marginal,
                          S::Churned, S::Marginal};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(r->stageOf(i), expected[i]);
}

void TestLifecycle::countsAndRevenue()
{
    // Revenue 10 × (row + 1) for buyers.
    const CustomerSummary s = summaryOf({5, 5, 400, -1, 200, 20}, {4, 1, 2, 0, 2, 6});
    auto r = LifecycleStages::compute(s);
    QVERIFY(r.ok());
    // loyal: rows 0, 5; potential: 1, 3; marginal: 4; churned: 2.
    QCOMPARE(r->counts, (std::array<qint64, 4>{2, 2, 1, 1}));
    QCOMPARE(r->revenue, (std::array<double, 4>{70, 20, 50, 30}));
    // n = 0.
    auto none = LifecycleStages::compute(CustomerSummary());
    QVERIFY(none.ok());
    QCOMPARE(none->counts, (std::array<qint64, 4>{0, 0, 0, 0}));
}

void TestLifecycle::invalid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::newRow("churn days 0") << "churn_recency_days" << 0.0;
    QTest::newRow("recent beyond churn") << "recent_days" << 400.0;
    QTest::newRow("recent negative") << "recent_days" << -1.0;
    QTest::newRow("purchase days 0") << "loyal_min_purchase_days" << 0.0;
    QTest::newRow("churn P above 1") << "churn_p_alive" << 1.5;
    QTest::newRow("loyal P below churn P") << "loyal_min_p_alive" << 0.1;
    QTest::newRow("fractional days") << "recent_days" << 10.5;
}

void TestLifecycle::invalid()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    auto o = LifecycleOptions::fromJson(QJsonObject{{key, value}});
    QVERIFY(!o.ok());
    QCOMPARE(o.errorString(),
             QStringLiteral("The lifecycle setting “%1” is not valid.").arg(key));
    QCOMPARE(QByteArray(o.error().code()), QByteArray("lifecycle-settings"));
}

void TestLifecycle::json()
{
    LifecycleOptions o;
    o.recentDays = 90;
    o.churnPAlive = 0.3;
    auto back = LifecycleOptions::fromJson(o.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->recentDays, 90);
    QCOMPARE(back->churnPAlive, 0.3);
    QCOMPARE(back->churnRecencyDays, 365);
    // Settings saved before the keys became snake_case are still read.
    auto legacy = LifecycleOptions::fromJson(QJsonObject{{"churnPAlive", 0.25},
                                                         {"loyalMinPurchaseDays", 5}});
    QVERIFY(legacy.ok());
    QCOMPARE(legacy->churnPAlive, 0.25);
    QCOMPARE(legacy->loyalMinPurchaseDays, 5);
    QVERIFY(!LifecycleOptions::fromJson(QJsonObject{{"recentDays", 10.5}}).ok());
    // P(alive) of the wrong size.
    auto bad = LifecycleStages::compute(summaryOf({1, 2}, {1, 1}), {0.5});
    QVERIFY(!bad.ok());
    QCOMPARE(QByteArray(bad.error().code()), QByteArray("lifecycle-settings"));

    const QJsonObject j = LifecycleStages::compute(summaryOf({5, 400}, {4, 1}))->toJson();
    const QJsonArray stages = j.value("stages").toArray();
    QCOMPARE(stages.size(), 4);
    QCOMPARE(stages.at(0).toObject().value("stage").toString(), "loyal");
    QCOMPARE(stages.at(0).toObject().value("customers").toInteger(), 1);
    QCOMPARE(stages.at(3).toObject().value("revenue").toDouble(), 20.0);
    QCOMPARE(j.value("used_p_alive").toBool(), false);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
