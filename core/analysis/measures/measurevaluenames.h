// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

// The values of the computed categorical measures (tier, lifecycle, value_group, rfm_segment)
// as people read them in English, Simplified and Traditional Chinese. Core has no tr(), so the
// names are data shared by the target lists (ListLanguage), the rule language, which accepts
// any of them for the canonical value (docs/rules.md), and the rule builder's value lists.
class MeasureValueNames
{
public:
    struct Entry
    {
        const char16_t *column;
        const char16_t *value; // canonical, as the measure's column holds it
        const char16_t *english;
        const char16_t *simplified;
        const char16_t *traditional;
    };

    // The entry of a canonical value of column (exact), or null.
    static const Entry *find(const QString &column, const QString &value);
    // The canonical value of column that text (trimmed, ignoring case) names in any of the
    // three languages, e.g. "白金", "Platinum" or "platinum" → "platinum"; null when none.
    static QString canonical(const QString &column, const QString &text);
};

} // namespace Segmenta
