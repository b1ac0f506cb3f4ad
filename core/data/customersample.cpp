// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/customersample.h"

#include <QJsonArray>

#include <cmath>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";

double ratio(double a, double b)
{
    return b != 0 ? a / b : 0.0;
}
} // namespace

bool CustomerSample::sameTiers(const std::array<double, kValueTierCount> &percents) const
{
    for (size_t t = 0; t < percents.size(); ++t)
        if (std::abs(percents[t] - tierPercents[t]) > 1e-9)
            return false;
    return true;
}

Message CustomerSample::note() const
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                     "Per-customer results come from a uniform sample of %1 of the %2 "
                                     "customers (%3 %). The numbers of customers and orders, the revenue, "
                                     "the 80/20 figures and the pyramid by revenue were computed on the "
                                     "server over all of them."),
                   {QString::number(customers), QString::number(population),
                    QString::number(100.0 * fraction(), 'g', 3)});
}

QJsonObject CustomerSample::toJson() const
{
    QJsonObject topShare, topCustomers;
    for (size_t i = 0; i < kTopPercents.size(); ++i) {
        topShare.insert(QString::number(kTopPercents[i]), topShares[i]);
        topCustomers.insert(QString::number(kTopPercents[i]), topCounts[i]);
    }
    const QJsonObject pareto{{QStringLiteral("value"), QStringLiteral("revenue")},
                             {QStringLiteral("gini"), gini},
                             {QStringLiteral("top_share"), topShare},
                             {QStringLiteral("top_customers"), topCustomers},
                             {QStringLiteral("customers_for_80pct"), customersFor80},
                             {QStringLiteral("positive_total"), positiveRevenue},
                             {QStringLiteral("negative_customers"), negativeCustomers},
                             {QStringLiteral("negative_total"), negativeRevenue}};
    double ranked = 0;
    for (const Tier &t : tiers)
        ranked += t.value;
    QJsonArray tierArray;
    for (size_t t = 0; t < tiers.size(); ++t) {
        const Tier &x = tiers[t];
        tierArray.append(QJsonObject{{QStringLiteral("name"), valueTierName(ValueTier(t))},
                                     {QStringLiteral("percent"), tierPercents[t]},
                                     {QStringLiteral("customers"), x.customers},
                                     {QStringLiteral("value"), x.value},
                                     {QStringLiteral("share"), ratio(x.value, ranked)},
                                     {QStringLiteral("mean_value"), ratio(x.value, double(x.customers))},
                                     {QStringLiteral("orders"), x.orders},
                                     {QStringLiteral("mean_frequency"), ratio(x.orders, double(x.customers))},
                                     {QStringLiteral("min_value"), x.minValue},
                                     {QStringLiteral("max_value"), x.maxValue}});
    }
    const QJsonObject exact{{QStringLiteral("customers"), population},
                            {QStringLiteral("customers_with_orders"), customersWithOrders},
                            {QStringLiteral("orders"), orders},
                            {QStringLiteral("lines"), lines},
                            {QStringLiteral("revenue"), revenue},
                            {QStringLiteral("gross_profit"), grossProfit},
                            {QStringLiteral("quantity"), quantity},
                            {QStringLiteral("pareto"), pareto},
                            {QStringLiteral("tiers"), tierArray}};
    return {{QStringLiteral("customers"), customers},
            {QStringLiteral("population"), population},
            {QStringLiteral("fraction"), fraction()},
            {QStringLiteral("seed"), seed},
            {QStringLiteral("method"), QStringLiteral("md5('<seed>:' || customer) <= hash_cutoff")},
            {QStringLiteral("hash_cutoff"), hashCutoff},
            {QStringLiteral("note"), note().toString()},
            {QStringLiteral("exact"), exact}};
}

Result<CustomerSample> CustomerSample::fromJson(const QJsonObject &json)
{
    CustomerSample s;
    s.customers = json.value(QStringLiteral("customers")).toInteger(-1);
    s.population = json.value(QStringLiteral("population")).toInteger(-1);
    s.seed = json.value(QStringLiteral("seed")).toInteger();
    s.hashCutoff = json.value(QStringLiteral("hash_cutoff")).toString();
    const QJsonObject exact = json.value(QStringLiteral("exact")).toObject();
    const QJsonObject pareto = exact.value(QStringLiteral("pareto")).toObject();
    const QJsonArray tierArray = exact.value(QStringLiteral("tiers")).toArray();
    if (s.customers < 0 || s.population < s.customers || tierArray.size() != kValueTierCount)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "The record of the warehouse sample is damaged."))
            .withCode("warehouse-sample");
    s.customersWithOrders = exact.value(QStringLiteral("customers_with_orders")).toInteger();
    s.orders = exact.value(QStringLiteral("orders")).toInteger();
    s.lines = exact.value(QStringLiteral("lines")).toInteger();
    s.revenue = exact.value(QStringLiteral("revenue")).toDouble();
    s.grossProfit = exact.value(QStringLiteral("gross_profit")).toDouble();
    s.quantity = exact.value(QStringLiteral("quantity")).toDouble();
    s.gini = pareto.value(QStringLiteral("gini")).toDouble();
    s.customersFor80 = pareto.value(QStringLiteral("customers_for_80pct")).toInteger();
    s.positiveRevenue = pareto.value(QStringLiteral("positive_total")).toDouble();
    s.negativeCustomers = pareto.value(QStringLiteral("negative_customers")).toInteger();
    s.negativeRevenue = pareto.value(QStringLiteral("negative_total")).toDouble();
    for (size_t i = 0; i < kTopPercents.size(); ++i) {
        const QString key = QString::number(kTopPercents[i]);
        s.topShares[i] = pareto.value(QStringLiteral("top_share")).toObject().value(key).toDouble();
        s.topCounts[i] = pareto.value(QStringLiteral("top_customers")).toObject().value(key).toInteger();
    }
    for (size_t t = 0; t < s.tiers.size(); ++t) {
        const QJsonObject o = tierArray[qsizetype(t)].toObject();
        s.tierPercents[t] = o.value(QStringLiteral("percent")).toDouble();
        Tier &x = s.tiers[t];
        x.customers = o.value(QStringLiteral("customers")).toInteger();
        x.value = o.value(QStringLiteral("value")).toDouble();
        x.orders = o.value(QStringLiteral("orders")).toDouble();
        x.minValue = o.value(QStringLiteral("min_value")).toDouble();
        x.maxValue = o.value(QStringLiteral("max_value")).toDouble();
    }
    return s;
}

} // namespace Segmenta
