// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/summarycolumns.h"

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Analysis";

std::vector<qint32> intsOf(const Column *c, size_t n)
{
    std::vector<qint32> out(n, 0);
    if (c)
        for (size_t i = 0; i < n && i < c->numbers().size(); ++i)
            out[i] = std::isnan(c->numbers()[i]) ? 0 : qint32(c->numbers()[i]);
    return out;
}

std::vector<double> numbersOf(const Column *c, size_t n)
{
    std::vector<double> out(n, 0.0);
    if (c)
        for (size_t i = 0; i < n && i < c->numbers().size(); ++i)
            out[i] = std::isnan(c->numbers()[i]) ? 0.0 : CustomerSummary::roundSum(c->numbers()[i]);
    return out;
}

Message otherWindow(const Dataset &data)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                     "This project holds a summary computed by the warehouse up to "
                                     "%1; to analyse another period, refresh it from the warehouse "
                                     "with that date."),
                   {Column::fromDays(data.summaryAsOfDay - 1).toString(Qt::ISODate)})
        .withCode("summary-window");
}
} // namespace

const QStringList &SummaryColumns::names()
{
    static const QStringList names{
        QStringLiteral("summary_first_purchase"), QStringLiteral("summary_last_purchase"),
        QStringLiteral("summary_orders"),         QStringLiteral("summary_purchase_days"),
        QStringLiteral("summary_lines"),          QStringLiteral("summary_revenue"),
        QStringLiteral("summary_repeat_revenue"), QStringLiteral("summary_gross_profit"),
        QStringLiteral("summary_quantity"),       QStringLiteral("summary_recent_spend"),
        QStringLiteral("summary_previous_spend"), QStringLiteral("summary_trend_lines"),
        QStringLiteral("summary_trend_sum_y"),    QStringLiteral("summary_trend_sum_xy")};
    return names;
}

const Column *SummaryColumns::find(const Dataset &data, Index index)
{
    const QString &name = names()[index];
    for (const Column &c : data.customers.columns())
        if (c.role() == Role::None && c.name() == name)
            return &c;
    return nullptr;
}

bool SummaryColumns::present(const Dataset &data)
{
    return data.summaryAsOfDay != Column::kMissingDate && data.transactionCount() == 0
           && find(data, FirstPurchase) && find(data, Revenue);
}

Result<CustomerSummary> SummaryColumns::summary(const Dataset &data, qint32 asOfDay, qint32 fromDay)
{
    if ((asOfDay != Column::kMissingDate && asOfDay != data.summaryAsOfDay)
        || fromDay != Column::kMissingDate)
        return otherWindow(data);
    CustomerSummary s;
    const size_t n = size_t(data.customerCount());
    s.asOfDay = data.summaryAsOfDay;
    const Column *first = find(data, FirstPurchase);
    const Column *last = find(data, LastPurchase);
    s.firstDay.assign(n, Column::kMissingDate);
    s.lastDay.assign(n, Column::kMissingDate);
    for (size_t i = 0; i < n; ++i) {
        s.firstDay[i] = first->days()[i];
        s.lastDay[i] = last ? last->days()[i] : first->days()[i];
    }
    s.orders = intsOf(find(data, Orders), n);
    s.purchaseDays = intsOf(find(data, PurchaseDays), n);
    s.lines = intsOf(find(data, Lines), n);
    s.revenue = numbersOf(find(data, Revenue), n);
    s.repeatRevenue = numbersOf(find(data, RepeatRevenue), n);
    s.grossProfit = numbersOf(find(data, GrossProfit), n);
    s.quantity = numbersOf(find(data, Quantity), n);
    qint32 minDay = std::numeric_limits<qint32>::max();
    qint32 maxDay = std::numeric_limits<qint32>::min();
    for (size_t i = 0; i < n; ++i) {
        if (s.firstDay[i] == Column::kMissingDate)
            continue;
        minDay = std::min(minDay, s.firstDay[i]);
        maxDay = std::max(maxDay, s.lastDay[i]);
        s.transactionsUsed += s.lines[i];
    }
    s.minDay = s.transactionsUsed == 0 ? s.asOfDay : minDay;
    s.maxDay = s.transactionsUsed == 0 ? s.asOfDay : maxDay;
    return s;
}

Status SummaryColumns::checkGrowth(const Dataset &data, qint32 asOfDay, qint32 windowDays,
                                   int slopeMonths)
{
    if (asOfDay != Column::kMissingDate && asOfDay != data.summaryAsOfDay)
        return otherWindow(data);
    if (windowDays != kGrowthWindowDays || slopeMonths != kGrowthSlopeMonths)
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The warehouse summary holds spending trends for windows "
                                         "of %1 days and a slope over %2 months only."),
                       {QString::number(kGrowthWindowDays), QString::number(kGrowthSlopeMonths)})
            .withCode("summary-window");
    for (Index i : {RecentSpend, PreviousSpend, TrendLines, TrendSumY, TrendSumXY})
        if (!find(data, i))
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "The warehouse summary lacks the column “%1”."),
                           {names()[i]})
                .withCode("missing-role");
    return {};
}

} // namespace Segmenta
