// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/valuegroups.h"

#include "base/canonicalname.h"
#include "analysis/measures/customersummary.h"
#include "analysis/measures/measuresettings.h"
#include "analysis/measures/growthtrend.h"
#include "base/memoryadvice.h"
#include "analysis/measures/paretocurve.h"

#include <QJsonArray>

#include <cmath>
#include <limits>
#include <optional>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";
constexpr std::array<ValueGroup, kValueGroupCount> kGroups = {
    ValueGroup::MostValuable, ValueGroup::MostGrowable, ValueGroup::Other, ValueGroup::BelowZero};

Message invalidSetting(const QString &key)
{
    return MeasureSettings::invalid(
        QT_TRANSLATE_NOOP("Segmenta::Analysis", "The value group setting “%1” is not valid."),
        "value-group-settings", key);
}

} // namespace

QString valueGroupName(ValueGroup group)
{
    switch (group) {
    case ValueGroup::MostValuable:
        return QStringLiteral("most_valuable");
    case ValueGroup::MostGrowable:
        return QStringLiteral("most_growable");
    case ValueGroup::Other:
        return QStringLiteral("other");
    case ValueGroup::BelowZero:
        break;
    }
    return QStringLiteral("below_zero");
}

bool valueGroupFromName(const QString &name, ValueGroup &group)
{
    return fromCanonicalName(name, kGroups, valueGroupName, group);
}

Status ValueGroupOptions::validate() const
{
    if (!MeasureSettings::isFraction(mvcShare))
        return invalidSetting(QStringLiteral("mvc_share"));
    if (!MeasureSettings::isFraction(mgcShare) || mvcShare + mgcShare > 1)
        return invalidSetting(QStringLiteral("mgc_share"));
    return Status::success();
}

QJsonObject ValueGroupOptions::toJson() const
{
    return {{QStringLiteral("mvc_share"), mvcShare}, {QStringLiteral("mgc_share"), mgcShare}};
}

Result<ValueGroupOptions> ValueGroupOptions::fromJson(const QJsonObject &json)
{
    ValueGroupOptions o;
    for (const auto &[key, target] : {std::pair{QStringLiteral("mvc_share"), &o.mvcShare},
                                      std::pair{QStringLiteral("mgc_share"), &o.mgcShare}})
        if (!MeasureSettings::readNumber(json, key, *target))
            return invalidSetting(key);
    if (Status s = o.validate(); !s)
        return s.error();
    return o;
}

std::vector<double> ValueGroups::customerProfit(const Dataset &data,
                                                const CustomerSummary &summary)
{
    std::vector<double> profit = summary.grossProfit;
    const Column *cost = data.customers.find(Role::CostToServe);
    if (cost && cost->type() == ColumnType::Number) {
        const std::vector<double> &c = cost->numbers();
        for (size_t i = 0; i < profit.size() && i < c.size(); ++i)
            if (!std::isnan(c[i]))
                profit[i] -= c[i];
    }
    return profit;
}

namespace {

// The growth potential of every customer: the predicted value above today's profit, else the
// change of spend between the growth windows at the customer's margin rate (the trend is
// computed when not given); NaN when neither is known, with a note.
void computeGrowthPotential(const Dataset &data, const CustomerSummary &summary,
                            const std::vector<double> &predictedValue, const GrowthTrend *trend,
                            ValueGroups &r)
{
    const size_t n = size_t(summary.size());
    MemoryAdvice::assign(r.growthPotential, n, std::numeric_limits<double>::quiet_NaN());
    r.fromPrediction = !predictedValue.empty();
    if (r.fromPrediction) {
        for (size_t i = 0; i < n; ++i)
            r.growthPotential[i] = predictedValue[i] - r.profit[i];
        return;
    }
    std::optional<Result<GrowthTrend>> computed;
    if (!trend) {
        GrowthOptions g;
        g.asOfDay = summary.asOfDay;
        computed.emplace(GrowthTrend::compute(data, g));
        if (computed->ok())
            trend = &computed->value();
    }
    if (!trend) {
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "Without transactions or a predicted "
                                                 "value the growth potential is unknown, "
                                                 "so no customer is most growable.")));
        return;
    }
    double revenue = 0, gross = 0;
    for (size_t i = 0; i < n; ++i) {
        revenue += summary.revenue[i];
        gross += summary.grossProfit[i];
    }
    const double overallRate = revenue > 0 ? gross / revenue : 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double rate = summary.revenue[i] > 0 ? summary.grossProfit[i] / summary.revenue[i]
                                                   : overallRate;
        r.growthPotential[i] = (trend->recent[i] - trend->previous[i]) * rate;
    }
}

// Each customer's group: below zero by profit, then the most valuable by profit and the most
// growable by growth potential among the other profitable ones. Returns how many are most
// growable.
size_t assignGroups(const ValueGroupOptions &options, ValueGroups &r)
{
    const size_t n = r.profit.size();
    std::vector<char> eligible;
    MemoryAdvice::assign(eligible, n, char(0));
    for (size_t i = 0; i < n; ++i) {
        eligible[i] = r.profit[i] >= 0;
        r.profitableCustomers += eligible[i];
        r.totalProfit += r.profit[i];
    }
    const double profitable = double(r.profitableCustomers);
    MemoryAdvice::assign(r.group, n, quint8(ValueGroup::Other));
    for (size_t i = 0; i < n; ++i)
        if (!eligible[i])
            r.group[i] = quint8(ValueGroup::BelowZero);

    // Only who is in the top matters, not the order inside it: selection, not a sort.
    const std::vector<qint32> topProfit = ParetoCurve::topRows(
        r.profit, &eligible, size_t(std::llround(options.mvcShare * profitable)));
    for (qint32 row : topProfit) {
        r.group[size_t(row)] = quint8(ValueGroup::MostValuable);
        eligible[size_t(row)] = 0;
    }
    for (size_t i = 0; i < n; ++i)
        eligible[i] = eligible[i] && r.growthPotential[i] > 0; // false for NaN
    const std::vector<qint32> topPotential = ParetoCurve::topRows(
        r.growthPotential, &eligible, size_t(std::llround(options.mgcShare * profitable)));
    for (qint32 row : topPotential)
        r.group[size_t(row)] = quint8(ValueGroup::MostGrowable);
    return topPotential.size();
}

// The customers, profit and growth potential of each group, with their shares.
void sumGroups(ValueGroups &r)
{
    const size_t n = r.group.size();
    for (ValueGroup g : kGroups)
        r.groups[size_t(g)].group = g;
    for (size_t i = 0; i < n; ++i) {
        ValueGroups::Group &g = r.groups[r.group[i]];
        ++g.customers;
        g.profit += r.profit[i];
        if (!std::isnan(r.growthPotential[i]))
            g.growthPotential += r.growthPotential[i];
    }
    for (ValueGroups::Group &g : r.groups) {
        g.customerShare = n > 0 ? double(g.customers) / double(n) : 0.0;
        g.profitShare = r.totalProfit != 0 ? g.profit / r.totalProfit : 0.0;
    }
}

} // namespace

Result<ValueGroups> ValueGroups::compute(const Dataset &data, const CustomerSummary &summary,
                                         const ValueGroupOptions &options,
                                         const std::vector<double> &predictedValue,
                                         const GrowthTrend *trend)
{
    if (Status s = options.validate(); !s)
        return s.error();
    const size_t n = size_t(summary.size());
    if (!predictedValue.empty() && predictedValue.size() != n)
        return invalidSetting(QStringLiteral("predictedValue"));
    if (trend && size_t(trend->size()) != n)
        return invalidSetting(QStringLiteral("trend"));

    ValueGroups r;
    r.options = options;
    const Column *cost = data.customers.find(Role::CostToServe);
    r.hasCostToServe = cost && cost->type() == ColumnType::Number;
    r.profit = customerProfit(data, summary);
    computeGrowthPotential(data, summary, predictedValue, trend, r);
    const size_t mgc = assignGroups(options, r);
    sumGroups(r);
    if (!r.hasCostToServe)
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "The customer list has no cost to serve, so "
                                                 "profit is the gross profit and only customers "
                                                 "whose refunds exceed their purchases are "
                                                 "below zero.")));
    if (mgc < size_t(std::llround(options.mgcShare * double(r.profitableCustomers))))
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "Only %1 profitable customers outside the most "
                                                 "valuable group have any growth potential, so "
                                                 "the most growable group is smaller than "
                                                 "asked."),
                               {QString::number(mgc)}));
    return r;
}

QJsonObject ValueGroups::toJson() const
{
    QJsonArray groupArray;
    for (const Group &g : groups)
        groupArray.append(QJsonObject{{QStringLiteral("group"), valueGroupName(g.group)},
                                      {QStringLiteral("customers"), g.customers},
                                      {QStringLiteral("profit"), g.profit},
                                      {QStringLiteral("customer_share"), g.customerShare},
                                      {QStringLiteral("profit_share"), g.profitShare},
                                      {QStringLiteral("growth_potential"), g.growthPotential}});
    QJsonArray texts;
    for (const Message &m : notes)
        texts.append(m.toString());
    return {{QStringLiteral("options"), options.toJson()},
            {QStringLiteral("growth_from"),
             fromPrediction ? QStringLiteral("prediction") : QStringLiteral("trend")},
            {QStringLiteral("has_cost_to_serve"), hasCostToServe},
            {QStringLiteral("profitable_customers"), profitableCustomers},
            {QStringLiteral("total_profit"), totalProfit},
            {QStringLiteral("groups"), groupArray},
            {QStringLiteral("notes"), texts}};
}

} // namespace Segmenta
