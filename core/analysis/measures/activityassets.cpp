// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/activityassets.h"

#include <array>

#include "analysis/measures/customersummary.h"
#include "analysis/measures/measuresettings.h"
#include "base/memoryadvice.h"
#include "analysis/measures/valuegroups.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

Message invalidSetting(const QString &key)
{
    return MeasureSettings::invalid(
        QT_TRANSLATE_NOOP("Segmenta::Analysis",
                          "The activity and assets setting “%1” is not valid."),
        "activity-assets-settings", key);
}

QJsonArray toArray(const std::array<double, ActivityAssets::kBands> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(std::isnan(v) ? QJsonValue() : QJsonValue(v));
    return a;
}

} // namespace

Status ActivityAssetsOptions::validate() const
{
    if (frequentFromBand < 1 || frequentFromBand > ActivityAssets::kBands)
        return invalidSetting(QStringLiteral("frequent_from_band"));
    if (lowAssetToBand < 1 || lowAssetToBand > ActivityAssets::kBands)
        return invalidSetting(QStringLiteral("low_asset_to_band"));
    return Status::success();
}

QJsonObject ActivityAssetsOptions::toJson() const
{
    return {{QStringLiteral("frequent_from_band"), frequentFromBand},
            {QStringLiteral("low_asset_to_band"), lowAssetToBand}};
}

Result<ActivityAssetsOptions> ActivityAssetsOptions::fromJson(const QJsonObject &json)
{
    ActivityAssetsOptions o;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("frequent_from_band"), &o.frequentFromBand},
          std::pair{QStringLiteral("low_asset_to_band"), &o.lowAssetToBand}})
        if (!MeasureSettings::readWhole(json, key, *target))
            return invalidSetting(key);
    if (Status s = o.validate(); !s)
        return s.error();
    return o;
}

int ActivityAssets::bandOf(double value, const std::vector<double> &sortedPopulation)
{
    const qint64 m = qint64(sortedPopulation.size());
    if (m == 0)
        return 1;
    const qint64 below = qint64(std::lower_bound(sortedPopulation.begin(),
                                                 sortedPopulation.end(), value)
                                - sortedPopulation.begin());
    return int(std::min<qint64>(kBands, 1 + qint64(kBands) * below / m));
}

namespace {

// The same bands as bandOf() without sorting: band = 1 + #{k : value > T_k}, where T_k is the
// c_k-th smallest value and c_k = ceil(k m / 5) (below(v) >= c_k exactly when v > T_k).
// Four selections instead of a sort and a binary search per customer.
struct QuintileBands
{
    std::array<double, ActivityAssets::kBands - 1> thresholds{};
    std::array<bool, ActivityAssets::kBands - 1> always{};

    explicit QuintileBands(std::vector<double> values)
    {
        const qint64 m = qint64(values.size());
        for (int k = 1; k < ActivityAssets::kBands; ++k) {
            const qint64 c = (qint64(k) * m + ActivityAssets::kBands - 1) / ActivityAssets::kBands;
            always[size_t(k - 1)] = c == 0;
            if (c == 0)
                continue;
            std::nth_element(values.begin(), values.begin() + (c - 1), values.end());
            thresholds[size_t(k - 1)] = values[size_t(c - 1)];
        }
    }
    int band(double v) const
    {
        int b = 1;
        for (size_t k = 0; k < thresholds.size(); ++k)
            b += (always[k] || v > thresholds[k]) ? 1 : 0;
        return b;
    }
};

} // namespace

Result<ActivityAssets> ActivityAssets::compute(const Dataset &data,
                                               const CustomerSummary &summary,
                                               const ActivityAssetsOptions &options)
{
    if (Status s = options.validate(); !s)
        return s.error();
    const Column *assets = data.customers.find(Role::Assets);
    if (!assets || assets->type() != ColumnType::Number)
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The customer list has no assets column, so "
                                         "transaction activity cannot be compared with "
                                         "assets."))
            .withCode("missing-role");

    ActivityAssets r;
    r.options = options;
    const size_t n = size_t(summary.size());
    const std::vector<double> &assetValues = assets->numbers();
    auto assetOf = [&](size_t i) {
        return i < assetValues.size() ? assetValues[i] : std::numeric_limits<double>::quiet_NaN();
    };
    std::vector<double> orders, wealth;
    for (size_t i = 0; i < n; ++i) {
        if (summary.orders[i] > 0)
            orders.push_back(summary.orders[i]);
        if (std::isfinite(assetOf(i)))
            wealth.push_back(assetOf(i));
    }
    r.buyers = qint64(orders.size());
    r.customersWithAssets = qint64(wealth.size());
    const QuintileBands activityBands(std::move(orders));
    const QuintileBands assetBands(std::move(wealth));
    r.activityFrom.fill(std::numeric_limits<double>::quiet_NaN());
    r.assetsFrom.fill(std::numeric_limits<double>::quiet_NaN());

    const std::vector<double> profit = ValueGroups::customerProfit(data, summary);
    MemoryAdvice::assign(r.activityBand, n, 0);
    MemoryAdvice::assign(r.assetBand, n, 0);
    auto noteFrom = [](double &from, double v) {
        if (std::isnan(from) || v < from)
            from = v;
    };
    for (size_t i = 0; i < n; ++i) {
        if (summary.orders[i] > 0) {
            const int a = activityBands.band(summary.orders[i]);
            r.activityBand[i] = qint8(a);
            noteFrom(r.activityFrom[size_t(a - 1)], summary.orders[i]);
        }
        if (std::isfinite(assetOf(i))) {
            const int s = assetBands.band(assetOf(i));
            r.assetBand[i] = qint8(s);
            noteFrom(r.assetsFrom[size_t(s - 1)], assetOf(i));
        }
        const int a = r.activityBand[i], s = r.assetBand[i];
        if (a == 0 || s == 0)
            continue;
        ++r.matrixCustomers;
        ++r.customers[size_t(a - 1)][size_t(s - 1)];
        r.profit[size_t(a - 1)][size_t(s - 1)] += profit[i];
        r.totalProfit += profit[i];
        if (a >= options.frequentFromBand && s <= options.lowAssetToBand) {
            ++r.frequentLowAssetCustomers;
            r.frequentLowAssetProfit += profit[i];
        }
    }
    r.frequentLowAssetShare = r.totalProfit != 0 ? r.frequentLowAssetProfit / r.totalProfit
                                                 : 0.0;
    return r;
}

QJsonObject ActivityAssets::toJson() const
{
    QJsonArray countRows, profitRows;
    for (int a = 0; a < kBands; ++a) {
        QJsonArray c, p;
        for (int s = 0; s < kBands; ++s) {
            c.append(customers[size_t(a)][size_t(s)]);
            p.append(profit[size_t(a)][size_t(s)]);
        }
        countRows.append(c);
        profitRows.append(p);
    }
    return {{QStringLiteral("options"), options.toJson()},
            {QStringLiteral("customers"), countRows},
            {QStringLiteral("profit"), profitRows},
            {QStringLiteral("activity_from"), toArray(activityFrom)},
            {QStringLiteral("assets_from"), toArray(assetsFrom)},
            {QStringLiteral("buyers"), buyers},
            {QStringLiteral("customers_with_assets"), customersWithAssets},
            {QStringLiteral("matrix_customers"), matrixCustomers},
            {QStringLiteral("total_profit"), totalProfit},
            {QStringLiteral("frequent_low_asset_customers"), frequentLowAssetCustomers},
            {QStringLiteral("frequent_low_asset_profit"), frequentLowAssetProfit},
            {QStringLiteral("frequent_low_asset_share"), frequentLowAssetShare}};
}

} // namespace Segmenta
