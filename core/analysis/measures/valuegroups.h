// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>

#include <array>
#include <vector>

namespace Segmenta {

class CustomerSummary;
class Dataset;
class GrowthTrend;

// Value groups (docs/domain.md, "Value groups"). Canonical names "most_valuable", "most_growable",
// "other", "below_zero" (compared case-insensitively when parsed).
enum class ValueGroup : quint8 { MostValuable, MostGrowable, Other, BelowZero };
inline constexpr int kValueGroupCount = 4;
QString valueGroupName(ValueGroup group);
bool valueGroupFromName(const QString &name, ValueGroup &group);

struct ValueGroupOptions
{
    // Most valuable customers (MVC): this share of the profitable customers (profit >= 0), the
    // best by profit. A top decile is the usual reading of "the top value group" and keeps the
    // group small enough for personal care.
    double mvcShare = 0.10;
    // Most growable customers (MGC): at most this share of the profitable customers, taken
    // from the profitable non-MVC customers with the largest positive growth potential: the
    // next 20 %, so that MVC and MGC together are the 30 % a sales team can cover.
    double mgcShare = 0.20;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<ValueGroupOptions> fromJson(const QJsonObject &json);
};

// Every customer (CustomerSummary = Dataset::customers order) in exactly one group:
// - profit = gross profit (CustomerSummary::grossProfit, Σ amount × margin) - cost to serve
//   (the customers' CostToServe column; missing or absent = 0), see customerProfit();
// - below_zero: profit < 0;
// - most_valuable: among the P profitable customers (profit >= 0), the round(mvcShare × P)
//   with the highest profit (equal profits by row, see ParetoCurve::rankDescending);
// - most_growable: among the remaining profitable customers, those with growth potential > 0,
//   the round(mgcShare × P) with the largest potential (fewer when fewer have any);
// - other: the remaining profitable customers.
// Growth potential = predicted future value - present value:
// - with predictedValue (one per customer, e.g. CLV net of cost to serve over a horizon as
//   long as the data window): predictedValue - profit; NaN = unknown, never most growable;
// - without it, from the spending trend (GrowthTrend, given or computed with default options
//   at the summary's asOfDay): continuing the trend linearly for one more window, predicted
//   next-window spend = 2 × recent - previous against present spend = recent, so potential =
//   (recent - previous) × margin rate, the margin rate being the customer's gross profit /
//   revenue (the overall rate when the customer's revenue is not positive).
class ValueGroups
{
public:
    struct Group
    {
        ValueGroup group = ValueGroup::Other;
        qint64 customers = 0;
        double profit = 0;
        double customerShare = 0; // of all customers
        double profitShare = 0;   // of the total profit (0 when that is 0)
        double growthPotential = 0; // Σ over the customers where it is known
    };

    // Fails with code "value-group-settings" for invalid options or a predictedValue or trend
    // of the wrong size. When the trend is needed but cannot be computed (no transactions),
    // nobody is most growable and a note says why.
    static Result<ValueGroups> compute(const Dataset &data, const CustomerSummary &summary,
                                       const ValueGroupOptions &options = {},
                                       const std::vector<double> &predictedValue = {},
                                       const GrowthTrend *trend = nullptr);

    // Gross profit minus cost to serve, per customer.
    static std::vector<double> customerProfit(const Dataset &data,
                                              const CustomerSummary &summary);

    ValueGroup groupOf(qsizetype row) const { return ValueGroup(group[size_t(row)]); }
    const Group &groupInfo(ValueGroup g) const { return groups[size_t(g)]; }

    QJsonObject toJson() const;

    ValueGroupOptions options;
    bool fromPrediction = false; // growth potential from predictedValue (else the trend)
    bool hasCostToServe = false;
    std::vector<double> profit;
    std::vector<double> growthPotential;
    std::vector<quint8> group;
    std::array<Group, kValueGroupCount> groups;
    qint64 profitableCustomers = 0;
    double totalProfit = 0;
    QList<Message> notes;
};

} // namespace Segmenta
