// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"

#include <QJsonObject>

#include <array>
#include <vector>

namespace Segmenta {

class CustomerSummary;
class Dataset;

struct ActivityAssetsOptions
{
    // "Frequent": activity bands from this one up (4–5, the two most active fifths of buyers).
    int frequentFromBand = 4;
    // "Low-asset": asset bands up to this one (1–2, the two poorest fifths of customers).
    // Seed 003 #4's brokerage example reads the matrix this way.
    int lowAssetToBand = 2;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<ActivityAssetsOptions> fromJson(const QJsonObject &json);
};

// Transaction activity against assets (docs/domain.md, "Activity vs assets"): how much profit the
// frequent, low-asset customers bring.
//
// Bands 1..5 (quintiles) where equal values always share a band: a customer's band is
// 1 + floor(5 × b / m), b = how many of the m customers of the band's population have a
// strictly smaller value. So the lowest value is always band 1, and heavy ties (many buyers
// with one order) leave some bands empty rather than splitting equal customers.
// - activity: orders (CustomerSummary::orders) among the buyers (orders > 0);
// - assets: the customers' Assets column among the customers whose assets are known.
// The matrix covers the buyers with known assets; profit = gross profit - cost to serve
// (ValueGroups::customerProfit). frequentLowAssetShare = their profit in activity bands >=
// frequentFromBand and asset bands <= lowAssetToBand over the matrix's total profit (0 when
// that is 0; with losses it may leave [0, 1]).
class ActivityAssets
{
public:
    static constexpr int kBands = 5;
    using Matrix = std::array<std::array<double, kBands>, kBands>;
    using CountMatrix = std::array<std::array<qint64, kBands>, kBands>;

    // Fails with code "missing-role" when the customers have no assets column (numeric),
    // "activity-assets-settings" for invalid options.
    static Result<ActivityAssets> compute(const Dataset &data, const CustomerSummary &summary,
                                          const ActivityAssetsOptions &options = {});

    // Band of a value given the ascending-sorted values of its population (1..kBands).
    static int bandOf(double value, const std::vector<double> &sortedPopulation);

    QJsonObject toJson() const;

    ActivityAssetsOptions options;
    // [activity band - 1][asset band - 1]
    CountMatrix customers{};
    Matrix profit{};
    std::vector<qint8> activityBand; // per customer, 0 = not a buyer
    std::vector<qint8> assetBand;    // per customer, 0 = assets unknown
    // Smallest value in each band (NaN when the band is empty), to label the axes.
    std::array<double, kBands> activityFrom{};
    std::array<double, kBands> assetsFrom{};
    qint64 buyers = 0;
    qint64 customersWithAssets = 0;
    qint64 matrixCustomers = 0; // buyers with known assets
    double totalProfit = 0;     // over the matrix
    qint64 frequentLowAssetCustomers = 0;
    double frequentLowAssetProfit = 0;
    double frequentLowAssetShare = 0;
};

} // namespace Segmenta
