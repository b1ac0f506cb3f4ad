// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"
#include "data/valuetier.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace Segmenta {

// A warehouse holding more customers than WarehouseSource::maxCustomers sends a uniform sample
// of them to the desktop; this records how the sample was drawn and the totals the server
// computed over every customer, so that what the overview shows as a total stays exact while
// per-customer results (RFM, CLV, segments, lists) come from the sample.
//
// The sample is the `customers` customers with the smallest md5('<seed>:' || key) text
// (WarehouseQuery::sampledSummary): a customer is in it exactly when that hash is <=
// hashCutoff, so the same seed on the same data gives the same customers, and SQL can tell
// which ones they are. Exact figures follow the rules of ParetoCurve (negative values count as
// 0, |v| <= 1e-6 as 0, top p % = the first ceil(p n / 100)) and CustomerPyramid (tier t ends at
// round(n × cumulative % / 100)), with customers ranked by revenue on the server (equal
// revenue by key). Sums over ranks do not depend on how equal values are ordered; the orders
// per tier can, when equal revenues straddle a boundary.
struct CustomerSample
{
    static constexpr std::array<int, 5> kTopPercents = {1, 5, 10, 20, 50}; // ParetoCurve's

    struct Tier
    {
        qint64 customers = 0;
        double value = 0;    // Σ revenue
        double orders = 0;   // Σ orders
        double minValue = 0; // the tier's cut-off (0 when empty)
        double maxValue = 0;
    };

    qint64 customers = 0;  // K: the customers in the project
    qint64 population = 0; // N: the customers on the server
    qint64 seed = 0;
    QString hashCutoff;    // the largest md5 in the sample

    // Exact over all N customers (customers without orders count, with 0).
    qint64 customersWithOrders = 0;
    qint64 orders = 0; // Σ distinct orders per customer
    qint64 lines = 0;
    double revenue = 0;
    double grossProfit = 0;
    double quantity = 0;

    // The 80/20 view by revenue.
    double positiveRevenue = 0; // T: Σ max(revenue, 0)
    qint64 negativeCustomers = 0;
    double negativeRevenue = 0;
    double gini = 0;
    std::array<qint64, kTopPercents.size()> topCounts{};
    std::array<double, kTopPercents.size()> topShares{};
    qint64 customersFor80 = 0;

    // The pyramid by revenue with these tier sizes (percent of customers, best first).
    std::array<double, kValueTierCount> tierPercents = {1.0, 4.0, 15.0, 80.0};
    std::array<Tier, kValueTierCount> tiers{};

    double fraction() const { return population > 0 ? double(customers) / double(population) : 1.0; }
    // True when the stored pyramid is the one an analysis with these tier sizes shows.
    bool sameTiers(const std::array<double, kValueTierCount> &percents) const;

    // "Per-customer results come from a uniform sample of K of N customers; ..."
    Message note() const;
    // The project file's record (meta key summary_sample) and the analyze command's "sample":
    // {customers, population, fraction, seed, hash_cutoff, method, note, exact: {...}}.
    QJsonObject toJson() const;
    static Result<CustomerSample> fromJson(const QJsonObject &json);
};

} // namespace Segmenta
