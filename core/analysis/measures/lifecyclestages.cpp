// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/lifecyclestages.h"

#include "base/canonicalname.h"
#include "analysis/measures/customersummary.h"
#include "analysis/measures/measuresettings.h"

#include <QJsonArray>

#include <cmath>

namespace Segmenta {

namespace {

constexpr std::array<LifecycleStage, kLifecycleStageCount> kStages = {
    LifecycleStage::Loyal, LifecycleStage::Potential, LifecycleStage::Marginal,
    LifecycleStage::Churned};

Message invalidSetting(const QString &key)
{
    return MeasureSettings::invalid(
        QT_TRANSLATE_NOOP("Segmenta::Analysis", "The lifecycle setting “%1” is not valid."),
        "lifecycle-settings", key);
}

} // namespace

QString lifecycleStageName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Loyal:
        return QStringLiteral("loyal");
    case LifecycleStage::Potential:
        return QStringLiteral("potential");
    case LifecycleStage::Marginal:
        return QStringLiteral("marginal");
    case LifecycleStage::Churned:
        break;
    }
    return QStringLiteral("churned");
}

bool lifecycleStageFromName(const QString &name, LifecycleStage &stage)
{
    return fromCanonicalName(name, kStages, lifecycleStageName, stage);
}

Status LifecycleOptions::validate() const
{
    if (churnRecencyDays < 1)
        return invalidSetting(QStringLiteral("churn_recency_days"));
    if (recentDays < 0 || recentDays >= churnRecencyDays)
        return invalidSetting(QStringLiteral("recent_days"));
    if (loyalMinPurchaseDays < 1)
        return invalidSetting(QStringLiteral("loyal_min_purchase_days"));
    if (!MeasureSettings::isFraction(churnPAlive))
        return invalidSetting(QStringLiteral("churn_p_alive"));
    if (!MeasureSettings::isFraction(loyalMinPAlive) || loyalMinPAlive < churnPAlive)
        return invalidSetting(QStringLiteral("loyal_min_p_alive"));
    return Status::success();
}

QJsonObject LifecycleOptions::toJson() const
{
    return {{QStringLiteral("churn_recency_days"), churnRecencyDays},
            {QStringLiteral("churn_p_alive"), churnPAlive},
            {QStringLiteral("recent_days"), recentDays},
            {QStringLiteral("loyal_min_purchase_days"), loyalMinPurchaseDays},
            {QStringLiteral("loyal_min_p_alive"), loyalMinPAlive}};
}

Result<LifecycleOptions> LifecycleOptions::fromJson(const QJsonObject &json)
{
    LifecycleOptions o;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("churn_recency_days"), &o.churnRecencyDays},
          std::pair{QStringLiteral("recent_days"), &o.recentDays},
          std::pair{QStringLiteral("loyal_min_purchase_days"), &o.loyalMinPurchaseDays}})
        if (!MeasureSettings::readWhole(json, key, *target))
            return invalidSetting(key);
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("churn_p_alive"), &o.churnPAlive},
          std::pair{QStringLiteral("loyal_min_p_alive"), &o.loyalMinPAlive}})
        if (!MeasureSettings::readNumber(json, key, *target))
            return invalidSetting(key);
    if (Status s = o.validate(); !s)
        return s.error();
    return o;
}

Result<LifecycleStages> LifecycleStages::compute(const CustomerSummary &summary,
                                                 const std::vector<double> &pAlive,
                                                 const LifecycleOptions &options)
{
    if (Status s = options.validate(); !s)
        return s.error();
    const size_t n = size_t(summary.size());
    if (!pAlive.empty() && pAlive.size() != n)
        return invalidSetting(QStringLiteral("pAlive"));

    LifecycleStages r;
    r.options = options;
    r.usedPAlive = !pAlive.empty();
    r.stage.resize(n);
    for (size_t i = 0; i < n; ++i) {
        LifecycleStage s = LifecycleStage::Marginal;
        const double p = pAlive.empty() ? std::nan("") : pAlive[i];
        const bool known = !std::isnan(p);
        if (!summary.hasPurchases(qsizetype(i))) {
            s = LifecycleStage::Potential;
        } else {
            const qint64 recency = qint64(summary.asOfDay) - summary.lastDay[i];
            const bool recent = recency <= options.recentDays;
            const bool frequent = summary.purchaseDays[i] >= options.loyalMinPurchaseDays;
            if (recency >= options.churnRecencyDays || (known && p < options.churnPAlive))
                s = LifecycleStage::Churned;
            else if (recent && frequent && (!known || p >= options.loyalMinPAlive))
                s = LifecycleStage::Loyal;
            else if (recent && !frequent)
                s = LifecycleStage::Potential;
        }
        r.stage[i] = quint8(s);
        ++r.counts[size_t(s)];
        r.revenue[size_t(s)] += summary.revenue[i];
    }
    return r;
}

QJsonObject LifecycleStages::toJson() const
{
    QJsonArray stages;
    for (LifecycleStage s : kStages)
        stages.append(QJsonObject{{QStringLiteral("stage"), lifecycleStageName(s)},
                                  {QStringLiteral("customers"), counts[size_t(s)]},
                                  {QStringLiteral("revenue"), revenue[size_t(s)]}});
    return {{QStringLiteral("options"), options.toJson()},
            {QStringLiteral("used_p_alive"), usedPAlive},
            {QStringLiteral("stages"), stages}};
}

} // namespace Segmenta
