// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "base/message.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>

#include <array>
#include <vector>

namespace Segmenta {

class Dataset;
class TaskControl;

// Spending trend classes (docs/domain.md, "Growth"). Canonical names "growing", "stable",
// "declining", "none" (compared case-insensitively when parsed).
enum class GrowthClass : quint8 { Growing, Stable, Declining, None };
inline constexpr int kGrowthClassCount = 4;
QString growthClassName(GrowthClass c);
bool growthClassFromName(const QString &name, GrowthClass &c);

struct GrowthOptions
{
    // Exclusive end of the recent window; missing = the day after the last transaction, the
    // same default analysis date as CustomerSummary.
    qint32 asOfDay = Column::kMissingDate;
    // Length of each window. A whole year compares like with like: a seasonal business would
    // otherwise look growing every December.
    qint32 windowDays = 365;
    // Relative change (recent - previous) / |previous| above which spending is "growing" and
    // below which it is "declining". ±20 % is well beyond the year-to-year noise of a steady
    // customer, so the two classes mean a real change.
    double growingChange = 0.20;
    double decliningChange = -0.20;
    // Months (365.25 / 12 days each, counted back from asOfDay) in the least-squares slope of
    // monthly spend: one year, so a single seasonal peak does not decide the sign.
    int slopeMonths = 12;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<GrowthOptions> fromJson(const QJsonObject &json);
};

// Each customer's spending trend (docs/domain.md, "Growth"), in Dataset::customers row order,
// computed in one pass over the transactions (Date and Amount; refunds count as negative spend,
// lines without a date or an amount are skipped).
//
// Windows: recent = [asOfDay - windowDays, asOfDay), previous = the windowDays before it.
// change = (recent - previous) / |previous|, NaN when previous is 0. Class:
// - none: no transaction line in either window;
// - previous != 0: growing when change > growingChange, declining when change <
//   decliningChange, stable otherwise;
// - previous = 0 (nothing, or refunds that cancel out): growing when recent > 0 (new or
//   returning spend), declining when recent < 0, stable when recent = 0.
// slope: least-squares slope of spend per month over the last slopeMonths months (month 0 the
// oldest, months without purchases count as 0), in currency per month; 0 for "none".
class GrowthTrend
{
public:
    // Fails with code "missing-role" when the data has no transactions with dates and amounts,
    // "growth-settings" for invalid options, "cancelled" when cancelled.
    static Result<GrowthTrend> compute(const Dataset &data, const GrowthOptions &options = {},
                                       TaskControl *control = nullptr);

    // The same from the sums a warehouse computed (SummaryColumns), for the default windows.
    static Result<GrowthTrend> fromSummaryColumns(const Dataset &data, const GrowthOptions &options);

    qsizetype size() const { return qsizetype(recent.size()); }
    GrowthClass classOf(qsizetype row) const { return GrowthClass(growthClass[size_t(row)]); }

    QJsonObject toJson() const;

    GrowthOptions options; // as given, with asOfDay filled in
    qint32 recentFrom = 0;   // first day of the recent window
    qint32 previousFrom = 0; // first day of the previous window

    std::vector<double> recent;   // spend in the recent window
    std::vector<double> previous; // spend in the previous window
    std::vector<double> change;   // relative change, NaN when previous is 0
    std::vector<double> slope;    // spend per month, per month
    std::vector<quint8> growthClass;

    std::array<qint64, kGrowthClassCount> counts{};     // customers per class
    std::array<double, kGrowthClassCount> recentSpend{}; // Σ recent per class
    std::array<double, kGrowthClassCount> previousSpend{};

private:
    // Fills change, slope, classes and totals from recent, previous and the slope sums.
    void classify(const std::vector<char> &active, const std::vector<double> &sumY,
                  const std::vector<double> &sumXY);
};

} // namespace Segmenta
