// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/customerpyramid.h"

#include "base/memoryadvice.h"
#include "analysis/measures/paretocurve.h"
#include "base/prefetch.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

Message settingsError(const char *source, QStringList args)
{
    return Message(kContext, source, std::move(args)).withCode("pyramid-settings");
}

using TierEnds = std::array<qint64, kValueTierCount>;

// Rows ahead in value order whose columns are prefetched: they are scattered over the customer
// columns, and this far ahead hides a cache miss.
constexpr qint64 kPrefetchRows = 16;

// end[t]: one past the last ranked position (of n) in tier t or better.
TierEnds tierEnds(const PyramidOptions &options, qint64 n)
{
    TierEnds end{};
    double cumulative = 0;
    for (size_t t = 0; t < kValueTierCount; ++t) {
        cumulative += options.percents[t];
        end[t] = t + 1 == kValueTierCount
                     ? n
                     : std::clamp<qint64>(std::llround(double(n) * cumulative / 100.0), 0, n);
        if (t > 0)
            end[t] = std::max(end[t], end[t - 1]);
    }
    return end;
}

// Each ranked customer's tier and the tiers' sums, means and shares.
void fillTiers(const std::vector<double> &values, const std::vector<qint32> &orders,
               const std::vector<qint32> &ranking, const TierEnds &end, CustomerPyramid &r)
{
    const qint64 n = qint64(ranking.size());
    std::array<qint64, kValueTierCount> orderSum{};
    qint64 pos = 0;
    for (size_t t = 0; t < kValueTierCount; ++t) {
        CustomerPyramid::Tier &info = r.tiers[t];
        info.tier = ValueTier(t);
        for (; pos < end[t]; ++pos) {
            if (pos + kPrefetchRows < n) {
                const size_t ahead = size_t(ranking[size_t(pos + kPrefetchRows)]);
                prefetchRead(&values[ahead]);
                prefetchWrite(&r.tier[ahead]);
                if (!orders.empty())
                    prefetchRead(&orders[ahead]);
            }
            const size_t row = size_t(ranking[size_t(pos)]);
            const double v = values[row];
            r.tier[row] = qint8(t);
            if (info.customers == 0)
                info.maxValue = v;
            info.minValue = v;
            ++info.customers;
            info.value += v;
            if (!orders.empty())
                orderSum[t] += orders[row];
        }
        r.totalValue += info.value;
    }
    for (size_t t = 0; t < kValueTierCount; ++t) {
        CustomerPyramid::Tier &info = r.tiers[t];
        info.valueShare = r.totalValue != 0 ? info.value / r.totalValue : 0.0;
        if (info.customers > 0) {
            info.meanValue = info.value / double(info.customers);
            info.meanOrders = double(orderSum[t]) / double(info.customers);
        }
    }
}

// Equal values on both sides of a boundary. A run of equal values is counted once even when it
// spans several boundaries (e.g. a whole tier of equal values).
void findBoundaryTies(const std::vector<double> &values, const std::vector<qint32> &ranking,
                      const TierEnds &end, CustomerPyramid &r)
{
    const qint64 n = qint64(ranking.size());
    auto valueAt = [&](qint64 p) { return values[size_t(ranking[size_t(p)])]; };
    auto tierAt = [&](qint64 p) { return ValueTier(r.tier[size_t(ranking[size_t(p)])]); };
    qint64 lastRunStart = -1;
    for (size_t t = 0; t + 1 < kValueTierCount; ++t) {
        const qint64 p = end[t];
        if (p <= 0 || p >= n || (t > 0 && end[t - 1] == p) || valueAt(p - 1) != valueAt(p))
            continue;
        const double v = valueAt(p);
        qint64 lo = p - 1, hi = p;
        while (lo > 0 && valueAt(lo - 1) == v)
            --lo;
        while (hi + 1 < n && valueAt(hi + 1) == v)
            ++hi;
        CustomerPyramid::BoundaryTie tie;
        tie.upper = tierAt(p - 1);
        tie.lower = tierAt(p);
        tie.value = v;
        for (qint64 q = lo; q <= hi; ++q) {
            const ValueTier at = tierAt(q);
            tie.customersAbove += at == tie.upper;
            tie.customersBelow += at == tie.lower;
        }
        r.boundaryTies.append(tie);
        if (lo != lastRunStart)
            r.tiedAtBoundaries += hi - lo + 1;
        lastRunStart = lo;
    }
}

} // namespace

Status PyramidOptions::validate() const
{
    double sum = 0;
    for (ValueTier t : kValueTiers) {
        const double p = percents[size_t(t)];
        if (!std::isfinite(p) || p < 0 || p > 100)
            return settingsError(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "The size of the %1 tier must be a "
                                                   "percentage from 0 to 100."),
                                 {valueTierName(t)});
        sum += p;
    }
    if (std::fabs(sum - 100.0) > kSumTolerance)
        return settingsError(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The tier sizes add up to %1 %, not 100 %."),
                             {QString::number(sum, 'g', 10)});
    return Status::success();
}

QJsonObject PyramidOptions::toJson() const
{
    QJsonObject p;
    for (ValueTier t : kValueTiers)
        p.insert(valueTierName(t), percents[size_t(t)]);
    return {{QStringLiteral("percents"), p}};
}

Result<PyramidOptions> PyramidOptions::fromJson(const QJsonObject &json)
{
    PyramidOptions o;
    const QJsonObject p = json.value(QStringLiteral("percents")).toObject();
    for (ValueTier t : kValueTiers) {
        const QJsonValue v = p.value(valueTierName(t));
        if (v.isUndefined())
            continue;
        if (!v.isDouble())
            return settingsError(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "The size of the %1 tier must be a "
                                                   "percentage from 0 to 100."),
                                 {valueTierName(t)});
        o.percents[size_t(t)] = v.toDouble();
    }
    if (Status s = o.validate(); !s)
        return s.error();
    return o;
}

std::optional<ValueTier> CustomerPyramid::tierOf(qsizetype row) const
{
    const qint8 t = tier[size_t(row)];
    return t == kUnranked ? std::nullopt : std::optional<ValueTier>(ValueTier(t));
}

Result<CustomerPyramid> CustomerPyramid::compute(const std::vector<double> &values,
                                                 const std::vector<qint32> &orders,
                                                 const PyramidOptions &options,
                                                 const std::vector<char> *include)
{
    if (Status s = options.validate(); !s)
        return s.error();
    if ((!orders.empty() && orders.size() != values.size())
        || (include && include->size() != values.size()))
        return settingsError(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The pyramid needs one value per customer."),
                             {});

    CustomerPyramid r;
    r.options = options;
    MemoryAdvice::assign(r.tier, values.size(), kUnranked);
    const std::vector<qint32> ranking = ParetoCurve::rankDescending(values, include);
    const qint64 n = qint64(ranking.size());
    r.ranked = n;
    r.unranked = qint64(values.size()) - n;
    const TierEnds end = tierEnds(options, n);
    fillTiers(values, orders, ranking, end, r);
    findBoundaryTies(values, ranking, end, r);

    if (r.tiedAtBoundaries > 0)
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "%1 customers share a value with a customer "
                                                 "in the neighbouring tier. Tier sizes follow "
                                                 "the cut-offs exactly, so equal values are "
                                                 "ranked by their order in the customer list."),
                               {QString::number(r.tiedAtBoundaries)}));
    if (r.unranked > 0)
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "%1 customers have no value and no tier."),
                               {QString::number(r.unranked)}));
    return r;
}

QJsonObject CustomerPyramid::toJson() const
{
    QJsonArray tierArray;
    for (const Tier &t : tiers)
        tierArray.append(QJsonObject{{QStringLiteral("tier"), valueTierName(t.tier)},
                                     {QStringLiteral("customers"), t.customers},
                                     {QStringLiteral("value"), t.value},
                                     {QStringLiteral("value_share"), t.valueShare},
                                     {QStringLiteral("mean_value"), t.meanValue},
                                     {QStringLiteral("mean_orders"), t.meanOrders},
                                     {QStringLiteral("min_value"), t.minValue},
                                     {QStringLiteral("max_value"), t.maxValue}});
    QJsonArray ties;
    for (const BoundaryTie &b : boundaryTies)
        ties.append(QJsonObject{{QStringLiteral("upper"), valueTierName(b.upper)},
                                {QStringLiteral("lower"), valueTierName(b.lower)},
                                {QStringLiteral("value"), b.value},
                                {QStringLiteral("customers_above"), b.customersAbove},
                                {QStringLiteral("customers_below"), b.customersBelow}});
    QJsonArray texts;
    for (const Message &m : notes)
        texts.append(m.toString());
    return {{QStringLiteral("options"), options.toJson()},
            {QStringLiteral("tiers"), tierArray},
            {QStringLiteral("ranked"), ranked},
            {QStringLiteral("unranked"), unranked},
            {QStringLiteral("total_value"), totalValue},
            {QStringLiteral("boundary_ties"), ties},
            {QStringLiteral("tied_at_boundaries"), tiedAtBoundaries},
            {QStringLiteral("notes"), texts}};
}

} // namespace Segmenta
