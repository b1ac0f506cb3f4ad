// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/growthtrend.h"

#include "base/canonicalname.h"
#include "analysis/measures/customersummary.h"
#include "analysis/measures/measuresettings.h"
#include "data/dataset.h"
#include "base/memoryadvice.h"
#include "base/prefetch.h"
#include "analysis/measures/summarycolumns.h"
#include "base/taskcontrol.h"

#include <QJsonArray>

#include <cmath>
#include <future>
#include <limits>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";
constexpr std::array<GrowthClass, kGrowthClassCount> kClasses = {
    GrowthClass::Growing, GrowthClass::Stable, GrowthClass::Declining, GrowthClass::None};

Message invalidSetting(const QString &key)
{
    return MeasureSettings::invalid(
        QT_TRANSLATE_NOOP("Segmenta::Analysis", "The growth setting “%1” is not valid."),
        "growth-settings", key);
}

QString dateText(qint32 day)
{
    return Column::fromDays(day).toString(Qt::ISODate);
}

} // namespace

QString growthClassName(GrowthClass c)
{
    switch (c) {
    case GrowthClass::Growing:
        return QStringLiteral("growing");
    case GrowthClass::Stable:
        return QStringLiteral("stable");
    case GrowthClass::Declining:
        return QStringLiteral("declining");
    case GrowthClass::None:
        break;
    }
    return QStringLiteral("none");
}

bool growthClassFromName(const QString &name, GrowthClass &c)
{
    return fromCanonicalName(name, kClasses, growthClassName, c);
}

Status GrowthOptions::validate() const
{
    if (windowDays < 1)
        return invalidSetting(QStringLiteral("window_days"));
    if (!std::isfinite(growingChange) || !std::isfinite(decliningChange)
        || decliningChange > growingChange)
        return invalidSetting(QStringLiteral("growing_change"));
    if (slopeMonths < 2 || slopeMonths > 120)
        return invalidSetting(QStringLiteral("slope_months"));
    return Status::success();
}

QJsonObject GrowthOptions::toJson() const
{
    QJsonObject o{{QStringLiteral("window_days"), windowDays},
                  {QStringLiteral("growing_change"), growingChange},
                  {QStringLiteral("declining_change"), decliningChange},
                  {QStringLiteral("slope_months"), slopeMonths}};
    if (asOfDay != Column::kMissingDate)
        o.insert(QStringLiteral("as_of_date"), dateText(asOfDay));
    return o;
}

Result<GrowthOptions> GrowthOptions::fromJson(const QJsonObject &json)
{
    GrowthOptions o;
    const QJsonValue asOf = MeasureSettings::value(json, QStringLiteral("as_of_date"));
    if (!asOf.isUndefined()) {
        const QDate d = QDate::fromString(asOf.toString(), Qt::ISODate);
        if (!d.isValid())
            return invalidSetting(QStringLiteral("as_of_date"));
        o.asOfDay = Column::toDays(d);
    }
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("window_days"), &o.windowDays},
          std::pair{QStringLiteral("slope_months"), &o.slopeMonths}})
        if (!MeasureSettings::readWhole(json, key, *target))
            return invalidSetting(key);
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("growing_change"), &o.growingChange},
          std::pair{QStringLiteral("declining_change"), &o.decliningChange}})
        if (!MeasureSettings::readNumber(json, key, *target))
            return invalidSetting(key);
    if (Status s = o.validate(); !s)
        return s.error();
    return o;
}

namespace {

// A customer's sums during the pass over the lines: window sums, and Σ y, Σ x·y of the monthly
// spend for the slope, in one cache line (the customers of consecutive lines are random, so
// each line costs one scattered access).
struct alignas(32) Sums
{
    double recent, previous, y, xy;
};

// Lines ahead whose customer's sums are prefetched: far enough to hide a cache miss.
constexpr size_t kPrefetchLines = 32;
// Lines between two looks at cancellation and progress.
constexpr size_t kCheckMask = 0xFFFFF;
// Share of the progress bar the pass over the lines takes.
constexpr double kScanShare = 0.9;

// The transaction columns the pass reads, and its windows.
struct SpendLines
{
    const std::vector<qint32> &cust;
    const std::vector<qint32> &days;
    const std::vector<double> &amount;
    qint32 asOf, recentFrom, previousFrom;
    qint64 months; // of the slope
};

// One pass over the lines for the customers [lo, hi) (two cores each take half of the
// customers and read every line); `control` (the reporting thread's, else null) may stop it.
void scanSpend(const SpendLines &l, std::vector<Sums> &sums, std::vector<char> &active,
               size_t lo, size_t hi, TaskControl *control)
{
    const size_t lineCount = l.cust.size();
    for (size_t i = 0; i < lineCount; ++i) {
        if (control && (i & kCheckMask) == 0) {
            if (control->isCancelled())
                return;
            control->reportProgress(kScanShare * double(i) / double(lineCount));
        }
        if (i + kPrefetchLines < lineCount) {
            const size_t ahead = size_t(l.cust[i + kPrefetchLines]);
            if (ahead >= lo && ahead < hi) {
                prefetchWrite(&sums[ahead]);
                prefetchWrite(&active[ahead]);
            }
        }
        const qint32 d = l.days[i];
        const double a = l.amount[i];
        const qint32 c = l.cust[i];
        if (c < 0 || size_t(c) < lo || size_t(c) >= hi || d == Column::kMissingDate
            || d >= l.asOf || std::isnan(a))
            continue;
        Sums &sc = sums[size_t(c)];
        if (d >= l.recentFrom) {
            sc.recent += a;
            active[size_t(c)] = 1;
        } else if (d >= l.previousFrom) {
            sc.previous += a;
            active[size_t(c)] = 1;
        }
        // Months of 365.25 / 12 = 487 / 16 days, counted back from the day before asOfDay.
        const qint64 back = (qint64(l.asOf) - 1 - d) * 16 / 487;
        if (back < l.months) {
            sc.y += a;
            sc.xy += double(l.months - 1 - back) * a;
        }
    }
}

// The last day with an order, or the smallest qint32 when there is none.
qint32 lastOrderDay(const Column *dateCol)
{
    qint32 maxDay = std::numeric_limits<qint32>::min();
    if (dateCol)
        for (qint32 d : dateCol->days())
            if (d != Column::kMissingDate)
                maxDay = std::max(maxDay, d);
    return maxDay;
}

} // namespace

Result<GrowthTrend> GrowthTrend::compute(const Dataset &data, const GrowthOptions &options,
                                         TaskControl *control)
{
    if (Status s = options.validate(); !s)
        return s.error();
    if (SummaryColumns::present(data))
        return fromSummaryColumns(data, options);
    const Column *dateCol = data.transactions.find(Role::Date);
    const Column *amountCol = data.transactions.find(Role::Amount);
    const std::vector<qint32> &cust = data.transactionCustomers();
    const qint32 maxDay = lastOrderDay(dateCol);
    if (!dateCol || !amountCol || cust.empty() || maxDay == std::numeric_limits<qint32>::min())
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The data has no transactions with dates and amounts, "
                                         "so spending trends cannot be computed."))
            .withCode("missing-role");

    GrowthTrend g;
    g.options = options;
    if (g.options.asOfDay == Column::kMissingDate)
        g.options.asOfDay = maxDay + 1;
    const qint32 asOf = g.options.asOfDay;
    g.recentFrom = asOf - options.windowDays;
    g.previousFrom = g.recentFrom - options.windowDays;
    const size_t n = size_t(data.customerCount());
    MemoryAdvice::assign(g.recent, n, 0.0);
    MemoryAdvice::assign(g.previous, n, 0.0);
    MemoryAdvice::assign(g.change, n, std::numeric_limits<double>::quiet_NaN());
    MemoryAdvice::assign(g.slope, n, 0.0);
    MemoryAdvice::assign(g.growthClass, n, quint8(GrowthClass::None));

    std::vector<Sums> sums;
    MemoryAdvice::assign(sums, n, Sums{});
    std::vector<char> active;
    MemoryAdvice::assign(active, n, char(0));
    const SpendLines lines{cust, dateCol->days(), amountCol->numbers(), asOf,
                           g.recentFrom, g.previousFrom, options.slopeMonths};
    // A thread of its own rather than a pool thread: callers may already run on the pool.
    auto secondHalf = std::async(std::launch::async,
                                 [&] { scanSpend(lines, sums, active, n / 2, n, nullptr); });
    scanSpend(lines, sums, active, 0, n / 2, control);
    secondHalf.get();
    if (control && control->isCancelled())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "The growth analysis was cancelled."))
            .withCode("cancelled");

    std::vector<double> sumY(n), sumXY(n);
    for (size_t c = 0; c < n; ++c) {
        g.recent[c] = sums[c].recent;
        g.previous[c] = sums[c].previous;
        sumY[c] = sums[c].y;
        sumXY[c] = sums[c].xy;
    }
    g.classify(active, sumY, sumXY);
    if (control)
        control->reportProgress(1.0);
    return g;
}

Result<GrowthTrend> GrowthTrend::fromSummaryColumns(const Dataset &data, const GrowthOptions &options)
{
    static_assert(GrowthOptions{}.windowDays == SummaryColumns::kGrowthWindowDays
                  && GrowthOptions{}.slopeMonths == SummaryColumns::kGrowthSlopeMonths);
    if (Status st = SummaryColumns::checkGrowth(data, options.asOfDay, options.windowDays,
                                                options.slopeMonths);
        !st)
        return st.error();
    GrowthTrend g;
    g.options = options;
    g.options.asOfDay = data.summaryAsOfDay;
    g.recentFrom = g.options.asOfDay - options.windowDays;
    g.previousFrom = g.recentFrom - options.windowDays;
    const size_t n = size_t(data.customerCount());
    auto values = [&](SummaryColumns::Index index) {
        std::vector<double> v(n, 0.0);
        const std::vector<double> &stored = SummaryColumns::find(data, index)->numbers();
        for (size_t i = 0; i < n && i < stored.size(); ++i)
            v[i] = std::isnan(stored[i]) ? 0.0 : stored[i];
        return v;
    };
    g.recent = values(SummaryColumns::RecentSpend);
    g.previous = values(SummaryColumns::PreviousSpend);
    const std::vector<double> lines = values(SummaryColumns::TrendLines);
    std::vector<char> active;
    MemoryAdvice::assign(active, n, char(0));
    for (size_t i = 0; i < n; ++i)
        active[i] = lines[i] > 0;
    MemoryAdvice::assign(g.change, n, std::numeric_limits<double>::quiet_NaN());
    MemoryAdvice::assign(g.slope, n, 0.0);
    MemoryAdvice::assign(g.growthClass, n, quint8(GrowthClass::None));
    g.classify(active, values(SummaryColumns::TrendSumY), values(SummaryColumns::TrendSumXY));
    return g;
}

void GrowthTrend::classify(const std::vector<char> &active, const std::vector<double> &sumY,
                           const std::vector<double> &sumXY)
{
    const GrowthOptions &options = this->options;
    GrowthTrend &g = *this;
    const size_t n = active.size();
    // Rounded as CustomerSummary's sums, so the order of the terms cannot change a class.
    for (size_t c = 0; c < n; ++c) {
        g.recent[c] = CustomerSummary::roundSum(g.recent[c]);
        g.previous[c] = CustomerSummary::roundSum(g.previous[c]);
    }
    const qint64 months = options.slopeMonths;
    const double meanX = double(months - 1) / 2.0;
    const double sxx = double(months) * double(months * months - 1) / 12.0;
    for (size_t c = 0; c < n; ++c) {
        GrowthClass k = GrowthClass::None;
        if (active[c]) {
            const double r = g.recent[c], p = g.previous[c];
            if (p != 0) {
                g.change[c] = (r - p) / std::fabs(p);
                k = g.change[c] > options.growingChange      ? GrowthClass::Growing
                    : g.change[c] < options.decliningChange ? GrowthClass::Declining
                                                              : GrowthClass::Stable;
            } else {
                k = r > 0 ? GrowthClass::Growing
                    : r < 0 ? GrowthClass::Declining
                            : GrowthClass::Stable;
            }
        }
        const double y = CustomerSummary::roundSum(sumY[c]);
        const double xy = CustomerSummary::roundSum(sumXY[c]);
        if (y != 0 || xy != 0)
            g.slope[c] = (xy - meanX * y) / sxx;
        g.growthClass[c] = quint8(k);
        ++g.counts[size_t(k)];
        g.recentSpend[size_t(k)] += g.recent[c];
        g.previousSpend[size_t(k)] += g.previous[c];
    }
}

QJsonObject GrowthTrend::toJson() const
{
    QJsonArray classes;
    for (GrowthClass k : kClasses)
        classes.append(QJsonObject{{QStringLiteral("class"), growthClassName(k)},
                                   {QStringLiteral("customers"), counts[size_t(k)]},
                                   {QStringLiteral("recent_spend"), recentSpend[size_t(k)]},
                                   {QStringLiteral("previous_spend"), previousSpend[size_t(k)]}});
    return {{QStringLiteral("options"), options.toJson()},
            {QStringLiteral("recent_from"), dateText(recentFrom)},
            {QStringLiteral("previous_from"), dateText(previousFrom)},
            {QStringLiteral("classes"), classes}};
}

} // namespace Segmenta
