// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/customersummary.h"

#include "base/memoryadvice.h"
#include "base/prefetch.h"
#include "analysis/measures/summarycolumns.h"
#include "base/taskcontrol.h"

#include <future>

#include <algorithm>
#include <cmath>

namespace Segmenta {

QString timeUnitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return QStringLiteral("day");
    case TimeUnit::Week:
        return QStringLiteral("week");
    case TimeUnit::Month:
        return QStringLiteral("month");
    }
    return {};
}

bool timeUnitFromName(const QString &name, TimeUnit &unit)
{
    const QString n = name.toLower();
    if (n == u"day" || n == u"days")
        unit = TimeUnit::Day;
    else if (n == u"week" || n == u"weeks")
        unit = TimeUnit::Week;
    else if (n == u"month" || n == u"months")
        unit = TimeUnit::Month;
    else
        return false;
    return true;
}

double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return 1.0;
    case TimeUnit::Week:
        return 7.0;
    case TimeUnit::Month:
        return 365.25 / 12.0;
    }
    return 1.0;
}

CustomerSummary CustomerSummary::compute(const Dataset &data, const SummaryOptions &options,
                                         TaskControl *control)
{
    // Summarised by a warehouse: read the stored columns (CustomerAnalysis reports a window
    // they cannot serve; other callers get the stored one).
    if (SummaryColumns::present(data)) {
        auto stored = SummaryColumns::summary(data, options.asOfDay, options.fromDay);
        if (!stored)
            stored = SummaryColumns::summary(data, Column::kMissingDate, Column::kMissingDate);
        return stored.takeValue();
    }
    CustomerSummary s;
    const size_t n = size_t(data.customerCount());
    // Fresh arrays of a million entries each: huge pages spare most of their page faults.
    MemoryAdvice::assign(s.firstDay, n, Column::kMissingDate);
    MemoryAdvice::assign(s.lastDay, n, Column::kMissingDate);
    MemoryAdvice::assign(s.orders, n, 0);
    MemoryAdvice::assign(s.purchaseDays, n, 0);
    MemoryAdvice::assign(s.lines, n, 0);
    MemoryAdvice::assign(s.revenue, n, 0.0);
    MemoryAdvice::assign(s.repeatRevenue, n, 0.0);
    MemoryAdvice::assign(s.grossProfit, n, 0.0);
    MemoryAdvice::assign(s.quantity, n, 0.0);

    const Column *dateCol = data.transactions.find(Role::Date);
    const Column *amountCol = data.transactions.find(Role::Amount);
    const std::vector<qint32> &cust = data.transactionCustomers();
    if (!dateCol || !amountCol || cust.empty()) {
        s.asOfDay = options.asOfDay == Column::kMissingDate ? 0 : options.asOfDay;
        return s;
    }
    const std::vector<qint32> &days = dateCol->days();
    const std::vector<double> &amount = amountCol->numbers();
    const Column *orderCol = data.transactions.find(Role::Order);
    const Column *marginCol = data.transactions.find(Role::Margin);
    const Column *quantityCol = data.transactions.find(Role::Quantity);
    s.hasOrderIds = orderCol != nullptr;
    s.hasMargin = marginCol != nullptr;

    qint32 dataMax = std::numeric_limits<qint32>::min();
    for (qint32 d : days)
        dataMax = std::max(dataMax, d);
    s.asOfDay = options.asOfDay != Column::kMissingDate ? options.asOfDay : dataMax + 1;
    const qint32 from = options.fromDay;

    // A margin column holds rates when its values lie in [-1, 1], absolute margins otherwise.
    bool marginIsRate = true;
    if (marginCol)
        for (double m : marginCol->numbers())
            if (!std::isnan(m) && std::fabs(m) > 1.0) {
                marginIsRate = false;
                break;
            }

    auto inWindow = [&](size_t i) {
        return days[i] != Column::kMissingDate && days[i] < s.asOfDay
               && (from == Column::kMissingDate || days[i] >= from);
    };
    const std::vector<double> *margins = marginCol ? &marginCol->numbers() : nullptr;
    const std::vector<double> *quantities = quantityCol ? &quantityCol->numbers() : nullptr;
    const std::vector<qint32> *orderCodes = orderCol ? &orderCol->codes() : nullptr;

    // One pass over the lines in file order with each customer's running figures in one cache
    // line: one scattered access per line instead of one per column (the customers of a line
    // are random, so memory latency is the cost). Distinct purchase days and orders are
    // counted as changes, exact while a customer's lines come in date order with each order's
    // lines together (as exports are sorted); a customer whose lines do not is marked and
    // counted exactly afterwards. Sums run in line order either way.
    struct alignas(64) Running
    {
        qint32 first, last, lines, days, orders, lastOrder;
        bool unordered;
        double revenue, firstDayRevenue, profit, quantity;
    };
    std::vector<Running> run;
    MemoryAdvice::assign(run, n, Running{});
    const size_t lineCount = cust.size();
    constexpr size_t kPrefetchLines = 32;
    // Customers [lo, hi) only: two cores each take half of the customers and read every line.
    auto scan = [&](size_t lo, size_t hi, bool reporting) {
        qint64 used = 0;
        for (size_t i = 0; i < lineCount; ++i) {
            if (reporting && control && (i & 0xFFFFF) == 0) {
                if (control->isCancelled())
                    return used;
                control->reportProgress(0.9 * double(i) / double(lineCount));
            }
            if (i + kPrefetchLines < lineCount) {
                const size_t ahead = size_t(cust[i + kPrefetchLines]);
                if (ahead >= lo && ahead < hi)
                    prefetchWrite(&run[ahead]);
            }
            const size_t c = size_t(cust[i]);
            if (c < lo || c >= hi || !inWindow(i))
                continue;
            ++used;
            const qint32 day = days[i];
            const double a = std::isnan(amount[i]) ? 0.0 : amount[i];
            double m = options.defaultMarginRate * a;
            if (margins && !std::isnan((*margins)[i]))
                m = marginIsRate ? a * (*margins)[i] : (*margins)[i];
            const double q = quantities && !std::isnan((*quantities)[i]) ? (*quantities)[i] : 0.0;
            const qint32 order = orderCodes ? (*orderCodes)[i] : 0;
            Running &r = run[c];
            if (r.lines++ == 0) {
                r.first = r.last = day;
                r.days = r.orders = 1;
                r.lastOrder = order;
                r.revenue = r.firstDayRevenue = a;
                r.profit = m;
                r.quantity = q;
                continue;
            }
            if (day < r.first) {
                r.first = day;
                r.firstDayRevenue = a;
            } else if (day == r.first) {
                r.firstDayRevenue += a;
            }
            if (day > r.last) {
                r.last = day;
                ++r.days;
            } else if (day < r.last) {
                r.unordered = true;
            }
            if (order > r.lastOrder) {
                r.lastOrder = order;
                ++r.orders;
            } else if (order < r.lastOrder) {
                r.unordered = true;
            }
            r.revenue += a;
            r.profit += m;
            r.quantity += q;
        }
        return used;
    };
    const size_t half = n / 2;
    // A thread of its own rather than a pool thread: callers may already run on the pool.
    auto secondHalf = std::async(std::launch::async, [&] { return scan(half, n, false); });
    s.transactionsUsed = scan(0, half, true);
    s.transactionsUsed += secondHalf.get();
    if (control && control->isCancelled())
        return s;

    s.minDay = std::numeric_limits<qint32>::max();
    s.maxDay = std::numeric_limits<qint32>::min();
    size_t unordered = 0;
    for (size_t c = 0; c < n; ++c) {
        const Running &r = run[c];
        if (r.lines == 0)
            continue;
        s.firstDay[c] = r.first;
        s.lastDay[c] = r.last;
        s.orders[c] = orderCodes ? r.orders : r.lines;
        s.purchaseDays[c] = r.days;
        s.lines[c] = r.lines;
        // Rounded so that sums added in another order (a warehouse's) give the same values.
        s.revenue[c] = roundSum(r.revenue);
        s.repeatRevenue[c] = roundSum(r.revenue - r.firstDayRevenue); // after the first day
        s.grossProfit[c] = roundSum(r.profit);
        s.quantity[c] = roundSum(r.quantity);
        s.minDay = std::min(s.minDay, r.first);
        s.maxDay = std::max(s.maxDay, r.last);
        unordered += r.unordered;
    }
    if (unordered > 0) {
        // Counting sort of the marked customers' lines, then distinct days and orders by
        // sorting each one's own.
        std::vector<qint64> start(n + 1, 0);
        auto marked = [&](size_t i) { return run[size_t(cust[i])].unordered && inWindow(i); };
        for (size_t i = 0; i < lineCount; ++i)
            if (marked(i))
                ++start[size_t(cust[i]) + 1];
        for (size_t c = 0; c < n; ++c)
            start[c + 1] += start[c];
        std::vector<qint32> byCustomer(static_cast<size_t>(start[n]));
        std::vector<qint64> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < lineCount; ++i)
            if (marked(i))
                byCustomer[size_t(fill[size_t(cust[i])]++)] = qint32(i);
        std::vector<qint32> scratch;
        for (size_t c = 0; c < n; ++c) {
            if (!run[c].unordered)
                continue;
            const auto b = byCustomer.begin() + start[c], e = byCustomer.begin() + start[c + 1];
            auto distinct = [&](const std::vector<qint32> &values) {
                scratch.clear();
                for (auto k = b; k != e; ++k)
                    scratch.push_back(values[size_t(*k)]);
                std::sort(scratch.begin(), scratch.end());
                return qint32(std::unique(scratch.begin(), scratch.end()) - scratch.begin());
            };
            s.purchaseDays[c] = distinct(days);
            if (orderCodes)
                s.orders[c] = distinct(*orderCodes);
        }
    }
    if (s.transactionsUsed == 0)
        s.minDay = s.maxDay = s.asOfDay;
    if (control)
        control->reportProgress(1.0);
    return s;
}

} // namespace Segmenta
