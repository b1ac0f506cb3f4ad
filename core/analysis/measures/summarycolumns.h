// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/measures/customersummary.h"
#include "data/dataset.h"
#include "base/result.h"

#include <QStringList>

namespace Segmenta {

// A project whose orders stay in a warehouse holds no transactions: the warehouse computes the
// per-customer summary (WarehouseImporter) and the project keeps it as ordinary customer
// columns under the names below, beside the customer attributes. CustomerSummary::compute and
// GrowthTrend::compute read them when a dataset has no transactions, so every analysis after
// the summary runs unchanged (docs/warehouse.md explains the choice). Being columns, they are
// saved, loaded and shown like any other.
//
// The window the summary covers ends at Dataset::summaryAsOfDay (exclusive). The growth sums
// follow the default GrowthOptions (two 365-day windows, a 12-month slope).
class SummaryColumns
{
public:
    // Column names, in the order WarehouseQuery selects them after the customer id.
    static const QStringList &names();
    enum Index {
        FirstPurchase, // Date
        LastPurchase,  // Date
        Orders,
        PurchaseDays,
        Lines,
        Revenue,
        RepeatRevenue,
        GrossProfit,
        Quantity,
        RecentSpend,   // GrowthTrend: spend in [asOf - 365, asOf)
        PreviousSpend, // in [asOf - 730, asOf - 365)
        TrendLines,    // lines with an amount in either window (> 0: the customer is classed)
        TrendSumY,     // Σ spend over the last 12 months of 487/16 days
        TrendSumXY,    // Σ (11 - months back) × spend over them
        Count
    };

    // True when the dataset carries a warehouse summary instead of transactions.
    static bool present(const Dataset &data);
    // The summary for an analysis as of `asOfDay` (missing: the stored window). Fails when
    // the window asked for is not the stored one: the warehouse must be asked again.
    static Result<CustomerSummary> summary(const Dataset &data, qint32 asOfDay, qint32 fromDay);
    // The growth sums are computed by the warehouse for these windows only (GrowthOptions'
    // defaults, checked where GrowthTrend reads them).
    static constexpr qint32 kGrowthWindowDays = 365;
    static constexpr int kGrowthSlopeMonths = 12;
    // Fails unless the window and options are those the growth sums were computed for.
    static Status checkGrowth(const Dataset &data, qint32 asOfDay, qint32 windowDays,
                              int slopeMonths);
    static const Column *find(const Dataset &data, Index index);
};

} // namespace Segmenta
