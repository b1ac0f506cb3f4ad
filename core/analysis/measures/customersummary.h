// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/dataset.h"

#include <cmath>
#include <vector>

namespace Segmenta {

class TaskControl;

enum class TimeUnit { Day, Week, Month };
QString timeUnitName(TimeUnit unit);
bool timeUnitFromName(const QString &name, TimeUnit &unit);
double daysPerUnit(TimeUnit unit); // 1, 7, 365.25 / 12

struct SummaryOptions
{
    // Orders on or after this day are ignored; Column::kMissingDate = the day after the last
    // order in the data (the usual "analysis date").
    qint32 asOfDay = Column::kMissingDate;
    // Transactions before this day are ignored (for calibration windows); missing = none.
    qint32 fromDay = Column::kMissingDate;
    // Default gross margin rate when the data has no margin column.
    double defaultMarginRate = 0.3;
};

// One row per customer (same order as Dataset::customers) of what the analyses need, computed
// in one pass over the transactions. Purchases on the same day are one purchase occasion
// ("purchase day"), as in the BG/NBD literature (Fader, Hardie & Lee 2005).
// Customers without purchases in the window have firstDay = lastDay = kMissingDate and zeros.
class CustomerSummary
{
public:
    static CustomerSummary compute(const Dataset &data, const SummaryOptions &options = {},
                                   TaskControl *control = nullptr);
    // Sums of money are rounded to a millionth of the currency unit: the last bits of a double
    // sum depend on the order of the terms, so without it the same orders summed by a file
    // import and by a warehouse (or refunds that cancel out, 1e-15 instead of 0) could fall on
    // different sides of a threshold such as "spend > 0".
    static double roundSum(double sum) { return std::round(sum * 1e6) / 1e6; }

    qsizetype size() const { return qsizetype(firstDay.size()); }
    bool hasPurchases(qsizetype i) const { return firstDay[size_t(i)] != Column::kMissingDate; }

    qint32 asOfDay = 0;  // the analysis date used (exclusive upper bound of the window)
    qint32 minDay = 0;   // first and last purchase day in the window over all customers
    qint32 maxDay = 0;

    std::vector<qint32> firstDay;     // first purchase day
    std::vector<qint32> lastDay;      // last purchase day
    std::vector<qint32> orders;       // distinct orders (order lines when there is no order id)
    std::vector<qint32> purchaseDays; // distinct days with a purchase
    std::vector<qint32> lines;        // transaction lines
    std::vector<double> revenue;      // Σ amount, refunds included
    std::vector<double> repeatRevenue;// Σ amount after the first purchase day
    std::vector<double> grossProfit;  // Σ amount × margin (rate, absolute margin or default)
    std::vector<double> quantity;     // Σ quantity (0 without a quantity column)

    qint64 transactionsUsed = 0;      // lines inside the window
    bool hasOrderIds = false;
    bool hasMargin = false;
};

} // namespace Segmenta
