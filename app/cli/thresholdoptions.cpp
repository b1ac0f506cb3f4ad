// SPDX-License-Identifier: GPL-3.0-or-later
#include "thresholdoptions.h"

#include "clioutput.h"

#include <cmath>

namespace Segmenta::Cli {

namespace {

const QString kChurnDays = QStringLiteral("churn-days");
const QString kRecentDays = QStringLiteral("recent-days");
const QString kLoyalPurchaseDays = QStringLiteral("loyal-purchase-days");
const QString kChurnPAlive = QStringLiteral("churn-p-alive");
const QString kLoyalPAlive = QStringLiteral("loyal-p-alive");
const QString kWindowDays = QStringLiteral("growth-window-days");
const QString kGrowingChange = QStringLiteral("growing-change");
const QString kDecliningChange = QStringLiteral("declining-change");
const QString kSlopeMonths = QStringLiteral("slope-months");

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

void addThresholdOptions(QCommandLineParser &parser)
{
    const LifecycleOptions l;
    const GrowthOptions g;
    parser.addOption({kChurnDays, QStringLiteral("Lifecycle: churned after this many days without a purchase (default %1).").arg(l.churnRecencyDays), QStringLiteral("DAYS")});
    parser.addOption({kRecentDays, QStringLiteral("Lifecycle: a purchase within this many days is recent; below --churn-days (default %1).").arg(l.recentDays), QStringLiteral("DAYS")});
    parser.addOption({kLoyalPurchaseDays, QStringLiteral("Lifecycle: loyal customers have at least this many purchase days (default %1).").arg(l.loyalMinPurchaseDays), QStringLiteral("N")});
    parser.addOption({kChurnPAlive, QStringLiteral("Lifecycle: churned when P(alive) is below this, 0 to 1 (default %1).").arg(number(l.churnPAlive)), QStringLiteral("P")});
    parser.addOption({kLoyalPAlive, QStringLiteral("Lifecycle: loyal needs P(alive) of at least this, from --churn-p-alive to 1 (default %1).").arg(number(l.loyalMinPAlive)), QStringLiteral("P")});
    parser.addOption({kWindowDays, QStringLiteral("Growth: length in days of the recent and the previous window (default %1).").arg(g.windowDays), QStringLiteral("DAYS")});
    parser.addOption({kGrowingChange, QStringLiteral("Growth: growing above this relative change, 0.2 = +20 % (default %1).").arg(number(g.growingChange)), QStringLiteral("X")});
    parser.addOption({kDecliningChange, QStringLiteral("Growth: declining below this relative change, -0.2 = -20 % (default %1).").arg(number(g.decliningChange)), QStringLiteral("X")});
    parser.addOption({kSlopeMonths, QStringLiteral("Growth: months in the spending slope, 2 to 120 (default %1).").arg(g.slopeMonths), QStringLiteral("N")});
}

bool readThresholdOptions(const QCommandLineParser &parser, const QString &command,
                          LifecycleOptions &lifecycle, GrowthOptions &growth)
{
    auto fail = [&command](const QString &text) {
        printError(QStringLiteral("%1: %2").arg(command, text));
        return false;
    };
    auto readInt = [&](const QString &name, qint32 &out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const qint32 v = parser.value(name).trimmed().toInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--%1 must be a whole number, not “%2”.").arg(name, parser.value(name)));
        out = v;
        return true;
    };
    auto readDouble = [&](const QString &name, double &out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double v = parser.value(name).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(QStringLiteral("--%1 must be a number such as 0.2, not “%2”.").arg(name, parser.value(name)));
        out = v;
        return true;
    };
    if (!readInt(kChurnDays, lifecycle.churnRecencyDays) || !readInt(kRecentDays, lifecycle.recentDays)
        || !readInt(kLoyalPurchaseDays, lifecycle.loyalMinPurchaseDays)
        || !readDouble(kChurnPAlive, lifecycle.churnPAlive)
        || !readDouble(kLoyalPAlive, lifecycle.loyalMinPAlive) || !readInt(kWindowDays, growth.windowDays)
        || !readDouble(kGrowingChange, growth.growingChange)
        || !readDouble(kDecliningChange, growth.decliningChange) || !readInt(kSlopeMonths, growth.slopeMonths))
        return false;

    // The analyses' own checks decide; their setting name picks the sentence.
    if (Status s = lifecycle.validate(); !s) {
        const QString key = s.error().args().value(0);
        if (key == u"churn_recency_days")
            return fail(QStringLiteral("--%1 must be at least 1, not %2.").arg(kChurnDays).arg(lifecycle.churnRecencyDays));
        if (key == u"recent_days")
            return fail(QStringLiteral("--%1 must be at least 0 and below --%2 (%3 days), not %4.")
                            .arg(kRecentDays, kChurnDays).arg(lifecycle.churnRecencyDays).arg(lifecycle.recentDays));
        if (key == u"loyal_min_purchase_days")
            return fail(QStringLiteral("--%1 must be at least 1, not %2.").arg(kLoyalPurchaseDays).arg(lifecycle.loyalMinPurchaseDays));
        if (key == u"churn_p_alive")
            return fail(QStringLiteral("--%1 must be a probability from 0 to 1, not %2.").arg(kChurnPAlive, number(lifecycle.churnPAlive)));
        if (key == u"loyal_min_p_alive")
            return fail(QStringLiteral("--%1 must be a probability from --%2 (%3) to 1, not %4.")
                            .arg(kLoyalPAlive, kChurnPAlive, number(lifecycle.churnPAlive), number(lifecycle.loyalMinPAlive)));
        return fail(s.errorString());
    }
    if (Status s = growth.validate(); !s) {
        const QString key = s.error().args().value(0);
        if (key == u"window_days")
            return fail(QStringLiteral("--%1 must be at least 1, not %2.").arg(kWindowDays).arg(growth.windowDays));
        if (key == u"growing_change")
            return fail(QStringLiteral("--%1 (%2) must not be below --%3 (%4).")
                            .arg(kGrowingChange, number(growth.growingChange), kDecliningChange, number(growth.decliningChange)));
        if (key == u"slope_months")
            return fail(QStringLiteral("--%1 must be from 2 to 120, not %2.").arg(kSlopeMonths).arg(growth.slopeMonths));
        return fail(s.errorString());
    }
    return true;
}

} // namespace Segmenta::Cli
