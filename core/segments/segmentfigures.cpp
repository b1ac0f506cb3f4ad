// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/segmentfigures.h"

#include "analysis/customeranalysis.h"
#include "data/dataset.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"

#include <QJsonObject>

#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

SegmentFigures SegmentFigures::compute(const Dataset &data, const CustomerAnalysis &analysis,
                                       const Segmentation &segmentation,
                                       const SegmentAssignment &assignment)
{
    SegmentFigures out;
    const size_t k = size_t(segmentation.size());
    out.rows.resize(k + 1);
    for (size_t s = 0; s < k; ++s)
        out.rows[s].name = segmentation.segments[qsizetype(s)].name;

    const Column *cost = data.customers.find(Role::CostToServe);
    out.hasCostToServe = cost && cost->type() == ColumnType::Number;
    const bool scored = analysis.lifetime && analysis.lifetime->scored;
    out.hasLifetime = scored;

    std::vector<qint64> clvCount(k + 1, 0), probCount(k + 1, 0);
    double totalRevenue = 0;
    const CustomerSummary &sum = analysis.summary;
    const size_t n = assignment.segment.size();
    for (size_t i = 0; i < n; ++i) {
        const qint16 seg = assignment.segment[i];
        Row &row = out.rows[seg >= 0 ? size_t(seg) : k];
        ++row.customers;
        const double revenue = i < sum.revenue.size() ? sum.revenue[i] : 0;
        const double margin = i < sum.grossProfit.size() ? sum.grossProfit[i] : 0;
        double c = 0;
        if (out.hasCostToServe && !std::isnan(cost->numbers()[i]))
            c = cost->numbers()[i];
        row.revenue += revenue;
        row.margin += margin;
        row.costToServe += c;
        totalRevenue += revenue;
        if (scored) {
            const size_t r = size_t(&row - out.rows.data());
            if (std::isfinite(analysis.lifetime->clv[i])) {
                row.meanClv += analysis.lifetime->clv[i];
                ++clvCount[r];
            }
            if (std::isfinite(analysis.lifetime->purchaseProbability[i])) {
                row.meanPurchaseProbability += analysis.lifetime->purchaseProbability[i];
                ++probCount[r];
            }
        }
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (size_t r = 0; r <= k; ++r) {
        Row &row = out.rows[r];
        row.profit = row.margin - row.costToServe;
        row.customerShare = n ? double(row.customers) / double(n) : 0;
        row.revenueShare = totalRevenue != 0 ? row.revenue / totalRevenue : 0;
        row.meanClv = clvCount[r] ? row.meanClv / double(clvCount[r]) : nan;
        row.meanPurchaseProbability =
            probCount[r] ? row.meanPurchaseProbability / double(probCount[r]) : nan;
    }
    return out;
}

QJsonArray SegmentFigures::toJson() const
{
    QJsonArray out;
    for (const Row &r : rows)
        out.append(QJsonObject{{QStringLiteral("segment"),
                                r.name.isEmpty() ? QJsonValue() : QJsonValue(r.name)},
                               {QStringLiteral("customers"), r.customers},
                               {QStringLiteral("customer_share"), r.customerShare},
                               {QStringLiteral("revenue"), r.revenue},
                               {QStringLiteral("revenue_share"), r.revenueShare},
                               {QStringLiteral("margin"), r.margin},
                               {QStringLiteral("cost_to_serve"), r.costToServe},
                               {QStringLiteral("profit"), r.profit},
                               {QStringLiteral("mean_clv"), finite(r.meanClv)},
                               {QStringLiteral("mean_purchase_probability"),
                                finite(r.meanPurchaseProbability)}});
    return out;
}

} // namespace Segmenta
