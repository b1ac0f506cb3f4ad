// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/groupvalue.h"

#include "analysis/customeranalysis.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

void addIfKnown(const std::vector<double> &v, qsizetype row, double &sum, qint64 &count)
{
    if (size_t(row) < v.size() && std::isfinite(v[size_t(row)])) {
        sum += v[size_t(row)];
        ++count;
    }
}

double meanOf(double sum, qint64 count)
{
    return count > 0 ? sum / double(count) : std::numeric_limits<double>::quiet_NaN();
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

CustomerValues CustomerValues::fromAnalysis(const CustomerAnalysis &analysis)
{
    CustomerValues v;
    v.tier = analysis.pyramid.tier;
    v.revenue = analysis.summary.revenue;
    v.lifecycle = analysis.lifecycle.stage;
    if (analysis.lifetime && analysis.lifetime->scored) {
        v.clv = analysis.lifetime->clv;
        v.pAlive = analysis.lifetime->pAlive;
        v.purchaseProbability = analysis.lifetime->purchaseProbability;
    }
    return v;
}

void GroupValue::add(const CustomerValues &values, qsizetype row)
{
    ++customers;
    const size_t r = size_t(row);
    if (r < values.tier.size() && values.tier[r] >= 0 && values.tier[r] < kValueTierCount)
        ++tiers[size_t(values.tier[r])];
    if (r < values.lifecycle.size() && values.lifecycle[r] < kStages)
        ++stages[values.lifecycle[r]];
    if (r < values.revenue.size() && std::isfinite(values.revenue[r]))
        revenue += values.revenue[r];
    addIfKnown(values.clv, row, m_clvSum, m_clvCount);
    addIfKnown(values.pAlive, row, m_aliveSum, m_aliveCount);
    addIfKnown(values.purchaseProbability, row, m_buySum, m_buyCount);
}

void GroupValue::finish(double totalRevenue)
{
    meanClv = meanOf(m_clvSum, m_clvCount);
    meanPAlive = meanOf(m_aliveSum, m_aliveCount);
    meanPurchaseProbability = meanOf(m_buySum, m_buyCount);
    revenueShare = totalRevenue != 0 ? revenue / totalRevenue : 0.0;
}

QJsonObject GroupValue::toJson() const
{
    QJsonObject tierMix;
    for (int t = 0; t < kValueTierCount; ++t)
        tierMix.insert(valueTierName(ValueTier(t)), customers > 0 ? double(tiers[size_t(t)]) / double(customers) : 0.0);
    QJsonObject lifecycleMix;
    for (int s = 0; s < kStages; ++s) {
        lifecycleMix.insert(lifecycleStageName(LifecycleStage(s)),
                            customers > 0 ? double(stages[size_t(s)]) / double(customers) : 0.0);
    }
    return {{QStringLiteral("customers"), customers},
            {QStringLiteral("tier_mix"), tierMix},
            {QStringLiteral("lifecycle_mix"), lifecycleMix},
            {QStringLiteral("mean_clv"), jsonNumber(meanClv)},
            {QStringLiteral("mean_p_alive"), jsonNumber(meanPAlive)},
            {QStringLiteral("mean_purchase_probability"), jsonNumber(meanPurchaseProbability)},
            {QStringLiteral("revenue"), revenue},
            {QStringLiteral("revenue_share"), revenueShare}};
}

} // namespace Segmenta
