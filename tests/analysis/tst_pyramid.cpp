// SPDX-License-Identifier: GPL-3.0-or-later
// The customer pyramid (core/analysis/measures/customerpyramid.*, core/data/valuetier.h): tier
// sizes, per-tier figures, ties at boundaries, cut-off validation.
#include "analysis/measures/customerpyramid.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Segmenta;

Q_DECLARE_METATYPE(ValueTier)

class TestPyramid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tierNames_data();
    void tierNames();
    void tierSizes_data();
    void tierSizes();
    void perTier();
    void tiesAtBoundaries();
    void tieSpanningTwoBoundaries();
    void unrankedAndNegative();
    void cutOffs_data();
    void cutOffs();
    void json();
};

void TestPyramid::tierNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ValueTier>("tier");
    QTest::newRow("platinum") << "platinum" << true << ValueTier::Platinum;
    QTest::newRow("Gold") << "Gold" << true << ValueTier::Gold;
    QTest::newRow("IRON spaced") << " IRON " << true << ValueTier::Iron;
    QTest::newRow("lEaD") << "lEaD" << true << ValueTier::Lead;
    QTest::newRow("bronze") << "bronze" << false << ValueTier::Lead;
    QTest::newRow("empty") << "" << false << ValueTier::Lead;
}

void TestPyramid::tierNames()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(ValueTier, tier);
    ValueTier parsed = ValueTier::Lead;
    QCOMPARE(valueTierFromName(text, parsed), ok);
    QCOMPARE(parsed, tier);
    if (ok)
        QCOMPARE(valueTierName(tier), text.trimmed().toLower());
}

void TestPyramid::tierSizes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<double>>("percents");
    QTest::addColumn<QList<qint64>>("sizes");
    const QList<double> seed{1, 4, 15, 80};
    // round(n × cumulative) with halves away from zero: n = 10 gives 0.1, 0.5, 2 -> 0, 1, 2.
    QTest::newRow("0") << 0 << seed << QList<qint64>{0, 0, 0, 0};
    QTest::newRow("1") << 1 << seed << QList<qint64>{0, 0, 0, 1};
    QTest::newRow("10") << 10 << seed << QList<qint64>{0, 1, 1, 8};
    QTest::newRow("50: halves up") << 50 << seed << QList<qint64>{1, 2, 7, 40};
    QTest::newRow("100") << 100 << seed << QList<qint64>{1, 4, 15, 80};
    QTest::newRow("4372") << 4372 << seed << QList<qint64>{44, 175, 655, 3498};
    QTest::newRow("10 custom") << 10 << QList<double>{10, 20, 30, 40} << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("empty tiers") << 7 << QList<double>{0, 0, 50, 50} << QList<qint64>{0, 0, 4, 3};
    QTest::newRow("decimal cut-offs") << 1000 << QList<double>{0.5, 4.5, 15.1, 79.9}
                                      << QList<qint64>{5, 45, 151, 799};
}

void TestPyramid::tierSizes()
{
    QFETCH(int, n);
    QFETCH(QList<double>, percents);
    QFETCH(QList<qint64>, sizes);
    std::vector<double> values(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        values[size_t(i)] = (i * 7919) % 1000 + i * 1e-6; // distinct, in no order
    PyramidOptions o;
    std::copy(percents.begin(), percents.end(), o.percents.begin());
    auto p = CustomerPyramid::compute(values, {}, o);
    QVERIFY2(p.ok(), qPrintable(p.errorString()));
    QCOMPARE(p->ranked, qint64(n));
    for (ValueTier t : kValueTiers)
        QCOMPARE(p->tierInfo(t).customers, sizes[qsizetype(t)]);
    QCOMPARE(p->tiedAtBoundaries, 0);
    // Every customer of a better tier has a larger value than every one of a worse tier.
    for (size_t a = 0; a < values.size(); ++a)
        for (size_t b = 0; b < values.size() && n <= 100; ++b)
            if (p->tier[a] < p->tier[b])
                QVERIFY(values[a] > values[b]);
}

void TestPyramid::perTier()
{
    // Values 100, 90, ..., 10 in reverse row order; orders = value / 10. Cut-offs 10/20/30/40.
    std::vector<double> values;
    std::vector<qint32> orders;
    for (int v = 10; v <= 100; v += 10) {
        values.push_back(v);
        orders.push_back(v / 10);
    }
    PyramidOptions o;
    o.percents = {10, 20, 30, 40};
    auto p = CustomerPyramid::compute(values, orders, o);
    QVERIFY(p.ok());
    QCOMPARE(p->totalValue, 550.0);
    const struct
    {
        qint64 customers;
        double value, meanOrders, minValue, maxValue;
    } expected[] = {{1, 100, 10, 100, 100},
                    {2, 170, 8.5, 80, 90},
                    {3, 180, 6, 50, 70},
                    {4, 100, 2.5, 10, 40}};
    for (ValueTier t : kValueTiers) {
        const CustomerPyramid::Tier &info = p->tierInfo(t);
        const auto &e = expected[size_t(t)];
        QCOMPARE(info.tier, t);
        QCOMPARE(info.customers, e.customers);
        QCOMPARE(info.value, e.value);
        QVERIFY(Test::fuzzyEqual(info.valueShare, e.value / 550.0, 1e-15));
        QVERIFY(Test::fuzzyEqual(info.meanValue, e.value / double(e.customers), 1e-15));
        QCOMPARE(info.meanOrders, e.meanOrders);
        QCOMPARE(info.minValue, e.minValue);
        QCOMPARE(info.maxValue, e.maxValue);
    }
    QCOMPARE(p->tierOf(9), ValueTier::Platinum); // value 100 is the last row
    QCOMPARE(p->tierOf(0), ValueTier::Lead);
    QVERIFY(p->notes.isEmpty());
}

void TestPyramid::tiesAtBoundaries()
{
    // Sorted: 9 (r2) | 7 (r1) 7 (r3) | 7 (r6) 4 (r0) 4 (r4) | 4 (r7) 4 (r9) 1 (r5) 1 (r8).
    const std::vector<double> values{4, 7, 9, 7, 4, 1, 7, 4, 1, 4};
    PyramidOptions o;
    o.percents = {10, 20, 30, 40};
    auto p = CustomerPyramid::compute(values, {}, o);
    QVERIFY(p.ok());
    const ValueTier expected[] = {ValueTier::Iron, ValueTier::Gold, ValueTier::Platinum,
                                  ValueTier::Gold, ValueTier::Iron, ValueTier::Lead,
                                  ValueTier::Iron, ValueTier::Lead, ValueTier::Lead,
                                  ValueTier::Lead};
    for (int row = 0; row < 10; ++row)
        QCOMPARE(*p->tierOf(row), expected[row]);
    QCOMPARE(p->boundaryTies.size(), 2);
    const CustomerPyramid::BoundaryTie &goldIron = p->boundaryTies[0];
    QCOMPARE(goldIron.upper, ValueTier::Gold);
    QCOMPARE(goldIron.lower, ValueTier::Iron);
    QCOMPARE(goldIron.value, 7.0);
    QCOMPARE(goldIron.customersAbove, 2);
    QCOMPARE(goldIron.customersBelow, 1);
    const CustomerPyramid::BoundaryTie &ironLead = p->boundaryTies[1];
    QCOMPARE(ironLead.upper, ValueTier::Iron);
    QCOMPARE(ironLead.lower, ValueTier::Lead);
    QCOMPARE(ironLead.value, 4.0);
    QCOMPARE(ironLead.customersAbove, 2);
    QCOMPARE(ironLead.customersBelow, 2);
    QCOMPARE(p->tiedAtBoundaries, 7);
    QCOMPARE(p->notes.size(), 1);
    QVERIFY(p->notes.front().toString().startsWith("7 customers share a value"));
}

void TestPyramid::tieSpanningTwoBoundaries()
{
    // Ten equal values, default cut-offs: sizes 0 / 1 / 1 / 8; one run over both boundaries.
    auto p = CustomerPyramid::compute(std::vector<double>(10, 3.0), {});
    QVERIFY(p.ok());
    QCOMPARE(*p->tierOf(0), ValueTier::Gold);
    QCOMPARE(*p->tierOf(1), ValueTier::Iron);
    QCOMPARE(*p->tierOf(2), ValueTier::Lead);
    QCOMPARE(p->boundaryTies.size(), 2);
    QCOMPARE(p->tiedAtBoundaries, 10);
    // All zero: the same, and shares stay 0.
    auto zero = CustomerPyramid::compute(std::vector<double>(10, 0.0), {});
    QCOMPARE(zero->tierInfo(ValueTier::Lead).valueShare, 0.0);
    QCOMPARE(zero->tiedAtBoundaries, 10);
}

void TestPyramid::unrankedAndNegative()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Profit as the value: losses rank last; NaN and left-out customers get no tier.
    const std::vector<double> values{-50, nan, 0, 200, -10, 30};
    const std::vector<char> include{1, 1, 1, 1, 1, 0};
    const std::vector<qint32> orders{1, 0, 0, 6, 2, 3};
    PyramidOptions o;
    o.percents = {25, 25, 25, 25}; // n = 4: 1 each
    auto p = CustomerPyramid::compute(values, orders, o, &include);
    QVERIFY(p.ok());
    QCOMPARE(p->ranked, 4);
    QCOMPARE(p->unranked, 2);
    QVERIFY(!p->isRanked(1));
    QVERIFY(!p->tierOf(5).has_value());
    QCOMPARE(*p->tierOf(3), ValueTier::Platinum);
    QCOMPARE(*p->tierOf(2), ValueTier::Gold);
    QCOMPARE(*p->tierOf(4), ValueTier::Iron);
    QCOMPARE(*p->tierOf(0), ValueTier::Lead);
    QCOMPARE(p->totalValue, 140.0);
    QVERIFY(Test::fuzzyEqual(p->tierInfo(ValueTier::Lead).valueShare, -50.0 / 140, 1e-15));
    QCOMPARE(p->tierInfo(ValueTier::Iron).meanOrders, 2.0);
    QCOMPARE(p->notes.size(), 1); // unranked

    // n = 1 with the default cut-offs: lead.
    auto one = CustomerPyramid::compute({5.0}, {2});
    QCOMPARE(*one->tierOf(0), ValueTier::Lead);
    QCOMPARE(one->tierInfo(ValueTier::Lead).meanOrders, 2.0);
    // n = 0.
    auto none = CustomerPyramid::compute({}, {});
    QVERIFY(none.ok());
    QCOMPARE(none->ranked, 0);
    QCOMPARE(none->tierInfo(ValueTier::Platinum).meanValue, 0.0);
}

void TestPyramid::cutOffs_data()
{
    QTest::addColumn<QList<double>>("percents");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("seed") << QList<double>{1, 4, 15, 80} << true << "";
    QTest::newRow("decimals") << QList<double>{0.1, 0.2, 19.7, 80} << true << "";
    QTest::newRow("sum 99") << QList<double>{1, 4, 15, 79} << false
                            << "The tier sizes add up to 99 %, not 100 %.";
    QTest::newRow("sum 120") << QList<double>{5, 15, 20, 80} << false
                             << "The tier sizes add up to 120 %, not 100 %.";
    QTest::newRow("negative") << QList<double>{-1, 6, 15, 80} << false
                              << "The size of the platinum tier must be a percentage from 0 to "
                                 "100.";
    QTest::newRow("nan") << QList<double>{1, 4, std::nan(""), 80} << false
                         << "The size of the iron tier must be a percentage from 0 to 100.";
}

void TestPyramid::cutOffs()
{
    QFETCH(QList<double>, percents);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    PyramidOptions o;
    std::copy(percents.begin(), percents.end(), o.percents.begin());
    QCOMPARE(o.validate().ok(), ok);
    auto p = CustomerPyramid::compute({1, 2, 3}, {}, o);
    QCOMPARE(p.ok(), ok);
    if (!ok) {
        QCOMPARE(p.errorString(), message);
        QCOMPARE(QByteArray(p.error().code()), QByteArray("pyramid-settings"));
    }
}

void TestPyramid::json()
{
    PyramidOptions o;
    o.percents = {2, 8, 20, 70};
    auto back = PyramidOptions::fromJson(o.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->percents, o.percents);
    QCOMPARE(PyramidOptions::fromJson({})->percents, PyramidOptions().percents);
    QVERIFY(!PyramidOptions::fromJson(QJsonObject{{"percents", QJsonObject{{"lead", 50}}}}).ok());
    auto bad = CustomerPyramid::compute({1, 2}, {1});
    QVERIFY(!bad.ok());

    const std::vector<double> values{4, 7, 9, 7, 4, 1, 7, 4, 1, 4};
    const QJsonObject j = CustomerPyramid::compute(values, {}, *back)->toJson();
    const QJsonArray tiers = j.value("tiers").toArray();
    QCOMPARE(tiers.size(), 4);
    QCOMPARE(tiers.at(0).toObject().value("tier").toString(), "platinum");
    QCOMPARE(tiers.at(3).toObject().value("customers").toInteger(), 7);
    QCOMPARE(j.value("ranked").toInteger(), 10);
    QCOMPARE(j.value("tied_at_boundaries").toInteger(), 3);
    QCOMPARE(j.value("options").toObject().value("percents").toObject().value("iron").toDouble(),
             20.0);
}

QTEST_GUILESS_MAIN(TestPyramid)
#include "tst_pyramid.moc"
