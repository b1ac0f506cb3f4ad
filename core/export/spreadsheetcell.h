// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/formulaguard.h"

#include <QString>

#include <string>
#include <string_view>

namespace Segmenta {

// How a target-list cell is written so that a spreadsheet shows it and never runs it. Text
// goes through FormulaGuard, the one neutralising rule of every file Segmenta writes
// (base/formulaguard.h). Numbers written as numbers cannot carry a formula and are left alone.
// All functions work on UTF-8 so the export loops build no QString per cell.
class SpreadsheetCell
{
public:
    static bool needsNeutralising(std::string_view utf8)
    {
        return FormulaGuard::needsNeutralising(utf8);
    }
    // The text as it goes into a cell: neutralised when needed.
    static void appendText(std::string &out, std::string_view utf8);
    static QString neutralised(const QString &text);

    // RFC 4180 field: quoted when it holds a comma, quote, CR or LF; neutralised first.
    static void appendCsvText(std::string &out, std::string_view utf8);
    // A number in plain digits (no thousands separators, no exponent for ordinary magnitudes),
    // the shortest text that reads back as the same double; nothing for NaN.
    static void appendNumber(std::string &out, double value);
    // yyyy-MM-dd, or yyyy-MM-dd HH:mm:ss when seconds >= 0.
    static void appendDate(std::string &out, qint32 daysSince1970, qint32 seconds = -1);
};

} // namespace Segmenta
