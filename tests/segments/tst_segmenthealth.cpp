// SPDX-License-Identifier: GPL-3.0-or-later
// Health checks (core/segments/segmenthealth.*, docs/health-checks.md): every check fires on
// a scenario built to trigger it, with its numbers, and stays quiet on the healthy baseline and
// just inside its threshold. The analysis is filled in by hand so each number is known here.
#include "analysis/customeranalysis.h"
#include "segments/rules/customerfields.h"
#include "healthtestdata.h"
#include "segments/rules/rulefieldkind.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"
#include "segments/segmenthealth.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

namespace {

constexpr int kCustomers = 20;

qint32 day(const char *iso)
{
    return Column::toDays(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
}

// c01..c20 with an assets, income, signup date, product and lifestyle column; one order each,
// the last on 2024-06-30.
Dataset loadData()
{
    QByteArray customers = "customer,assets,年收入,signup_date,产品,lifestyle\n";
    QByteArray orders = "customer,date,amount\n";
    for (int i = 1; i <= kCustomers; ++i) {
        const QByteArray id = "c" + QByteArray::number(i).rightJustified(2, '0');
        customers += id + "," + QByteArray::number(i * 1000) + "," + QByteArray::number(i * 500)
                     + ",2020-01-" + QByteArray::number(i).rightJustified(2, '0')
                     + ",fund,saver\n";
        orders += id + ",2024-06-" + QByteArray::number(10 + i) + ",100\n";
    }
    return HealthTest::importCsv(customers, orders);
}

Segment segment(const QString &name, const QString &objective, double forecast = qQNaN())
{
    Segment s;
    s.name = name;
    s.rule = QStringLiteral("true");
    s.objective = objective;
    s.forecastResponse = forecast;
    return s;
}

// The healthy baseline: "High value" = rows 0..9, "Everyone else" = rows 10..17, rows 18 and
// 19 unassigned (10 %). Tiers: row 0 platinum, 1..4 gold, 5..9 iron, the rest lead; growth all
// stable. In "High value", rows 0..3 bought within the horizon, 4..9 last in 2022; purchase
// probabilities 0.5 0.5 0.3 0.3 and 0.1 × 6 (mean 0.22); so it has shown max(0.4, 0.22) = 0.4
// and its forecast of 0.40 is fine.
struct Fixture
{
    Dataset data;
    Segmentation segmentation;
    SegmentAssignment assignment;
    CustomerAnalysis analysis;
    QList<QStringList> ruleFields;
    HealthOptions options;

    Fixture()
    {
        data = loadData();
        segmentation.segments = {segment(QStringLiteral("High value"),
                                         QStringLiteral("Keep them buying"), 0.40),
                                 segment(QStringLiteral("Everyone else"),
                                         QStringLiteral("Sell the starter offer"))};
        assignment.segment.assign(kCustomers, SegmentAssignment::kUnassigned);
        for (int i = 0; i < 10; ++i)
            assignment.segment[size_t(i)] = 0;
        for (int i = 10; i < 18; ++i)
            assignment.segment[size_t(i)] = 1;
        recount();
        ruleFields = {{QStringLiteral("tier"), QStringLiteral("lifestyle")},
                      {QStringLiteral("recency")}};

        analysis.summary.asOfDay = day("2024-07-01");
        analysis.summary.lastDay.assign(kCustomers, day("2024-06-15"));
        for (int i = 4; i < 10; ++i)
            analysis.summary.lastDay[size_t(i)] = day("2022-01-01");
        analysis.options.unit = TimeUnit::Week;
        LifetimeResult life;
        life.scored = true;
        life.horizon = 52; // weeks: the comparable period is 364 days
        life.purchaseProbability.assign(kCustomers, 0.1);
        life.purchaseProbability[0] = life.purchaseProbability[1] = 0.5;
        life.purchaseProbability[2] = life.purchaseProbability[3] = 0.3;
        analysis.lifetime = life;
        analysis.pyramid.tier.assign(kCustomers, qint8(ValueTier::Lead));
        analysis.pyramid.tier[0] = qint8(ValueTier::Platinum);
        for (int i = 1; i < 5; ++i)
            analysis.pyramid.tier[size_t(i)] = qint8(ValueTier::Gold);
        for (int i = 5; i < 10; ++i)
            analysis.pyramid.tier[size_t(i)] = qint8(ValueTier::Iron);
        analysis.growth.growthClass.assign(kCustomers, quint8(GrowthClass::Stable));
        ActivityAssets aa;
        aa.activityBand.assign(kCustomers, 3);
        aa.assetBand.assign(kCustomers, 3);
        aa.totalProfit = 100;
        aa.frequentLowAssetShare = 0.10;
        analysis.activityAssets = aa;

        options.today = day("2024-07-10");
        options.lastUsedDay = day("2024-07-01");
        options.lastRefreshDay = day("2024-07-01");
    }

    // Counts, unassigned and a diagonal overlap matrix from the per-customer vector.
    void recount()
    {
        const size_t k = size_t(segmentation.size());
        assignment.counts.assign(k, 0);
        assignment.unassigned = 0;
        for (qint16 s : assignment.segment)
            s < 0 ? ++assignment.unassigned : ++assignment.counts[size_t(s)];
        assignment.overlaps.assign(k * k, 0);
        for (size_t i = 0; i < k; ++i)
            assignment.overlaps[i * k + i] = assignment.counts[i];
    }

    void setFrequentLowAsset(int from, int to, double share)
    {
        for (int i = from; i <= to; ++i) {
            analysis.activityAssets->activityBand[size_t(i)] = 5;
            analysis.activityAssets->assetBand[size_t(i)] = 1;
        }
        analysis.activityAssets->frequentLowAssetShare = share;
    }
};

void apply(Fixture &f, const QString &scenario)
{
    auto is = [&scenario](const char *s) { return scenario == QLatin1StringView(s); };
    if (is("healthy")) {
    } else if (is("no objective")) {
        f.segmentation.segments[1].objective.clear();
    } else if (is("blank objective")) {
        f.segmentation.segments[0].objective = QStringLiteral("  ");
    } else if (is("never used")) {
        f.options.lastUsedDay = Column::kMissingDate;
    } else if (is("stale data and segments")) {
        f.options.today = day("2024-12-01"); // 154 days after the last order, 153 after refresh
    } else if (is("stale at exactly 90 days")) {
        f.options.today = day("2024-09-28"); // 90 days after the last order: not more than 90
    } else if (is("stale days 5")) {
        f.options.staleDays = 5; // 10 days since the last order, 9 since the refresh
    } else if (is("refresh unknown")) {
        f.options.lastRefreshDay = Column::kMissingDate;
        f.options.today = day("2024-09-01"); // 63 days: data fresh, refresh not known
    } else if (is("product only")) {
        f.ruleFields[1] = {QStringLiteral("产品")};
    } else if (is("assets only")) {
        f.ruleFields[0] = {QStringLiteral("assets"), QStringLiteral("年收入")};
    } else if (is("signup only")) {
        f.ruleFields[1] = {QStringLiteral("signup_date")};
    } else if (is("product and tier")) {
        f.ruleFields[1] = {QStringLiteral("产品"), QStringLiteral("tier")};
    } else if (is("assets and product")) {
        f.ruleFields[0] = {QStringLiteral("assets"), QStringLiteral("产品")};
    } else if (is("too optimistic")) {
        f.segmentation.segments[0].forecastResponse = 0.45;
    } else if (is("optimistic within tolerance")) {
        f.segmentation.segments[0].forecastResponse = 0.419;
    } else if (is("optimistic without lifetime")) {
        f.segmentation.segments[0].forecastResponse = 0.45;
        f.analysis.lifetime.reset(); // only what they bought, over 365 days
    } else if (is("optimistic against probability")) {
        // Nobody bought within the horizon: the benchmark is the mean probability 0.22.
        for (int i = 0; i < 4; ++i)
            f.analysis.summary.lastDay[size_t(i)] = day("2021-05-05");
        f.segmentation.segments[0].forecastResponse = 0.25;
    } else if (is("declining high value")) {
        for (int i : {0, 1, 2})
            f.analysis.growth.growthClass[size_t(i)] = quint8(GrowthClass::Declining);
    } else if (is("declining but rule uses trend")) {
        for (int i : {0, 1, 2})
            f.analysis.growth.growthClass[size_t(i)] = quint8(GrowthClass::Declining);
        f.ruleFields[1] = {QStringLiteral("trend"), QStringLiteral("recency")};
    } else if (is("two declining")) {
        for (int i : {0, 1})
            f.analysis.growth.growthClass[size_t(i)] = quint8(GrowthClass::Declining);
    } else if (is("declining low tiers")) {
        for (int i = 5; i < 20; ++i)
            f.analysis.growth.growthClass[size_t(i)] = quint8(GrowthClass::Declining);
    } else if (is("frequent low asset in lead")) {
        f.setFrequentLowAsset(10, 13, 0.55);
    } else if (is("frequent low asset half low")) {
        f.setFrequentLowAsset(3, 6, 0.40); // rows 3, 4 gold; 5, 6 iron
    } else if (is("frequent low asset high tiers")) {
        f.setFrequentLowAsset(0, 3, 0.55);
    } else if (is("frequent low asset small share")) {
        f.setFrequentLowAsset(10, 13, 0.29);
    } else if (is("count mismatch")) {
        f.assignment.counts[0] = 11;
    } else if (is("invalid segment number")) {
        f.assignment.segment[5] = 7;
    } else if (is("customer missing")) {
        f.assignment.segment.pop_back();
    } else if (is("empty segment")) {
        f.segmentation.segments.append(segment(QStringLiteral("Dormant"), QStringLiteral("Win back")));
        f.ruleFields.append(QStringList{QStringLiteral("recency")});
        f.recount();
    } else if (is("shadowed segment")) {
        f.segmentation.segments.append(segment(QStringLiteral("Dormant"), QStringLiteral("Win back")));
        f.ruleFields.append(QStringList{QStringLiteral("recency")});
        f.recount();
        f.assignment.overlaps[2 * 3 + 2] = 5;
    } else if (is("many unassigned")) {
        for (int i = 12; i < 18; ++i)
            f.assignment.segment[size_t(i)] = SegmentAssignment::kUnassigned;
        f.recount(); // 8 of 20
    } else if (is("unassigned at threshold")) {
        for (int i = 15; i < 18; ++i)
            f.assignment.segment[size_t(i)] = SegmentAssignment::kUnassigned;
        f.recount(); // 5 of 20 = 25 %: not more than 25 %
    } else if (is("no segments")) {
        f.segmentation.segments.clear();
        f.ruleFields.clear();
        f.assignment.segment.assign(kCustomers, SegmentAssignment::kUnassigned);
        f.recount();
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown scenario ") + scenario));
    }
}

} // namespace

class TestSegmentHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checks_data();
    void checks();
    void fieldKinds_data();
    void fieldKinds();
    void rulesFromAssignment();
};

void TestSegmentHealth::initTestCase()
{
    QCOMPARE(loadData().customerCount(), kCustomers);
}

void TestSegmentHealth::checks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("codes");   // expected, in order
    QTest::addColumn<QString>("segment");     // of the finding checked below
    QTest::addColumn<QJsonObject>("numbers"); // expected numbers of codes.first()
    QTest::addColumn<QString>("fragment");    // in its English reason

    using O = QJsonObject;
    auto row = [](const char *name, const QStringList &codes, const QString &segment = {},
                  const QJsonObject &numbers = {}, const QString &fragment = {}) {
        QTest::newRow(name) << QString::fromLatin1(name) << codes << segment << numbers
                            << fragment;
    };
    row("healthy", {});
    row("no objective", {"no-objective"}, "Everyone else", O{}, "“Everyone else” has no objective");
    row("blank objective", {"no-objective"}, "High value");
    row("never used", {"never-used"}, {}, O{{"segments", 2}}, "exported from its 2 segments");
    row("stale data and segments", {"stale-refresh", "stale-data"}, {},
        O{{"days", 153}, {"last_refresh", "2024-07-01"}, {"stale_days", 90}},
        "153 days before 2024-12-01");
    row("stale at exactly 90 days", {});
    row("stale days 5", {"stale-refresh", "stale-data"}, {}, O{{"days", 9}, {"stale_days", 5}});
    row("refresh unknown", {});
    row("product only", {"product-only"}, "Everyone else",
        O{{"fields", QJsonArray{"产品"}}, {"customers", 8}}, "only by the product bought (产品)");
    row("assets only", {"assets-only"}, "High value", O{{"customers", 10}},
        "only by assets (assets, 年收入)");
    row("signup only", {"signup-only"}, "Everyone else", O{}, "only by signup date (signup_date)");
    row("product and tier", {});
    row("assets and product", {});
    row("too optimistic", {"too-optimistic"}, "High value",
        O{{"forecast_response", 0.45}, {"customers", 10}, {"bought_last_period", 4},
          {"bought_share", 0.4}, {"mean_purchase_probability", 0.22}, {"period_days", 364},
          {"shown", 0.4}},
        "plans for a 45.0 % response, but its customers' mean purchase probability is 22.0 % "
        "and 40.0 % of them bought in the last 364 days");
    row("optimistic within tolerance", {});
    row("optimistic without lifetime", {"too-optimistic"}, "High value",
        O{{"bought_share", 0.4}, {"period_days", 365}, {"shown", 0.4}},
        "only 40.0 % of its customers bought in the last 365 days");
    row("optimistic against probability", {"too-optimistic"}, "High value",
        O{{"bought_last_period", 0}, {"bought_share", 0.0}, {"shown", 0.22}});
    row("declining high value", {"ignores-growth"}, {},
        O{{"high_value_customers", 5}, {"declining", 3}, {"share", 0.6}},
        "3 of the 5 platinum and gold customers (60.0 %) are declining");
    row("declining but rule uses trend", {});
    row("two declining", {});
    row("declining low tiers", {});
    row("frequent low asset in lead", {"frequent-low-asset-low-tier"}, {},
        O{{"customers", 4}, {"in_low_tier", 4}, {"low_tier_share", 1.0}, {"profit_share", 0.55}},
        "bring 55.0 % of the profit (4 customers), but 100.0 % of them");
    row("frequent low asset half low", {"frequent-low-asset-low-tier"}, {},
        O{{"customers", 4}, {"in_low_tier", 2}, {"low_tier_share", 0.5}});
    row("frequent low asset high tiers", {});
    row("frequent low asset small share", {});
    row("count mismatch", {"not-exclusive"}, {},
        O{{"customers", 20}, {"assigned", 19}, {"unassigned", 2}, {"invalid", 0},
          {"mismatched_counts", 1}},
        "20 customers, but 19 assigned plus 2 unassigned");
    row("invalid segment number", {"not-exclusive"}, {},
        O{{"assigned", 18}, {"invalid", 1}, {"mismatched_counts", 1}});
    row("customer missing", {"not-exclusive"}, {}, O{{"entries", 19}, {"customers", 20}});
    row("empty segment", {"empty-segment"}, "Dormant", O{{"customers", 0}, {"matching", 0}},
        "its rule matches nobody");
    row("shadowed segment", {"empty-segment"}, "Dormant", O{{"matching", 5}},
        "the 5 customers its rule matches are all taken by segments above it");
    row("many unassigned", {"many-unassigned"}, {},
        O{{"unassigned", 8}, {"customers", 20}, {"share", 0.4}, {"threshold", 0.25}},
        "40.0 % of the customers (8 of 20) are in no segment");
    row("unassigned at threshold", {});
    row("no segments", {"no-segments"}, {}, O{{"customers", 20}});
}

void TestSegmentHealth::checks()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, codes);
    QFETCH(QString, segment);
    QFETCH(QJsonObject, numbers);
    QFETCH(QString, fragment);

    Fixture f;
    apply(f, scenario);
    const CustomerFields fields = CustomerFields::build(f.data, nullptr);
    HealthInput input;
    input.data = &f.data;
    input.segmentation = &f.segmentation;
    input.assignment = &f.assignment;
    input.analysis = &f.analysis;
    input.fields = &fields;
    input.ruleFields = f.ruleFields;
    const QList<HealthFinding> findings = SegmentHealth::run(input, f.options);

    QStringList got;
    for (const HealthFinding &h : findings)
        got << h.code;
    QCOMPARE(got, codes);
    if (codes.isEmpty())
        return;
    const HealthFinding &h = findings.first();
    QCOMPARE(h.segment, segment);
    QCOMPARE(h.severity, h.code == u"not-exclusive" ? HealthSeverity::Error
                                                    : HealthSeverity::Warning);
    QCOMPARE(QString::fromLatin1(h.reason.context()), QStringLiteral("Segmenta::Health"));
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        QVERIFY2(h.numbers.contains(it.key()), qPrintable(it.key()));
        const QJsonValue v = h.numbers.value(it.key());
        if (it.value().isDouble())
            QVERIFY2(Test::fuzzyEqual(v.toDouble(), it.value().toDouble()),
                     qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(v.toDouble())));
        else
            QCOMPARE(v, it.value());
    }
    if (!fragment.isEmpty())
        QVERIFY2(h.reason.toString().contains(fragment), qPrintable(h.reason.toString()));
    const QJsonObject json = h.toJson();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), h.code);
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), h.reason.toString());
    QCOMPARE(json.contains(QStringLiteral("segment")), !segment.isEmpty());
}

void TestSegmentHealth::fieldKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withFields");
    QTest::addColumn<QString>("kind");
    // Resolved against the fixture's columns (roles from the importer) or by name alone.
    QTest::newRow("assets role") << "assets" << true << "assets";
    QTest::newRow("income header") << "年收入" << true << "assets";
    QTest::newRow("signup role") << "signup_date" << true << "signup_date";
    QTest::newRow("product header") << "产品" << true << "product";
    QTest::newRow("psychographic") << "lifestyle" << true << "other";
    QTest::newRow("tier measure") << "tier" << true << "other";
    QTest::newRow("trend measure") << "trend" << true << "growth";
    QTest::newRow("clv measure") << "clv" << true << "growth";
    QTest::newRow("purchase probability") << "purchase_probability" << false << "growth";
    QTest::newRow("category") << "Product Category" << false << "product";
    QTest::newRow("customer category") << "customer category" << false << "other";
    QTest::newRow("客户类别") << "客户类别" << false << "other";
    QTest::newRow("品类") << "最近购买品类" << false << "product";
    QTest::newRow("注册日期") << "注册日期" << false << "signup_date";
    QTest::newRow("开户") << "开户时间" << false << "signup_date";
    QTest::newRow("资产") << "总资产" << false << "assets";
    QTest::newRow("wealth") << "Wealth band" << false << "assets";
    QTest::newRow("region") << "region" << false << "other";
}

void TestSegmentHealth::fieldKinds()
{
    QFETCH(QString, name);
    QFETCH(bool, withFields);
    QFETCH(QString, kind);
    Fixture f;
    const CustomerFields fields = CustomerFields::build(f.data, &f.analysis);
    QCOMPARE(ruleFieldKindName(ruleFieldKind(name, withFields ? &fields : nullptr)), kind);
}

// Without explicit rule fields the checks read SegmentRule::fieldNames() of the compiled rules.
void TestSegmentHealth::rulesFromAssignment()
{
    Fixture f;
    const CustomerFields fields = CustomerFields::build(f.data, nullptr);
    f.segmentation.segments[0].rule = QStringLiteral("assets > 5000 and [年收入] > 100");
    f.segmentation.segments[1].rule = QStringLiteral("lifestyle = \"saver\"");
    auto assigned = SegmentAssignment::assign(f.segmentation, fields);
    QVERIFY2(assigned.ok(), qPrintable(assigned.errorString()));
    HealthInput input;
    input.data = &f.data;
    input.segmentation = &f.segmentation;
    input.assignment = &*assigned;
    input.fields = &fields;
    const QList<HealthFinding> findings = SegmentHealth::run(input, f.options);
    QStringList got;
    for (const HealthFinding &h : findings)
        got << h.code + u':' + h.segment;
    // Rows 5..19 have assets above 5000 (6000..20000): all 15 in "High value", the other 5
    // are savers: nobody unassigned.
    QCOMPARE(got, QStringList{QStringLiteral("assets-only:High value")});
    QCOMPARE(assigned->counts, (std::vector<qint64>{15, 5}));
}

QTEST_GUILESS_MAIN(TestSegmentHealth)
#include "tst_segmenthealth.moc"
