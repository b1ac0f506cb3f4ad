// SPDX-License-Identifier: GPL-3.0-or-later
// AnalysisOptions::toJson: the record of which options produced an analysis.
#include "analysis/customeranalysis.h"
#include "analysis/clv/purchasemodel.h"

#include <QJsonArray>

#include <cmath>

namespace Segmenta {

namespace {

QJsonValue day(qint32 d)
{
    return d == Column::kMissingDate ? QJsonValue() : QJsonValue(Column::fromDays(d).toString(Qt::ISODate));
}

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonObject clusterOptionsJson(const KMeansClustering::Options &o)
{
    // threads is left out: it changes how fast the clusters are found, not which.
    return {{QStringLiteral("min_k"), o.minK},
            {QStringLiteral("max_k"), o.maxK},
            {QStringLiteral("restarts"), o.restarts},
            {QStringLiteral("max_iterations"), o.maxIterations},
            {QStringLiteral("seed"), QString::number(o.seed)},
            {QStringLiteral("silhouette_sample"), o.silhouetteSample},
            {QStringLiteral("restart_sample"), o.restartSample}};
}

} // namespace

QJsonObject AnalysisOptions::toJson() const
{
    const QJsonObject lifetimeJson{{QStringLiteral("horizon"), lifetime.horizon},
                                   {QStringLiteral("model"), purchaseModelName(lifetime.model)},
                                   {QStringLiteral("holdout_from"), day(lifetime.holdoutFromDay)},
                                   {QStringLiteral("margin_rate"), finite(lifetime.marginRate)},
                                   {QStringLiteral("annual_discount_rate"), lifetime.annualDiscountRate}};
    QJsonObject out{{QStringLiteral("as_of"), day(asOfDay)},
                    {QStringLiteral("time_unit"), timeUnitName(unit)},
                    {QStringLiteral("value"), valueBasisName(valueBasis)},
                    {QStringLiteral("rfm"), rfm.toJson()},
                    {QStringLiteral("rfm_segments"), rfmSegments.toJson()},
                    {QStringLiteral("pyramid"), pyramid.toJson()},
                    {QStringLiteral("lifetime"), lifetimeJson},
                    {QStringLiteral("value_groups"), valueGroups.toJson()},
                    {QStringLiteral("lifecycle"), lifecycle.toJson()},
                    {QStringLiteral("growth"), growth.toJson()},
                    {QStringLiteral("activity_assets"), activityAssets.toJson()},
                    {QStringLiteral("clusters"), clusters}};
    if (clusters)
        out.insert(QStringLiteral("cluster_options"), clusterOptionsJson(clusterOptions));
    return out;
}

} // namespace Segmenta
