// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"

#include <QJsonObject>

#include <array>
#include <vector>

namespace Segmenta {

class CustomerSummary;

// Loyalty and lifecycle stages (docs/domain.md, "Lifecycle"). Canonical names "loyal",
// "potential", "marginal", "churned" (compared case-insensitively when parsed).
enum class LifecycleStage : quint8 { Loyal, Potential, Marginal, Churned };
inline constexpr int kLifecycleStageCount = 4;
QString lifecycleStageName(LifecycleStage stage);
bool lifecycleStageFromName(const QString &name, LifecycleStage &stage);

struct LifecycleOptions
{
    // Churned: no purchase for this many days. A year covers every seasonal cycle, so a
    // customer who skipped a whole one is treated as lost (the common retail convention).
    qint32 churnRecencyDays = 365;
    // Churned also when P(alive) is known and below this: the purchase model gives the
    // customer less than one chance in five of still being active.
    double churnPAlive = 0.2;
    // "Recent": a purchase within this many days (half a year, twice the usual quarterly
    // review cycle). Loyal customers must be recent, and so must potential ones with purchases.
    qint32 recentDays = 180;
    // Loyal: at least this many purchase days. A third occasion separates a habit from a
    // trial and one repeat; potential customers have fewer.
    qint32 loyalMinPurchaseDays = 3;
    // Loyal also needs P(alive) >= this when known: the model agrees the customer is very
    // likely still active.
    double loyalMinPAlive = 0.7;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<LifecycleOptions> fromJson(const QJsonObject &json);
};

// One stage per customer (CustomerSummary order), decided in this order:
// 1. potential: no purchase yet (before the summary's asOfDay);
// 2. churned: recency >= churnRecencyDays, or P(alive) < churnPAlive;
// 3. loyal: purchase days >= loyalMinPurchaseDays, recency <= recentDays and P(alive) >=
//    loyalMinPAlive;
// 4. potential: recency <= recentDays and purchase days < loyalMinPurchaseDays;
// 5. marginal: the rest (not recent but not yet churned, or recent and frequent but with a
//    P(alive) between the two thresholds).
// Recency = summary.asOfDay - last purchase day, in days (as in RFM). P(alive) is optional:
// an empty vector means unknown for everyone, NaN unknown for one customer; the conditions
// on it then hold. (Pass LifetimeResult::pAlive only when LifetimeResult::scored.)
class LifecycleStages
{
public:
    // Fails with code "lifecycle-settings" for invalid options or a pAlive of the wrong size.
    static Result<LifecycleStages> compute(const CustomerSummary &summary,
                                           const std::vector<double> &pAlive = {},
                                           const LifecycleOptions &options = {});

    LifecycleStage stageOf(qsizetype row) const { return LifecycleStage(stage[size_t(row)]); }

    QJsonObject toJson() const;

    LifecycleOptions options;
    bool usedPAlive = false;
    std::vector<quint8> stage;
    std::array<qint64, kLifecycleStageCount> counts{};  // customers per stage
    std::array<double, kLifecycleStageCount> revenue{}; // Σ revenue per stage
};

} // namespace Segmenta
