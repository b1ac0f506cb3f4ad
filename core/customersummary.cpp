#include "customersummary.h"

#include "memoryadvice.h"
#include "summarycolumns.h"
#include "taskcontrol.h"

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

    // Counting sort of the lines by customer, keeping only the window.
    const size_t lines = cust.size();
    std::vector<qint64> start;
    MemoryAdvice::assign(start, n + 1, 0);
    auto inWindow = [&](size_t i) {
        return days[i] != Column::kMissingDate && days[i] < s.asOfDay
               && (from == Column::kMissingDate || days[i] >= from);
    };
    for (size_t i = 0; i < lines; ++i)
        if (inWindow(i))
            ++start[size_t(cust[i]) + 1];
    for (size_t c = 0; c < n; ++c)
        start[c + 1] += start[c];
    std::vector<qint32> order;
    MemoryAdvice::assign(order, static_cast<size_t>(start[n]), 0);
    {
        std::vector<qint64> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < lines; ++i)
            if (inWindow(i))
                order[size_t(fill[size_t(cust[i])]++)] = qint32(i);
    }
    s.transactionsUsed = qint64(order.size());
    if (control)
        control->reportProgress(0.4);

    // Per customer, over its own lines: the customers are split in two halves read on two
    // cores (the lines of a customer are scattered, so this is bound by memory latency).
    auto perCustomer = [&](size_t from, size_t to, bool reporting) {
        qint32 minDay = std::numeric_limits<qint32>::max();
        qint32 maxDay = std::numeric_limits<qint32>::min();
        std::vector<qint32> scratch, orderCodes;
        for (size_t c = from; c < to; ++c) {
            const qint64 b = start[c], e = start[c + 1];
            if (b == e)
                continue;
            if (reporting && control && ((c - from) & 0xFFFF) == 0) {
                if (control->isCancelled())
                    return std::pair{minDay, maxDay};
                control->reportProgress(0.4 + 0.6 * double(c - from) / double(to - from));
            }
            // One gather over the customer's lines: random reads are the cost here.
            qint32 first = std::numeric_limits<qint32>::max();
            qint32 last = std::numeric_limits<qint32>::min();
            double rev = 0, firstDayRevenue = 0, profit = 0, qty = 0;
            scratch.clear();
            orderCodes.clear();
            for (qint64 k = b; k < e; ++k) {
                const size_t i = size_t(order[size_t(k)]);
                const qint32 day = days[i];
                scratch.push_back(day);
                const double a = std::isnan(amount[i]) ? 0.0 : amount[i];
                if (day < first) {
                    first = day;
                    firstDayRevenue = a;
                } else if (day == first) {
                    firstDayRevenue += a;
                }
                last = std::max(last, day);
                rev += a;
                double m = options.defaultMarginRate * a;
                if (marginCol && !std::isnan(marginCol->numbers()[i]))
                    m = marginIsRate ? a * marginCol->numbers()[i] : marginCol->numbers()[i];
                profit += m;
                if (quantityCol && !std::isnan(quantityCol->numbers()[i]))
                    qty += quantityCol->numbers()[i];
                if (orderCol)
                    orderCodes.push_back(orderCol->codes()[i]);
            }
            const double repeat = rev - firstDayRevenue; // spend after the first purchase day
            std::sort(scratch.begin(), scratch.end());
            const qint32 distinctDays = qint32(std::unique(scratch.begin(), scratch.end()) - scratch.begin());
            qint32 distinctOrders = qint32(e - b);
            if (orderCol) {
                std::sort(orderCodes.begin(), orderCodes.end());
                distinctOrders = qint32(std::unique(orderCodes.begin(), orderCodes.end()) - orderCodes.begin());
            }
            s.firstDay[c] = first;
            s.lastDay[c] = last;
            s.orders[c] = distinctOrders;
            s.purchaseDays[c] = distinctDays;
            s.lines[c] = qint32(e - b);
            s.revenue[c] = roundSum(rev);
            s.repeatRevenue[c] = roundSum(repeat);
            s.grossProfit[c] = roundSum(profit);
            s.quantity[c] = roundSum(qty);
            minDay = std::min(minDay, first);
            maxDay = std::max(maxDay, last);
        }
        return std::pair{minDay, maxDay};
    };
    const size_t half = n / 2;
    // A thread of its own rather than a pool thread: callers may already run on the pool.
    auto secondHalf = std::async(std::launch::async, [&] { return perCustomer(half, n, false); });
    const auto [min1, max1] = perCustomer(0, half, true);
    const auto [min2, max2] = secondHalf.get();
    if (control && control->isCancelled())
        return s;
    s.minDay = std::min(min1, min2);
    s.maxDay = std::max(max1, max2);
    if (s.transactionsUsed == 0)
        s.minDay = s.maxDay = s.asOfDay;
    if (control)
        control->reportProgress(1.0);
    return s;
}

} // namespace Segmenta
