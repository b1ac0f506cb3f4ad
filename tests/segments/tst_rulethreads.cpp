// SPDX-License-Identifier: GPL-3.0-or-later
// Core's parallel loops run on computePool(), never on QThreadPool::globalInstance(): Qt 6.4's
// raster engine splits a widget's large fills across the global pool and the GUI thread waits
// for the pieces, so work queued there holds the window's painting (core/base/computepool.h).
#include "base/computepool.h"
#include "segments/rules/customerfields.h"
#include "rulestestdata.h"
#include "segments/rules/segmentrule.h"

#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <thread>

using namespace Segmenta;
using namespace Segmenta::RulesTest;

class TestRuleThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleEvaluationLeavesTheGlobalPoolFree_data();
    void ruleEvaluationLeavesTheGlobalPoolFree();
};

void TestRuleThreads::ruleEvaluationLeavesTheGlobalPoolFree_data()
{
    // A number condition (blocks of customers) and a text one (a lookup table per pool code,
    // split over the pool when the pool is large).
    QTest::addColumn<QString>("rule");
    QTest::newRow("number") << "年收入 > 5";
    QTest::newRow("text") << "城市 starts with \"C1\"";
}

void TestRuleThreads::ruleEvaluationLeavesTheGlobalPoolFree()
{
    QFETCH(QString, rule);
    // Enough customers for many blocks of SegmentRule::kBlock, every city distinct.
    const int n = int(SegmentRule::kBlock) * 8;
    QStringList ids, cities;
    QList<double> income;
    for (int i = 0; i < n; ++i) {
        ids << QStringLiteral("C%1").arg(i);
        cities << QStringLiteral("C%1").arg(i % 200000);
        income << double(i % 10);
    }
    Table customers(TableKind::Customers);
    customers.addColumn(textColumn("客户编号", Role::Customer, ids));
    customers.addColumn(textColumn("城市", Role::City, cities));
    customers.addColumn(numberColumn("年收入", Role::Income, income));
    Table orders(TableKind::Transactions);
    orders.addColumn(textColumn("客户编号", Role::Customer, {"C0"}));
    orders.addColumn(dateColumn("订单日期", Role::Date, {"2024-01-01"}));
    orders.addColumn(numberColumn("金额", Role::Amount, {1.0}));
    const Dataset data = Dataset::link(std::move(customers), std::move(orders));
    const CustomerFields fields = CustomerFields::build(data, nullptr);

    // A thread watches both pools while the rule is compiled and evaluated, until the compute
    // pool has been seen at work (so that the watch would have seen the global one too).
    std::atomic<bool> done = false;
    std::atomic<int> computeSeen = 0, globalSeen = 0;
    std::thread watcher([&] {
        while (!done.load()) {
            computeSeen = std::max(computeSeen.load(), computePool()->activeThreadCount());
            globalSeen = std::max(globalSeen.load(),
                                  QThreadPool::globalInstance()->activeThreadCount());
        }
    });
    qint64 matched = 0;
    for (int round = 0; round < 200 && computeSeen.load() == 0; ++round) {
        auto compiled = SegmentRule::compile(rule, fields);
        QVERIFY2(compiled, qPrintable(compiled.errorString()));
        std::vector<quint8> mask;
        compiled->evaluate(mask);
        matched = std::count(mask.begin(), mask.end(), quint8(1));
    }
    done = true;
    watcher.join();
    QVERIFY(matched > 0);
    QCOMPARE(globalSeen.load(), 0);
    QVERIFY(computeSeen.load() > 0);
}

QTEST_GUILESS_MAIN(TestRuleThreads)
#include "tst_rulethreads.moc"
