// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/rfmtsummary.h"

namespace Segmenta {

RfmtSummary RfmtSummary::fromCustomerSummary(const CustomerSummary &summary, TimeUnit unit,
                                             qint32 asOfDay)
{
    RfmtSummary r;
    r.unit = unit;
    r.asOfDay = asOfDay == Column::kMissingDate ? summary.asOfDay : asOfDay;
    const qsizetype n = summary.size();
    r.frequency.reserve(size_t(n));
    r.recency.reserve(size_t(n));
    r.age.reserve(size_t(n));
    r.monetary.reserve(size_t(n));
    r.observed.reserve(size_t(n));
    const double perUnit = daysPerUnit(unit);
    for (qsizetype i = 0; i < n; ++i) {
        if (!summary.hasPurchases(i)) {
            r.appendWithoutPurchases();
            continue;
        }
        const size_t k = size_t(i);
        const qint32 x = std::max(0, summary.purchaseDays[k] - 1);
        const double tx = double(summary.lastDay[k] - summary.firstDay[k]) / perUnit;
        // A first purchase after the window's last day cannot happen; clamp defensively.
        const double T = std::max(tx, double(r.asOfDay - 1 - summary.firstDay[k]) / perUnit);
        r.append(x, tx, T, x > 0 ? summary.repeatRevenue[k] / x : 0.0);
    }
    return r;
}

void RfmtSummary::append(qint32 x, double tx, double T, double m)
{
    frequency.push_back(x);
    recency.push_back(tx);
    age.push_back(T);
    monetary.push_back(m);
    observed.push_back(1);
    ++customersWithPurchases;
    if (x > 0) {
        ++repeatBuyers;
        if (!(m > 0) || !std::isfinite(m))
            ++nonPositiveSpend;
    }
}

void RfmtSummary::appendWithoutPurchases()
{
    frequency.push_back(0);
    recency.push_back(0);
    age.push_back(0);
    monetary.push_back(0);
    observed.push_back(0);
}

} // namespace Segmenta
