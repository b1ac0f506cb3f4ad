// SPDX-License-Identifier: GPL-3.0-or-later
// One segment per customer (core/segments/segmentassignment.*): the first matching segment in
// priority order wins under overlapping rules, counts add up, the overlap matrix and the
// explanations agree with a row-by-row evaluation written here, errors name the segment and the
// position, and cancellation stops the work.
#include "rulestestdata.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"
#include "base/taskcontrol.h"
#include "testsupport.h"

#include <QTest>

#include <atomic>
#include <functional>

using namespace Segmenta;
using namespace Segmenta::RulesTest;

using Predicate = std::function<bool(int)>;

namespace {

struct Case
{
    QString name;
    QString rule;
    Predicate holds;
};

Segmentation segmentationOf(const QList<Case> &cases)
{
    Segmentation s;
    for (const Case &c : cases) {
        Segment seg;
        seg.name = c.name;
        seg.rule = c.rule;
        s.segments.append(seg);
    }
    return s;
}

// Checks an assignment against the predicates, row by row.
void verifyAgainst(const SegmentAssignment &a, const QList<Case> &cases, int n)
{
    const qsizetype k = cases.size();
    QCOMPARE(a.segmentCount(), k);
    QCOMPARE(qsizetype(a.segment.size()), qsizetype(n));
    std::vector<qint64> counts(size_t(k), 0), overlaps(size_t(k * k), 0);
    qint64 unassigned = 0;
    std::vector<bool> held(static_cast<size_t>(k));
    for (int i = 0; i < n; ++i) {
        qint16 first = SegmentAssignment::kUnassigned;
        for (qsizetype s = 0; s < k; ++s) {
            held[size_t(s)] = cases[s].holds(i);
            if (held[size_t(s)] && first == SegmentAssignment::kUnassigned)
                first = qint16(s);
        }
        for (qsizetype s = 0; s < k; ++s)
            for (qsizetype t = 0; t < k; ++t)
                overlaps[size_t(s * k + t)] += held[size_t(s)] && held[size_t(t)];
        if (a.segment[size_t(i)] != first)
            QFAIL(qPrintable(QStringLiteral("customer %1: segment %2, expected %3")
                                 .arg(i).arg(a.segment[size_t(i)]).arg(first)));
        if (first == SegmentAssignment::kUnassigned)
            ++unassigned;
        else
            ++counts[size_t(first)];
    }
    QCOMPARE(a.unassigned, unassigned);
    qint64 total = a.unassigned;
    for (qsizetype s = 0; s < k; ++s) {
        QCOMPARE(a.counts[size_t(s)], counts[size_t(s)]);
        total += a.counts[size_t(s)];
    }
    QCOMPARE(total, qint64(n)); // every customer exactly once
    for (qsizetype s = 0; s < k; ++s)
        for (qsizetype t = 0; t < k; ++t)
            QCOMPARE(a.overlap(s, t), overlaps[size_t(s * k + t)]);
}

} // namespace

class TestSegmentAssignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overlapping_data();
    void overlapping();
    void workshop();
    void explain();
    void badRule_data();
    void badRule();
    void cancelled();
    void empty();

private:
    Dataset m_big;
    CustomerFields m_bigFields;
    QList<double> m_age, m_spend;
    QStringList m_city;
    Dataset m_shop;
    std::optional<CustomerAnalysis> m_analysis;
    CustomerFields m_shopFields;
};

constexpr int kBig = 150001; // three blocks, the last partial

void TestSegmentAssignment::initTestCase()
{
    const QStringList cities = {"北京", "上海", "广州", "深圳", ""};
    QStringList ids;
    for (int i = 0; i < kBig; ++i) {
        ids << QStringLiteral("K%1").arg(i);
        m_city << ((i % 13) == 0 ? QString() : cities[(i * 31) % 5]);
        m_age << ((i % 17) == 0 ? kNaN : double(16 + (i * 7) % 60));
        m_spend << double((i * 7919) % 10000) / 10.0;
    }
    Table customers(TableKind::Customers);
    customers.addColumn(textColumn("客户编号", Role::Customer, ids));
    customers.addColumn(textColumn("城市", Role::City, m_city));
    customers.addColumn(numberColumn("年龄", Role::Age, m_age));
    customers.addColumn(numberColumn("消费", Role::None, m_spend));
    m_big = Dataset::link(std::move(customers), Table(TableKind::Transactions));
    m_bigFields = CustomerFields::build(m_big, nullptr);

    m_shop = shop();
    auto analysis = analysed(m_shop);
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorString()));
    m_analysis = analysis.takeValue();
    m_shopFields = CustomerFields::build(m_shop, &*m_analysis);
}

Q_DECLARE_METATYPE(QList<Case>)

void TestSegmentAssignment::overlapping_data()
{
    QTest::addColumn<QList<Case>>("cases");
    const QStringList city = m_city;
    const QList<double> age = m_age, spend = m_spend;
    auto has = [](double v) { return !std::isnan(v); };
    const Case bigSpenders{"大客户", "消费 >= 800", [=](int i) { return spend[i] >= 800; }};
    const Case beijing{"北京客户", "城市 = \"北京\"", [=](int i) { return city[i] == "北京"; }};
    const Case young{"年轻人", "年龄 between 18 and 30",
                     [=](int i) { return has(age[i]) && age[i] >= 18 && age[i] <= 30; }};
    const Case south{"South", "城市 in (\"广州\", \"深圳\") or 消费 < 50",
                     [=](int i) { return city[i] == "广州" || city[i] == "深圳" || spend[i] < 50; }};
    const Case noCity{"No city", "城市 is missing", [=](int i) { return missing(city[i]); }};
    const Case everyone{"Everyone else", "not 年龄 is missing or 年龄 is missing",
                        [](int) { return true; }};
    const Case nobody{"Nobody", "消费 < 0", [](int) { return false; }};
    QTest::newRow("overlapping") << QList<Case>{bigSpenders, beijing, young, south, noCity};
    QTest::newRow("reversed priority") << QList<Case>{noCity, south, young, beijing, bigSpenders};
    QTest::newRow("catch-all last") << QList<Case>{beijing, young, nobody, everyone};
    QTest::newRow("catch-all first") << QList<Case>{everyone, beijing, young};
    QTest::newRow("same rule twice") << QList<Case>{young, {"年轻人 2", young.rule, young.holds}};
    QTest::newRow("one") << QList<Case>{south};
}

void TestSegmentAssignment::overlapping()
{
    QFETCH(QList<Case>, cases);
    TaskControl control;
    std::atomic<double> last{0};
    control.setProgressFunction([&last](double f) { last.store(f); });
    auto a = SegmentAssignment::assign(segmentationOf(cases), m_bigFields, &control);
    QVERIFY2(a.ok(), qPrintable(a.errorString()));
    verifyAgainst(*a, cases, kBig);
    QCOMPARE(last.load(), 1.0);
}

// Rules of a real workshop over the analysed shop: tiers, RFM, lifecycle, psychographics.
void TestSegmentAssignment::workshop()
{
    const CustomerAnalysis *a = &*m_analysis;
    auto tierIs = [a](int i, ValueTier t) { return a->pyramid.tierOf(i) == t; };
    const QList<Case> cases = {
        {"头部客户", "tier in (\"platinum\", \"gold\")",
         [=](int i) { return tierIs(i, ValueTier::Platinum) || tierIs(i, ValueTier::Gold); }},
        {"潮流年轻人", "生活方式 contains \"trend\" and 年龄 < 35",
         [](int i) {
             return kLifestyle[i].toLower().contains("trend") && !std::isnan(kAge[i])
                    && kAge[i] < 35;
         }},
        {"Win back", "lifecycle in (\"churned\", \"marginal\") or r <= 2",
         [a](int i) {
             return LifecycleStage(a->lifecycle.stage[i]) == LifecycleStage::Churned
                    || LifecycleStage(a->lifecycle.stage[i]) == LifecycleStage::Marginal
                    || (a->rfm.r[i] > 0 && a->rfm.r[i] <= 2);
         }},
        {"北京", "[城市] starts with \"北京\"", [](int i) { return kCities[i].startsWith("北京"); }},
    };
    auto result = SegmentAssignment::assign(segmentationOf(cases), m_shopFields);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    verifyAgainst(*result, cases, int(kIds.size()));
}

void TestSegmentAssignment::explain()
{
    const QList<Case> cases = {
        {"A", "城市 = \"北京\" and 年龄 > 30", {}},
        {"B", "年龄 > 30 or 消费 > 500", {}},
    };
    auto a = SegmentAssignment::assign(segmentationOf(cases), m_bigFields);
    QVERIFY(a.ok());
    for (int i = 0; i < 2000; ++i) {
        const bool bj = m_city[i] == "北京";
        const bool old = !std::isnan(m_age[i]) && m_age[i] > 30;
        const bool rich = m_spend[i] > 500;
        const auto e = a->explain(i);
        const qint16 want = bj && old ? 0 : (old || rich ? 1 : SegmentAssignment::kUnassigned);
        QCOMPARE(e.segment, want);
        QCOMPARE(e.matched.size(), size_t(2));
        QCOMPARE(bool(e.matched[0]), bj && old);
        QCOMPARE(bool(e.matched[1]), old || rich);
        QCOMPARE(e.conditions.size(), 2);
        QCOMPARE(e.conditions[0].size(), 2);
        QCOMPARE(e.conditions[0][0].text, QString("城市 = \"北京\""));
        QCOMPARE(e.conditions[0][0].held, bj);
        QCOMPARE(e.conditions[0][1].held, old);
        QCOMPARE(e.conditions[1][1].text, QString("消费 > 500"));
        QCOMPARE(e.conditions[1][1].held, rich);
        // The customer's own values, missing ones null (what the UI shows beside each test).
        QCOMPARE(e.conditions[0][0].field, QString("城市"));
        QCOMPARE(e.conditions[0][0].value.isNull(), m_city[i].isEmpty());
        if (!m_city[i].isEmpty())
            QCOMPARE(e.conditions[0][0].value.toString(), m_city[i]);
        QCOMPARE(e.conditions[0][1].field, QString("年龄"));
        QCOMPARE(e.conditions[0][1].value.isNull(), std::isnan(m_age[i]));
        if (!std::isnan(m_age[i]))
            QCOMPARE(e.conditions[0][1].value.toDouble(), m_age[i]);
        QCOMPARE(e.conditions[1][1].value.toDouble(), m_spend[i]);
    }
    QCOMPARE(a->explain(-1).segment, SegmentAssignment::kUnassigned);
    QVERIFY(a->explain(kBig).matched.empty());
}

void TestSegmentAssignment::badRule_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("position");
    QTest::newRow("syntax") << "年龄 > 30 and" << "rule-syntax" << 12;
    QTest::newRow("type") << "城市 > \"北京\"" << "rule-type" << 4;
    QTest::newRow("field") << "年令 > 3" << "rule-type" << 1;
}

void TestSegmentAssignment::badRule()
{
    QFETCH(QString, rule);
    QFETCH(QString, code);
    QFETCH(int, position);
    const QList<Case> cases = {{"好的", "年龄 > 3", {}}, {"坏的", rule, {}}};
    auto a = SegmentAssignment::assign(segmentationOf(cases), m_bigFields);
    QVERIFY(!a.ok());
    const Message &m = a.error();
    QCOMPARE(QString::fromLatin1(m.code()), code);
    QCOMPARE(m.args().value(0), QString("坏的"));
    QCOMPARE(m.args().value(1), QString::number(position));
    const QString text = m.toString();
    QVERIFY2(text.startsWith(QStringLiteral("Segment “坏的”, position %1: ").arg(position)),
             qPrintable(text));
    QVERIFY2(!text.contains("Position"), qPrintable(text));
}

void TestSegmentAssignment::cancelled()
{
    TaskControl control;
    control.requestCancel();
    auto a = SegmentAssignment::assign(segmentationOf({{"A", "年龄 > 3", {}}}), m_bigFields,
                                       &control);
    QVERIFY(!a.ok());
    QCOMPARE(QByteArray(a.error().code()), QByteArray("cancelled"));
}

void TestSegmentAssignment::empty()
{
    auto a = SegmentAssignment::assign(Segmentation(), m_bigFields);
    QVERIFY(a.ok());
    QCOMPARE(a->segmentCount(), 0);
    QCOMPARE(a->unassigned, qint64(kBig));
    QVERIFY(a->overlaps.empty());
}

QTEST_GUILESS_MAIN(TestSegmentAssignment)
#include "tst_segmentassignment.moc"
