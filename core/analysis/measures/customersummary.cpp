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

namespace {

// A customer's running figures during the pass over the lines, in one cache line: one scattered
// access per line instead of one per column (the customers of a line are random, so memory
// latency is the cost).
struct alignas(64) Running
{
    qint32 first, last, lines, days, orders, lastOrder;
    bool unordered;
    double revenue, firstDayRevenue, profit, quantity;
};

// Lines ahead whose customer's figures are prefetched: far enough to hide a cache miss.
constexpr size_t kPrefetchLines = 32;
// Lines between two looks at cancellation and progress.
constexpr size_t kCheckMask = 0xFFFFF;
// Share of the progress bar the pass over the lines takes; the rest is the per-customer work.
constexpr double kScanShare = 0.9;

// The transaction columns the pass reads, and the window it counts.
struct LineColumns
{
    const std::vector<qint32> &cust;
    const std::vector<qint32> &days;
    const std::vector<double> &amount;
    const std::vector<double> *margins;
    const std::vector<double> *quantities;
    const std::vector<qint32> *orderCodes;
    bool marginIsRate;
    double defaultMarginRate;
    qint32 asOfDay, from;

    bool inWindow(size_t i) const
    {
        return days[i] != Column::kMissingDate && days[i] < asOfDay
               && (from == Column::kMissingDate || days[i] >= from);
    }
};

// A margin column holds rates when its values lie in [-1, 1], absolute margins otherwise.
bool marginsAreRates(const Column *marginCol)
{
    if (marginCol)
        for (double m : marginCol->numbers())
            if (!std::isnan(m) && std::fabs(m) > 1.0)
                return false;
    return true;
}

// One pass over the lines in file order for the customers [lo, hi) (two cores each take half
// of the customers and read every line). Distinct purchase days and orders are counted as
// changes, exact while a customer's lines come in date order with each order's lines together
// (as exports are sorted); a customer whose lines do not is marked and counted exactly
// afterwards. Sums run in line order either way. Returns the lines used; `control` (the one
// reporting thread's, else null) may stop it early.
qint64 scanLines(const LineColumns &l, std::vector<Running> &run, size_t lo, size_t hi,
                 TaskControl *control)
{
    const size_t lineCount = l.cust.size();
    qint64 used = 0;
    for (size_t i = 0; i < lineCount; ++i) {
        if (control && (i & kCheckMask) == 0) {
            if (control->isCancelled())
                return used;
            control->reportProgress(kScanShare * double(i) / double(lineCount));
        }
        if (i + kPrefetchLines < lineCount) {
            const size_t ahead = size_t(l.cust[i + kPrefetchLines]);
            if (ahead >= lo && ahead < hi)
                prefetchWrite(&run[ahead]);
        }
        const size_t c = size_t(l.cust[i]);
        if (c < lo || c >= hi || !l.inWindow(i))
            continue;
        ++used;
        const qint32 day = l.days[i];
        const double a = std::isnan(l.amount[i]) ? 0.0 : l.amount[i];
        double m = l.defaultMarginRate * a;
        if (l.margins && !std::isnan((*l.margins)[i]))
            m = l.marginIsRate ? a * (*l.margins)[i] : (*l.margins)[i];
        const double q =
            l.quantities && !std::isnan((*l.quantities)[i]) ? (*l.quantities)[i] : 0.0;
        const qint32 order = l.orderCodes ? (*l.orderCodes)[i] : 0;
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
}

// Copies the running figures into the summary's columns; returns how many customers were
// marked unordered.
size_t storeRunning(const std::vector<Running> &run, bool hasOrderCodes, CustomerSummary &s)
{
    s.minDay = std::numeric_limits<qint32>::max();
    s.maxDay = std::numeric_limits<qint32>::min();
    size_t unordered = 0;
    for (size_t c = 0; c < run.size(); ++c) {
        const Running &r = run[c];
        if (r.lines == 0)
            continue;
        s.firstDay[c] = r.first;
        s.lastDay[c] = r.last;
        s.orders[c] = hasOrderCodes ? r.orders : r.lines;
        s.purchaseDays[c] = r.days;
        s.lines[c] = r.lines;
        // Rounded so that sums added in another order (a warehouse's) give the same values.
        s.revenue[c] = CustomerSummary::roundSum(r.revenue);
        s.repeatRevenue[c] = CustomerSummary::roundSum(r.revenue - r.firstDayRevenue);
        s.grossProfit[c] = CustomerSummary::roundSum(r.profit);
        s.quantity[c] = CustomerSummary::roundSum(r.quantity);
        s.minDay = std::min(s.minDay, r.first);
        s.maxDay = std::max(s.maxDay, r.last);
        unordered += r.unordered;
    }
    return unordered;
}

// Distinct purchase days and orders of the customers marked unordered: a counting sort of their
// lines, then each one's own values sorted.
void recountUnordered(const LineColumns &l, const std::vector<Running> &run, CustomerSummary &s)
{
    const size_t n = run.size(), lineCount = l.cust.size();
    std::vector<qint64> start(n + 1, 0);
    auto marked = [&](size_t i) { return run[size_t(l.cust[i])].unordered && l.inWindow(i); };
    for (size_t i = 0; i < lineCount; ++i)
        if (marked(i))
            ++start[size_t(l.cust[i]) + 1];
    for (size_t c = 0; c < n; ++c)
        start[c + 1] += start[c];
    std::vector<qint32> byCustomer(static_cast<size_t>(start[n]));
    std::vector<qint64> fill(start.begin(), start.end() - 1);
    for (size_t i = 0; i < lineCount; ++i)
        if (marked(i))
            byCustomer[size_t(fill[size_t(l.cust[i])]++)] = qint32(i);
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
        s.purchaseDays[c] = distinct(l.days);
        if (l.orderCodes)
            s.orders[c] = distinct(*l.orderCodes);
    }
}

// Fresh arrays of a million entries each: huge pages spare most of their page faults.
void allocateColumns(CustomerSummary &s, size_t n)
{
    MemoryAdvice::assign(s.firstDay, n, Column::kMissingDate);
    MemoryAdvice::assign(s.lastDay, n, Column::kMissingDate);
    MemoryAdvice::assign(s.orders, n, 0);
    MemoryAdvice::assign(s.purchaseDays, n, 0);
    MemoryAdvice::assign(s.lines, n, 0);
    MemoryAdvice::assign(s.revenue, n, 0.0);
    MemoryAdvice::assign(s.repeatRevenue, n, 0.0);
    MemoryAdvice::assign(s.grossProfit, n, 0.0);
    MemoryAdvice::assign(s.quantity, n, 0.0);
}

} // namespace

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
    allocateColumns(s, n);

    const Column *dateCol = data.transactions.find(Role::Date);
    const Column *amountCol = data.transactions.find(Role::Amount);
    const std::vector<qint32> &cust = data.transactionCustomers();
    if (!dateCol || !amountCol || cust.empty()) {
        s.asOfDay = options.asOfDay == Column::kMissingDate ? 0 : options.asOfDay;
        return s;
    }
    const std::vector<qint32> &days = dateCol->days();
    const Column *orderCol = data.transactions.find(Role::Order);
    const Column *marginCol = data.transactions.find(Role::Margin);
    const Column *quantityCol = data.transactions.find(Role::Quantity);
    s.hasOrderIds = orderCol != nullptr;
    s.hasMargin = marginCol != nullptr;

    qint32 dataMax = std::numeric_limits<qint32>::min();
    for (qint32 d : days)
        dataMax = std::max(dataMax, d);
    s.asOfDay = options.asOfDay != Column::kMissingDate ? options.asOfDay : dataMax + 1;

    const LineColumns lines{cust,
                            days,
                            amountCol->numbers(),
                            marginCol ? &marginCol->numbers() : nullptr,
                            quantityCol ? &quantityCol->numbers() : nullptr,
                            orderCol ? &orderCol->codes() : nullptr,
                            marginsAreRates(marginCol),
                            options.defaultMarginRate,
                            s.asOfDay,
                            options.fromDay};
    std::vector<Running> run;
    MemoryAdvice::assign(run, n, Running{});
    const size_t half = n / 2;
    // A thread of its own rather than a pool thread: callers may already run on the pool.
    auto secondHalf = std::async(std::launch::async,
                                 [&] { return scanLines(lines, run, half, n, nullptr); });
    s.transactionsUsed = scanLines(lines, run, 0, half, control);
    s.transactionsUsed += secondHalf.get();
    if (control && control->isCancelled())
        return s;

    if (storeRunning(run, lines.orderCodes != nullptr, s) > 0)
        recountUnordered(lines, run, s);
    if (s.transactionsUsed == 0)
        s.minDay = s.maxDay = s.asOfDay;
    if (control)
        control->reportProgress(1.0);
    return s;
}

} // namespace Segmenta
