// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

// The language and header style of a target list (docs/export.md). Core has no tr(), so the
// header and value names live here as data shared by the command line and the GUI; the
// Traditional names are written directly rather than derived.
class ListLanguage
{
public:
    enum class Language { English, SimplifiedChinese, TraditionalChinese };
    enum class HeaderStyle { Codes, Names };
    // How a column's numbers read for people.
    enum class Unit { None, Probability, Money };

    // "en", "zh_CN", "zh_TW" (also "zh-CN", case-insensitive); false for anything else.
    static bool fromCode(const QString &code, Language &language);
    static QString code(Language language);
    // "codes" or "names".
    static bool styleFromName(const QString &name, HeaderStyle &style);
    static QString styleName(HeaderStyle style);

    static Unit unit(const QString &column);
    // The header for people, with the unit: "购买概率 (%)", "客户终身价值 (¥)". An unknown
    // column (an imported one) keeps its own name.
    static QString header(const QString &column, Language language, const QString &currency);
    // A computed value (tier, lifecycle stage, value group, RFM segment, yes/no) in the
    // language, or a null QString when value is not one of them.
    static QString value(const QString &column, const QString &value, Language language);
};

} // namespace Segmenta
