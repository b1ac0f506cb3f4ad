// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"
#include "data/valuetier.h"

#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>
#include <vector>

namespace Segmenta {

struct PyramidOptions
{
    // Percent of the ranked customers in each tier, best first (platinum, gold, iron, lead).
    // Seed 002's pyramid: the top 1 %, the next 4 %, the next 15 %, the remaining 80 %
    // (cumulative 1 / 5 / 20 / 100 %). Each must be >= 0 and together they must make 100.
    std::array<double, kValueTierCount> percents = {1.0, 4.0, 15.0, 80.0};

    // Sums may differ from 100 by this much (typed decimals such as 0.1 + 0.2).
    static constexpr double kSumTolerance = 1e-9;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<PyramidOptions> fromJson(const QJsonObject &json);
};

// The customer pyramid (docs/domain.md, "Customer pyramid"): customers ranked by value, best first,
// and cut into platinum / gold / iron / lead by cumulative shares of the ranked customers.
//
// Ranked customers: include flag set (all when include is null) and value not NaN; the others
// have no tier. Ranking: value descending; equal values by row ascending (stable), as
// ParetoCurve::rankDescending. Boundary rule: with n ranked customers and cumulative percents
// c_1 <= c_2 <= c_3 <= c_4 = 100, the first round(n × c_t / 100) ranked customers are in tier
// t or better (round half away from zero), so tier sizes are exact and reproducible. Equal
// values may therefore straddle a boundary: boundaryTies lists each boundary where the last
// customer above and the first below have the same value, and tiedAtBoundaries counts the
// customers who share a value with someone in the neighbouring tier (a note says so).
//
// Per tier: customers, value, share of the ranked customers' total value (0 when that total
// is 0; negative values, e.g. losses, are kept as they are), mean value and mean frequency
// (orders; 0 when no orders are given).
class CustomerPyramid
{
public:
    struct Tier
    {
        ValueTier tier = ValueTier::Lead;
        qint64 customers = 0;
        double value = 0;
        double valueShare = 0;
        double meanValue = 0;
        double meanOrders = 0;
        double minValue = 0; // smallest and largest value in the tier (0 when empty)
        double maxValue = 0;
    };

    // A boundary where equal values are split between two neighbouring (non-empty) tiers.
    struct BoundaryTie
    {
        ValueTier upper = ValueTier::Platinum;
        ValueTier lower = ValueTier::Gold;
        double value = 0;
        qint64 customersAbove = 0; // in the upper tier with that value
        qint64 customersBelow = 0; // in the lower tier with that value
    };

    static constexpr qint8 kUnranked = -1;

    // values and orders: one entry per customer (orders may be empty). Fails with code
    // "pyramid-settings" when the options do not validate or the sizes differ.
    static Result<CustomerPyramid> compute(const std::vector<double> &values,
                                           const std::vector<qint32> &orders,
                                           const PyramidOptions &options = {},
                                           const std::vector<char> *include = nullptr);

    bool isRanked(qsizetype row) const { return tier[size_t(row)] != kUnranked; }
    std::optional<ValueTier> tierOf(qsizetype row) const;
    const Tier &tierInfo(ValueTier t) const { return tiers[size_t(t)]; }

    QJsonObject toJson() const;

    PyramidOptions options;
    std::array<Tier, kValueTierCount> tiers;
    std::vector<qint8> tier;  // per customer: ValueTier as a number, kUnranked = no tier
    qint64 ranked = 0;
    qint64 unranked = 0;
    double totalValue = 0;    // Σ value over the ranked customers
    QList<BoundaryTie> boundaryTies;
    qint64 tiedAtBoundaries = 0;
    QList<Message> notes;
};

} // namespace Segmenta
