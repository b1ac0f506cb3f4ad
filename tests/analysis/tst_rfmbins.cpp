// SPDX-License-Identifier: GPL-3.0-or-later
// The tie rules of RfmScores on small hand-made inputs (expected cut points and scores from
// R: the rfm package's bins() and loops, run by tests/data/rfm_oracle.R's functions), the
// split rule's stable order, the collapse warnings, and the time for a million customers.
#include "analysis/measures/rfmbinning.h"
#include "analysis/measures/rfmscores.h"
#include "analysis/measures/rfmsegmenttable.h"
#include "rfmtestdata.h"

#include <QElapsedTimer>
#include <QTest>

#include <ctime>
#include <random>

using namespace Segmenta;
using namespace Segmenta::Test;

Q_DECLARE_METATYPE(RfmDimension)

class TestRfmBins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shareRule_data();
    void shareRule();
    void splitRuleStableOrder_data();
    void splitRuleStableOrder();
    void splitRuleEqualGroups();
    void histogramAndSortAgree();
    void collapseWarnings();
    void millionCustomers();
};

void TestRfmBins::shareRule_data()
{
    // Expected cut points and scores from R: the package's bins() and loops on these values.
    QTest::addColumn<RfmDimension>("dimension");
    QTest::addColumn<int>("bins");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("cuts");
    QTest::addColumn<QList<int>>("scores");
    const auto R = RfmDimension::Recency, F = RfmDimension::Frequency,
               M = RfmDimension::Monetary;

    QTest::newRow("all equal, frequency") << F << 5 << QList<double>{3, 3, 3, 3, 3}
                                          << QList<double>{4, 4, 4, 4} << QList<int>{1, 1, 1, 1, 1};
    QTest::newRow("all equal, recency") << R << 5 << QList<double>{3, 3, 3, 3, 3}
                                        << QList<double>{4, 4, 4, 4} << QList<int>{5, 5, 5, 5, 5};
    QTest::newRow("two values, frequency")
        << F << 5 << QList<double>{1, 1, 1, 1, 1, 1, 1, 2, 2, 2} << QList<double>{2, 2, 2, 3}
        << QList<int>{1, 1, 1, 1, 1, 1, 1, 4, 4, 4};
    QTest::newRow("two values, recency")
        << R << 5 << QList<double>{1, 1, 1, 1, 1, 1, 1, 2, 2, 2} << QList<double>{2, 2, 2, 3}
        << QList<int>{5, 5, 5, 5, 5, 5, 5, 2, 2, 2};
    QTest::newRow("fewer customers than bins")
        << F << 5 << QList<double>{5, 1, 3}
        << QList<double>{2.7999999999999998, 3.6000000000000005, 4.4000000000000004,
                         5.2000000000000002}
        << QList<int>{4, 1, 2};
    QTest::newRow("fewer customers than bins, recency")
        << R << 5 << QList<double>{5, 1, 3}
        << QList<double>{2.7999999999999998, 3.6000000000000005, 4.4000000000000004,
                         5.2000000000000002}
        << QList<int>{2, 5, 4};
    QTest::newRow("one customer") << F << 5 << QList<double>{7} << QList<double>{8, 8, 8, 8}
                                  << QList<int>{1};
    // A value equal to a cut point takes the upper score: [cut(k), cut(k + 1)).
    QTest::newRow("exact boundaries, half-open")
        << M << 5 << QList<double>{0, 1, 2, 3, 4, 5} << QList<double>{2, 3, 4, 5}
        << QList<int>{1, 1, 2, 3, 4, 5};
    QTest::newRow("exact boundaries, recency")
        << R << 5 << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
        << QList<double>{4, 6, 8, 10} << QList<int>{5, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1};
    // seq(0, 1, length.out = 6)[4] is 0.6000000000000001: the 60 % quantile of 0..10 is a hair
    // above 6, its cut point above 7, and 7 stays in score 3, as in R.
    QTest::newRow("seq() rounding at 60 %")
        << M << 5 << QList<double>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
        << QList<double>{3, 5, 7.0000000000000009, 9}
        << QList<int>{1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5};
    QTest::newRow("interpolated, recency")
        << R << 5 << QList<double>{2, 9, 4, 4, 7, 1, 8, 3, 6, 5}
        << QList<double>{3.7999999999999998, 5, 6.4000000000000004, 8.1999999999999993}
        << QList<int>{5, 1, 4, 4, 2, 5, 2, 5, 3, 3};
    QTest::newRow("nine bins") << F << 9 << QList<double>{2, 9, 4, 4, 7, 1, 8, 3, 6, 5}
                               << QList<double>{3, 4, 5, 5, 6, 7, 7.9999999999999991, 9}
                               << QList<int>{1, 9, 3, 3, 7, 1, 8, 2, 6, 5};
    QTest::newRow("four bins") << M << 4 << QList<double>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100}
                               << QList<double>{33.5, 56, 78.5}
                               << QList<int>{1, 1, 1, 2, 2, 3, 3, 4, 4, 4};
    QTest::newRow("refunds and zero") << M << 5 << QList<double>{-50, 0, 0, 20, 35.5, 100, 250}
                                      << QList<double>{1, 9.0000000000000071, 30.300000000000008,
                                                       88.100000000000051}
                                      << QList<int>{1, 1, 1, 3, 4, 5, 5};
    // The package's + 1 on amounts below 1: every cut point lies above every value.
    QTest::newRow("amounts below one") << M << 5
                                       << QList<double>{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
                                       << QList<double>{1.26, 1.4199999999999999,
                                                        1.5800000000000001, 1.74}
                                       << QList<int>{1, 1, 1, 1, 1, 1, 1, 1, 1};
}

void TestRfmBins::shareRule()
{
    QFETCH(RfmDimension, dimension);
    QFETCH(int, bins);
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, cuts);
    QFETCH(QList<int>, scores);
    RfmOptions o;
    o.bins = bins;
    auto s = RfmScores::compute(summaryOf(dimension, values), o);
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    const RfmScores::Dimension &dim = s->dimension(dimension);
    QCOMPARE(QList<double>(dim.cuts.begin(), dim.cuts.end()), cuts);
    for (qsizetype k = 0; k < cuts.size(); ++k)
        QVERIFY2(dim.cuts[size_t(k)] == cuts[k], qPrintable(QString::number(k)));
    QCOMPARE(toList(scoresOf(*s, dimension)), scores);
}

void TestRfmBins::splitRuleStableOrder_data()
{
    QTest::addColumn<RfmDimension>("dimension");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<QList<double>>("cuts");
    const QList<double> values{2, 1, 2, 2, 1, 3, 2, 2, 1, 2};
    // Frequency, worst first: 1 (rows 1, 4, 8), 2 (rows 0, 2, 3, 6, 7, 9), 3 (row 5); two a score.
    QTest::newRow("frequency") << RfmDimension::Frequency << values
                               << QList<int>{2, 1, 3, 3, 1, 5, 4, 4, 2, 5}
                               << QList<double>{1, 2, 2, 2};
    // Recency, worst (most days) first: 3 (row 5), 2 (rows 0, 2, 3, 6, 7, 9), 1 (rows 1, 4, 8).
    QTest::newRow("recency") << RfmDimension::Recency << values
                             << QList<int>{1, 4, 2, 2, 5, 1, 3, 3, 5, 4}
                             << QList<double>{1, 2, 2, 2};
    QTest::newRow("fewer customers than bins") << RfmDimension::Monetary << QList<double>{5, 1, 3}
                                               << QList<int>{4, 1, 2} << QList<double>{3, 5, 5, 6};
}

void TestRfmBins::splitRuleStableOrder()
{
    QFETCH(RfmDimension, dimension);
    QFETCH(QList<double>, values);
    QFETCH(QList<int>, scores);
    QFETCH(QList<double>, cuts);
    RfmOptions o;
    o.ties = RfmTieRule::Split;
    auto s = RfmScores::compute(summaryOf(dimension, values), o);
    QVERIFY(s.ok());
    QCOMPARE(toList(scoresOf(*s, dimension)), scores);
    const RfmScores::Dimension &dim = s->dimension(dimension);
    QCOMPARE(QList<double>(dim.cuts.begin(), dim.cuts.end()), cuts);
}

void TestRfmBins::splitRuleEqualGroups()
{
    // Heavy ties (a few distinct values): every score still gets n / bins customers.
    QList<double> values;
    std::mt19937 random(7);
    for (int i = 0; i < 1000; ++i)
        values.append(double(1 + random() % 3));
    RfmOptions o;
    o.ties = RfmTieRule::Split;
    for (RfmDimension d : {RfmDimension::Recency, RfmDimension::Frequency,
                           RfmDimension::Monetary}) {
        auto s = RfmScores::compute(summaryOf(d, values), o);
        QVERIFY(s.ok());
        QCOMPARE(s->dimension(d).counts, (std::vector<qint64>{200, 200, 200, 200, 200}));
        // Better values never score lower.
        const auto &v = d == RfmDimension::Recency ? s->recency : d == RfmDimension::Frequency
                                                                      ? s->frequency : s->monetary;
        const auto &sc = scoresOf(*s, d);
        for (size_t i = 0; i < v.size(); ++i)
            for (size_t j = 0; j < v.size(); j += 37)
                if (d == RfmDimension::Recency ? v[i] < v[j] : v[i] > v[j])
                    QVERIFY(sc[i] >= sc[j]);
        QCOMPARE(s->warnings.size(), 0);
    }
    // Sizes differ by at most one (dplyr's ntile): 7 customers in 5 groups.
    auto s = RfmScores::compute(summaryOf(RfmDimension::Frequency, {1, 2, 3, 4, 5, 6, 7}), o);
    QVERIFY(s.ok());
    QCOMPARE(s->frequencyDimension.counts, (std::vector<qint64>{2, 1, 2, 1, 1}));
}

void TestRfmBins::histogramAndSortAgree()
{
    // Whole numbers in a short range go through a histogram, other values through
    // nth_element / radix sort: both must give the same cut points and scores, bit for bit.
    std::mt19937 random(11);
    std::geometric_distribution<int> counts(0.3);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (int series = 0; series < 3; ++series) {
        std::vector<double> values;
        for (int i = 0; i < 10007; ++i) {
            const double v = series == 0 ? double(1 + counts(random))        // frequencies
                             : series == 1 ? double(1 + random() % 1500)    // recency days
                                           : double(qint32(random() % 4001) - 2000); // refunds
            values.push_back(i % 97 == 0 ? nan : v); // some customers without a score
        }
        const qint64 count = std::count_if(values.begin(), values.end(),
                                           [](double v) { return !std::isnan(v); });
        double lo = 1e300, hi = -1e300;
        for (double v : values)
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        for (int bins : {2, 3, 5, 9}) {
            RfmBinning histogram(true), sorting(false);
            QVERIFY(histogram.shareCuts(values, count, bins, 1.0, lo, hi)
                    == sorting.shareCuts(values, count, bins, 1.0, lo, hi));
            for (bool higherIsBetter : {true, false}) {
                std::vector<quint8> a(values.size(), 0), b(values.size(), 0);
                QVERIFY(histogram.split(values, count, bins, higherIsBetter, lo, hi, a)
                        == sorting.split(values, count, bins, higherIsBetter, lo, hi, b));
                QVERIFY(a == b);
            }
        }
    }
}

void TestRfmBins::collapseWarnings()
{
    // docs/domain.md, "Pitfalls of other tools": "only 2 frequency bins", said in plain words.
    auto s = RfmScores::compute(
        summaryOf(RfmDimension::Frequency, {1, 1, 1, 1, 1, 1, 1, 2, 2, 2}), {});
    QVERIFY(s.ok());
    QCOMPARE(s->frequencyDimension.scoresUsed(), 2);
    QVERIFY2(allWarnings(*s).contains(QStringLiteral(
                 "Only 2 of the 5 frequency scores are used (empty: 2, 3, 5): the customers have "
                 "only 2 different frequency values, and customers with the same value share a "
                 "score.")),
             qPrintable(allWarnings(*s)));
    // Ties among many distinct values.
    s = RfmScores::compute(summaryOf(RfmDimension::Monetary,
                                     {5, 5, 5, 5, 5, 5, 5, 5, 1, 2, 3, 4, 6, 7, 8, 9}), {});
    QVERIFY(allWarnings(*s).contains(QStringLiteral(
        "many customers have the same or nearly the same monetary value")));
    // The split rule fills every score: no warning.
    RfmOptions split;
    split.ties = RfmTieRule::Split;
    s = RfmScores::compute(summaryOf(RfmDimension::Frequency, {1, 1, 1, 1, 1, 1, 1, 2, 2, 2}),
                           split);
    QCOMPARE(s->frequencyDimension.scoresUsed(), 5);
    QCOMPARE(allWarnings(*s), QString());
    // Fewer customers than scores: one sentence, not one per dimension.
    s = RfmScores::compute(summaryOf(RfmDimension::Frequency, {1, 2}), {});
    QCOMPARE(allWarnings(*s), QStringLiteral("Only 2 customers have purchases, fewer than the 5 "
                                             "scores, so some scores stay empty."));
}

void TestRfmBins::millionCustomers()
{
    const size_t n = 1000000;
    CustomerSummary sum;
    sum.asOfDay = kAsOf;
    sum.firstDay.assign(n, kAsOf - 2000);
    sum.lastDay.resize(n);
    sum.orders.resize(n);
    sum.purchaseDays.resize(n);
    sum.revenue.resize(n);
    std::mt19937 random(42);
    std::geometric_distribution<int> orders(0.4);
    std::lognormal_distribution<double> spend(4.0, 1.0);
    for (size_t i = 0; i < n; ++i) {
        sum.lastDay[i] = kAsOf - 1 - qint32(random() % 1500);
        sum.orders[i] = 1 + orders(random); // heavy ties, as in real data
        sum.purchaseDays[i] = sum.orders[i];
        sum.revenue[i] = std::round(spend(random) * 100.0 * sum.orders[i]) / 100.0;
    }
    sum.maxDay = kAsOf - 1;
    for (RfmTieRule rule : {RfmTieRule::Share, RfmTieRule::Split}) {
        RfmOptions o;
        o.ties = rule;
        // The first run pays for fresh memory (page faults); later runs reuse it.
        qint64 first = 0, best = std::numeric_limits<qint64>::max(), cpu = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t clock = std::clock();
            auto s = RfmScores::compute(sum, o);
            const qint64 ms = timer.elapsed();
            if (ms < best)
                cpu = qint64(std::clock() - clock) * 1000 / CLOCKS_PER_SEC;
            QVERIFY(s.ok());
            QCOMPARE(s->scoredCount, qint64(n));
            if (run == 0)
                first = ms;
            best = std::min(best, ms);
        }
        qInfo("RfmScores::compute, 1M customers, %s rule: %lld ms first run, %lld ms best of 3 "
              "(%lld ms CPU)", rule == RfmTieRule::Share ? "share" : "split", first, best, cpu);
        // Well under 0.3 s in a release build; the bound leaves room for sanitizers and load.
        QVERIFY2(best < 3000, qPrintable(QString::number(best)));
    }
    // Assigning the 1M customers to the 11 named segments.
    auto s = RfmScores::compute(sum, {});
    QElapsedTimer timer;
    timer.start();
    const RfmSegmentTable::Assignment a = RfmSegmentTable::defaultTable().assign(*s);
    qInfo("RfmSegmentTable::assign, 1M customers: %lld ms", timer.elapsed());
    QCOMPARE(qint64(a.segment.size()), qint64(n));
    QCOMPARE(a.unassigned + a.unscored, 0);
}

QTEST_GUILESS_MAIN(TestRfmBins)
#include "tst_rfmbins.moc"
