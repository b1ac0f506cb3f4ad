// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>

namespace Segmenta {

// The tiers of the customer pyramid (docs/domain.md, "Customer pyramid"), best first. The canonical
// names ("platinum", "gold", "iron", "lead") are used by the command line, the project file and the
// rule language, which compares them case-insensitively; the UI shows valueTierTitle()
// translated (白金 / 黄金 / 铁 / 铅).
enum class ValueTier : quint8 { Platinum, Gold, Iron, Lead };

inline constexpr int kValueTierCount = 4;
inline constexpr std::array<ValueTier, kValueTierCount> kValueTiers = {
    ValueTier::Platinum, ValueTier::Gold, ValueTier::Iron, ValueTier::Lead};

inline QString valueTierName(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Platinum:
        return QStringLiteral("platinum");
    case ValueTier::Gold:
        return QStringLiteral("gold");
    case ValueTier::Iron:
        return QStringLiteral("iron");
    case ValueTier::Lead:
        break;
    }
    return QStringLiteral("lead");
}

// English title for display, to be translated in context "Segmenta::Analysis".
inline const char *valueTierTitle(ValueTier tier)
{
    switch (tier) {
    case ValueTier::Platinum:
        return QT_TRANSLATE_NOOP("Segmenta::Analysis", "Platinum");
    case ValueTier::Gold:
        return QT_TRANSLATE_NOOP("Segmenta::Analysis", "Gold");
    case ValueTier::Iron:
        return QT_TRANSLATE_NOOP("Segmenta::Analysis", "Iron");
    case ValueTier::Lead:
        break;
    }
    return QT_TRANSLATE_NOOP("Segmenta::Analysis", "Lead");
}

// Case-insensitive, surrounding spaces ignored; false (tier unchanged) for anything else.
inline bool valueTierFromName(const QString &name, ValueTier &tier)
{
    const QString n = name.trimmed();
    for (ValueTier t : kValueTiers) {
        if (n.compare(valueTierName(t), Qt::CaseInsensitive) == 0) {
            tier = t;
            return true;
        }
    }
    return false;
}

} // namespace Segmenta
