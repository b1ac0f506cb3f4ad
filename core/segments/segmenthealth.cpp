// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/segmenthealth.h"

#include "analysis/customeranalysis.h"
#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "segments/rules/rulefieldkind.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"
#include "analysis/measures/summarycolumns.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Health";

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1);
}

QString dateText(qint32 day)
{
    return Column::fromDays(day).toString(Qt::ISODate);
}

HealthFinding finding(const char *code, const QString &segment, Message reason,
                      QJsonObject numbers, HealthSeverity severity = HealthSeverity::Warning)
{
    return {QString::fromLatin1(code), severity, segment, std::move(reason), std::move(numbers)};
}

qint32 lastOrderDay(const Dataset &data)
{
    // A warehouse summary keeps each customer's last purchase instead of the orders.
    const Column *dates = SummaryColumns::present(data)
                              ? SummaryColumns::find(data, SummaryColumns::LastPurchase)
                              : data.transactions.find(Role::Date);
    if (!dates || dates->type() != ColumnType::Date)
        return Column::kMissingDate;
    qint32 last = Column::kMissingDate;
    for (qint32 d : dates->days())
        last = std::max(last, d); // kMissingDate is the smallest qint32
    return last;
}

// The checks share one pass over what is given; each adds its findings to out.
class Checker
{
public:
    Checker(const HealthInput &in, const HealthOptions &o, QList<HealthFinding> &out)
        : m_in(in), m_o(o), m_out(out), m_n(in.data->customerCount()),
          m_k(in.segmentation->size())
    {
        m_today = o.today != Column::kMissingDate ? o.today
                                                  : Column::toDays(QDate::currentDate());
        const SegmentAssignment &a = *in.assignment;
        m_exclusive = checkExclusive(a);
        if (!in.ruleFields.isEmpty())
            m_ruleFields = in.ruleFields;
        else if (qsizetype(a.rules.size()) == m_k)
            for (const SegmentRule &r : a.rules)
                m_ruleFields.append(r.fieldNames());
        if (m_ruleFields.size() != m_k)
            m_ruleFields.clear(); // unknown: the field checks are skipped
    }

    void run()
    {
        const bool segments = m_k > 0;
        if (!segments)
            m_out.append(finding("no-segments", {},
                                 Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Health",
                                     "The project has no segments yet: define segments, each "
                                     "with an objective, before planning campaigns.")),
                                 {{QStringLiteral("customers"), m_n}}));
        if (segments)
            checkUse();
        checkStaleData();
        if (segments) {
            m_out.append(m_exclusiveFindings);
            if (m_exclusive)
                checkUnassigned();
            checkGrowth();
        }
        checkFrequentLowAsset();
        for (qsizetype i = 0; i < m_k; ++i)
            checkSegment(i);
    }

private:
    bool checkExclusive(const SegmentAssignment &a);
    void checkUse();
    void checkStaleData();
    void checkUnassigned();
    void checkGrowth();
    void checkFrequentLowAsset();
    void checkSegment(qsizetype i);
    void checkRuleKinds(qsizetype i, const QString &name);
    void checkForecast(qsizetype i, const Segment &s);

    const HealthInput &m_in;
    const HealthOptions &m_o;
    QList<HealthFinding> &m_out;
    QList<HealthFinding> m_exclusiveFindings;
    qsizetype m_n = 0;
    qsizetype m_k = 0;
    qint32 m_today = 0;
    bool m_exclusive = false;
    QList<QStringList> m_ruleFields;
};

// Every customer in exactly one segment or unassigned (docs/domain.md, "A customer in two
// segments"): the per-customer vector has one valid entry per customer, and the counts agree with
// it and add up.
bool Checker::checkExclusive(const SegmentAssignment &a)
{
    qint64 invalid = 0;
    std::vector<qint64> recount(size_t(std::max<qsizetype>(m_k, 0)), 0);
    qint64 recountUnassigned = 0;
    for (qint16 s : a.segment) {
        if (s == SegmentAssignment::kUnassigned)
            ++recountUnassigned;
        else if (s < 0 || s >= m_k)
            ++invalid;
        else
            ++recount[size_t(s)];
    }
    qint64 assigned = 0;
    for (qint64 c : a.counts)
        assigned += c;
    qint64 mismatched = 0;
    for (qsizetype i = 0; i < m_k; ++i)
        if (i >= qsizetype(a.counts.size()) || a.counts[size_t(i)] != recount[size_t(i)])
            ++mismatched;
    const bool ok = qsizetype(a.segment.size()) == m_n && qsizetype(a.counts.size()) == m_k
                    && invalid == 0 && mismatched == 0 && recountUnassigned == a.unassigned
                    && assigned + a.unassigned == m_n;
    if (!ok)
        m_exclusiveFindings.append(finding(
            "not-exclusive", {},
            Message(kContext,
                    QT_TRANSLATE_NOOP("Segmenta::Health",
                                      "Customers are not each in exactly one segment: %1 "
                                      "customers, but %2 assigned plus %3 unassigned, %4 "
                                      "invalid segment numbers and %5 segment counts that do "
                                      "not match. A customer could appear on two target lists."),
                    {QString::number(m_n), QString::number(assigned),
                     QString::number(a.unassigned), QString::number(invalid),
                     QString::number(mismatched)}),
            {{QStringLiteral("customers"), m_n},
             {QStringLiteral("assigned"), assigned},
             {QStringLiteral("unassigned"), a.unassigned},
             {QStringLiteral("entries"), qint64(a.segment.size())},
             {QStringLiteral("invalid"), invalid},
             {QStringLiteral("mismatched_counts"), mismatched}},
            HealthSeverity::Error));
    return ok;
}

void Checker::checkUse()
{
    if (m_o.lastUsedDay == Column::kMissingDate)
        m_out.append(finding("never-used", {},
                             Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Health",
                                 "The segmentation has never been used: no target list was "
                                 "exported from its %1 segments."),
                                     {QString::number(m_k)}),
                             {{QStringLiteral("segments"), m_k}}));
    if (m_o.lastRefreshDay != Column::kMissingDate) {
        const qint64 days = qint64(m_today) - m_o.lastRefreshDay;
        if (days > m_o.staleDays)
            m_out.append(finding(
                "stale-refresh", {},
                Message(kContext,
                        QT_TRANSLATE_NOOP("Segmenta::Health",
                                          "The segments were last refreshed on %1, %2 days "
                                          "before %3 (more than %4 days): customers have moved "
                                          "since."),
                        {dateText(m_o.lastRefreshDay), QString::number(days), dateText(m_today),
                         QString::number(m_o.staleDays)}),
                {{QStringLiteral("last_refresh"), dateText(m_o.lastRefreshDay)},
                 {QStringLiteral("today"), dateText(m_today)},
                 {QStringLiteral("days"), days},
                 {QStringLiteral("stale_days"), m_o.staleDays}}));
    }
}

void Checker::checkStaleData()
{
    const qint32 last = lastOrderDay(*m_in.data);
    if (last == Column::kMissingDate)
        return;
    const qint64 days = qint64(m_today) - last;
    if (days <= m_o.staleDays)
        return;
    m_out.append(finding(
        "stale-data", {},
        Message(kContext,
                QT_TRANSLATE_NOOP("Segmenta::Health",
                                  "The data is stale: the last order is from %1, %2 days before "
                                  "%3 (more than %4 days). Import recent orders before acting "
                                  "on these segments."),
                {dateText(last), QString::number(days), dateText(m_today),
                 QString::number(m_o.staleDays)}),
        {{QStringLiteral("last_order"), dateText(last)},
         {QStringLiteral("today"), dateText(m_today)},
         {QStringLiteral("days"), days},
         {QStringLiteral("stale_days"), m_o.staleDays}}));
}

void Checker::checkUnassigned()
{
    const qint64 unassigned = m_in.assignment->unassigned;
    if (m_n == 0)
        return;
    const double share = double(unassigned) / double(m_n);
    if (share <= m_o.unassignedShare)
        return;
    m_out.append(finding(
        "many-unassigned", {},
        Message(kContext,
                QT_TRANSLATE_NOOP("Segmenta::Health",
                                  "%1 % of the customers (%2 of %3) are in no segment (more "
                                  "than %4 %): give them a segment of their own or widen the "
                                  "rules."),
                {percent(share), QString::number(unassigned), QString::number(m_n),
                 percent(m_o.unassignedShare)}),
        {{QStringLiteral("customers"), m_n},
         {QStringLiteral("unassigned"), unassigned},
         {QStringLiteral("share"), share},
         {QStringLiteral("threshold"), m_o.unassignedShare}}));
}

void Checker::checkGrowth()
{
    const CustomerAnalysis *a = m_in.analysis;
    if (!a || m_ruleFields.isEmpty() || qsizetype(a->pyramid.tier.size()) != m_n
        || qsizetype(a->growth.growthClass.size()) != m_n)
        return;
    for (const QStringList &fields : m_ruleFields)
        for (const QString &f : fields)
            if (ruleFieldKind(f, m_in.fields) == RuleFieldKind::Growth)
                return;
    qint64 high = 0;
    qint64 declining = 0;
    for (qsizetype i = 0; i < m_n; ++i) {
        const qint8 t = a->pyramid.tier[size_t(i)];
        if (t != qint8(ValueTier::Platinum) && t != qint8(ValueTier::Gold))
            continue;
        ++high;
        if (a->growth.growthClass[size_t(i)] == quint8(GrowthClass::Declining))
            ++declining;
    }
    if (high == 0 || declining < m_o.decliningHighValueMinimum)
        return;
    const double share = double(declining) / double(high);
    if (share < m_o.decliningHighValueShare)
        return;
    m_out.append(finding(
        "ignores-growth", {},
        Message(kContext,
                QT_TRANSLATE_NOOP("Segmenta::Health",
                                  "%1 of the %2 platinum and gold customers (%3 %) are "
                                  "declining, but no segment rule uses a growth measure "
                                  "(growth, trend, lifecycle, value_group, p_alive, "
                                  "purchase_probability, clv)."),
                {QString::number(declining), QString::number(high), percent(share)}),
        {{QStringLiteral("high_value_customers"), high},
         {QStringLiteral("declining"), declining},
         {QStringLiteral("share"), share},
         {QStringLiteral("threshold"), m_o.decliningHighValueShare},
         {QStringLiteral("minimum"), m_o.decliningHighValueMinimum}}));
}

void Checker::checkFrequentLowAsset()
{
    const CustomerAnalysis *a = m_in.analysis;
    if (!a || !a->activityAssets || qsizetype(a->pyramid.tier.size()) != m_n)
        return;
    const ActivityAssets &aa = *a->activityAssets;
    if (aa.totalProfit <= 0 || aa.frequentLowAssetShare < m_o.frequentLowAssetProfitShare
        || qsizetype(aa.activityBand.size()) != m_n || qsizetype(aa.assetBand.size()) != m_n)
        return;
    qint64 frequentLowAsset = 0;
    qint64 lowTier = 0;
    for (qsizetype i = 0; i < m_n; ++i) {
        const int activity = aa.activityBand[size_t(i)];
        const int assets = aa.assetBand[size_t(i)];
        if (activity < aa.options.frequentFromBand || assets < 1
            || assets > aa.options.lowAssetToBand)
            continue;
        ++frequentLowAsset;
        const qint8 t = a->pyramid.tier[size_t(i)];
        if (t == qint8(ValueTier::Iron) || t == qint8(ValueTier::Lead))
            ++lowTier;
    }
    if (frequentLowAsset == 0)
        return;
    const double lowShare = double(lowTier) / double(frequentLowAsset);
    if (lowShare < m_o.frequentLowAssetLowTierShare)
        return;
    m_out.append(finding(
        "frequent-low-asset-low-tier", {},
        Message(kContext,
                QT_TRANSLATE_NOOP("Segmenta::Health",
                                  "Frequent low-asset customers bring %1 % of the profit (%2 "
                                  "customers), but %3 % of them sit in the iron or lead tier."),
                {percent(aa.frequentLowAssetShare), QString::number(frequentLowAsset),
                 percent(lowShare)}),
        {{QStringLiteral("customers"), frequentLowAsset},
         {QStringLiteral("profit_share"), aa.frequentLowAssetShare},
         {QStringLiteral("in_low_tier"), lowTier},
         {QStringLiteral("low_tier_share"), lowShare},
         {QStringLiteral("profit_threshold"), m_o.frequentLowAssetProfitShare},
         {QStringLiteral("low_tier_threshold"), m_o.frequentLowAssetLowTierShare}}));
}

void Checker::checkSegment(qsizetype i)
{
    const Segment &s = m_in.segmentation->segments[i];
    const SegmentAssignment &a = *m_in.assignment;
    if (s.objective.trimmed().isEmpty())
        m_out.append(finding("no-objective", s.name,
                             Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Health",
                                 "Segment “%1” has no objective: write down what it is for and "
                                 "what sales should achieve with it."),
                                     {s.name}),
                             QJsonObject()));
    if (m_exclusive && a.counts[size_t(i)] == 0) {
        const bool overlaps = a.overlaps.size() == size_t(m_k * m_k);
        const qint64 matching = overlaps ? a.overlap(i, i) : 0;
        Message reason(kContext, QT_TRANSLATE_NOOP("Segmenta::Health",
                           "Segment “%1” has no customers: its rule matches nobody."),
                       {s.name});
        if (matching > 0)
            reason = Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Health",
                                 "Segment “%1” has no customers: the %2 customers its rule "
                                 "matches are all taken by segments above it."),
                             {s.name, QString::number(matching)});
        m_out.append(finding("empty-segment", s.name, std::move(reason),
                             {{QStringLiteral("customers"), 0},
                              {QStringLiteral("matching"), matching}}));
    }
    checkRuleKinds(i, s.name);
    checkForecast(i, s);
}

// A segment whose every field is of one kind (product, assets, signup date) is defined by that
// alone (docs/domain.md, "Segmenting by product", "… by assets", "… by signup date").
void Checker::checkRuleKinds(qsizetype i, const QString &name)
{
    if (m_ruleFields.isEmpty() || m_ruleFields[i].isEmpty())
        return;
    const QStringList &fields = m_ruleFields[i];
    const RuleFieldKind kind = ruleFieldKind(fields.first(), m_in.fields);
    for (const QString &f : fields)
        if (ruleFieldKind(f, m_in.fields) != kind)
            return;
    const QString list = fields.join(QStringLiteral(", "));
    const QJsonObject numbers{{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                              {QStringLiteral("customers"),
                               m_exclusive ? m_in.assignment->counts[size_t(i)] : 0}};
    struct OneKind
    {
        RuleFieldKind kind;
        const char *code;
        const char *text;
    };
    static const OneKind kinds[] = {
        {RuleFieldKind::Product, "product-only",
         QT_TRANSLATE_NOOP("Segmenta::Health",
                           "Segment “%1” is defined only by the product bought (%2): it labels "
                           "products, not customers.")},
        {RuleFieldKind::Assets, "assets-only",
         QT_TRANSLATE_NOOP("Segmenta::Health",
                           "Segment “%1” is defined only by assets (%2): assets show the "
                           "ability to pay, not the wish to buy.")},
        {RuleFieldKind::SignupDate, "signup-only",
         QT_TRANSLATE_NOOP("Segmenta::Health",
                           "Segment “%1” is defined only by signup date (%2): when customers "
                           "arrived says little about what they need.")}};
    for (const OneKind &k : kinds)
        if (k.kind == kind)
            m_out.append(finding(k.code, name, Message(kContext, k.text, {name, list}), numbers));
}

// Too optimistic (docs/domain.md, "Too optimistic a forecast"): the planned response against the
// best the segment has shown, max(mean purchase probability over the horizon, share of its
// customers who bought in the last comparable period).
void Checker::checkForecast(qsizetype i, const Segment &s)
{
    const CustomerAnalysis *a = m_in.analysis;
    if (!std::isfinite(s.forecastResponse) || !a || !m_exclusive
        || qsizetype(a->summary.lastDay.size()) != m_n)
        return;
    const bool scored = a->lifetime && a->lifetime->scored
                        && qsizetype(a->lifetime->purchaseProbability.size()) == m_n;
    qint64 period = m_o.comparablePeriodDays;
    if (period <= 0)
        period = a->lifetime ? qint64(std::llround(a->lifetime->horizon
                                                   * daysPerUnit(a->options.unit)))
                             : 365;
    if (period <= 0)
        period = 365;
    const qint64 from = qint64(a->summary.asOfDay) - period;
    qint64 customers = 0;
    qint64 bought = 0;
    double probability = 0;
    const std::vector<qint16> &seg = m_in.assignment->segment;
    for (qsizetype c = 0; c < m_n; ++c) {
        if (seg[size_t(c)] != i)
            continue;
        ++customers;
        const qint32 last = a->summary.lastDay[size_t(c)];
        if (last != Column::kMissingDate && last >= from)
            ++bought;
        if (scored)
            probability += a->lifetime->purchaseProbability[size_t(c)];
    }
    if (customers == 0)
        return;
    const double boughtShare = double(bought) / double(customers);
    const double meanProbability = scored ? probability / double(customers) : 0.0;
    const double shown = std::max(boughtShare, meanProbability);
    if (s.forecastResponse <= shown + m_o.optimismTolerance)
        return;
    QJsonObject numbers{{QStringLiteral("forecast_response"), s.forecastResponse},
                        {QStringLiteral("customers"), customers},
                        {QStringLiteral("bought_last_period"), bought},
                        {QStringLiteral("bought_share"), boughtShare},
                        {QStringLiteral("period_days"), period},
                        {QStringLiteral("shown"), shown},
                        {QStringLiteral("tolerance"), m_o.optimismTolerance}};
    Message reason;
    if (scored) {
        numbers.insert(QStringLiteral("mean_purchase_probability"), meanProbability);
        reason = Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Health",
                             "Segment “%1” plans for a %2 % response, but its customers' mean "
                             "purchase probability is %3 % and %4 % of them bought in the last "
                             "%5 days."),
                         {s.name, percent(s.forecastResponse), percent(meanProbability),
                          percent(boughtShare), QString::number(period)});
    } else {
        reason = Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Health",
                             "Segment “%1” plans for a %2 % response, but only %3 % of its "
                             "customers bought in the last %4 days."),
                         {s.name, percent(s.forecastResponse), percent(boughtShare),
                          QString::number(period)});
    }
    m_out.append(finding("too-optimistic", s.name, std::move(reason), std::move(numbers)));
}

} // namespace

QList<HealthFinding> SegmentHealth::run(const HealthInput &input, const HealthOptions &options)
{
    QList<HealthFinding> out;
    if (!input.data || !input.segmentation || !input.assignment)
        return out;
    Checker(input, options, out).run();
    return out;
}

} // namespace Segmenta
