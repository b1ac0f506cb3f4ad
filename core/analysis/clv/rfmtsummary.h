// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "analysis/measures/customersummary.h"

#include <vector>

namespace Segmenta {

// What the BG/NBD and Gamma-Gamma models see of each customer (BTYD's "customer-by-sufficient-
// statistic" matrix), one row per customer in CustomerSummary order, times in `unit`s:
//   x   = repeat purchase occasions = distinct purchase days - 1,
//   t_x = (last purchase day - first purchase day) / daysPerUnit,
//   T   = (asOfDay - 1 - first purchase day) / daysPerUnit,
//   m_x = repeat revenue / x (0 when x = 0).
// asOfDay is exclusive, so T runs to the last day of the window: the literature's convention.
// For the CDNOW sample with asOfDay = 1997-10-01 a customer first seen on 1997-01-01 has
// T = 272 / 7 = 38.86 weeks, as in Fader, Hardie & Lee (2005) and BTYD's cdnowSummary.
// Customers without purchases in the window are kept (observed = 0, zeros) so rows line up.
class RfmtSummary
{
public:
    // asOfDay: missing = the summary's; a later day means the customers were watched longer
    // without buying (it must be after the summary's last purchase).
    static RfmtSummary fromCustomerSummary(const CustomerSummary &summary, TimeUnit unit,
                                           qint32 asOfDay = Column::kMissingDate);

    qsizetype size() const { return qsizetype(frequency.size()); }
    bool hasPurchases(qsizetype i) const { return observed[size_t(i)] != 0; }
    // Spend enters the Gamma-Gamma fit only for repeat buyers whose mean repeat spend is > 0.
    bool hasSpend(qsizetype i) const
    {
        return frequency[size_t(i)] > 0 && monetary[size_t(i)] > 0
               && std::isfinite(monetary[size_t(i)]);
    }

    // For simulations and tests; keeps the counts below up to date.
    void append(qint32 x, double tx, double T, double m = 0);
    void appendWithoutPurchases();

    std::vector<qint32> frequency; // x
    std::vector<double> recency;   // t_x
    std::vector<double> age;       // T
    std::vector<double> monetary;  // m_x
    std::vector<quint8> observed;  // 1 when the customer bought in the window

    TimeUnit unit = TimeUnit::Week;
    qint32 asOfDay = Column::kMissingDate;
    qint64 customersWithPurchases = 0;
    qint64 repeatBuyers = 0;        // x > 0
    qint64 nonPositiveSpend = 0;    // x > 0 but m_x <= 0 (refunds outweigh repeat purchases)
};

} // namespace Segmenta
