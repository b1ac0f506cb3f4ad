// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace Segmenta {

// The one rule for text that a spreadsheet could run as a formula (docs/export.md "Formulas"),
// used by every CSV and XLSX Segmenta writes: CsvWriter for scores, rejected lines and
// customer lists, SpreadsheetCell for the target lists. Text whose first visible character
// is =, +, - or @ (or the full-width ＝ ＋ － ＠, which some spreadsheets read alike),
// possibly after spaces, tabs, line breaks or other blanks, and text starting with a tab or
// CR, gets a single quote in front: Excel and LibreOffice then show it and evaluate nothing.
class FormulaGuard
{
public:
    static bool needsNeutralising(std::string_view utf8)
    {
        if (utf8.empty())
            return false;
        const unsigned char first = static_cast<unsigned char>(utf8.front());
        // Most cells start with a letter, digit or CJK character: decided on the first byte.
        if (first >= 0x80)
            return startsLikeFormula(utf8);
        switch (first) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return true;
        case ' ':
        case '\n':
        case '\v':
        case '\f':
            return startsLikeFormula(utf8);
        default:
            return false;
        }
    }
    static QString neutralised(const QString &text);

    // A plain decimal number such as -12.5 or 3e-4: written as a number, it is read as one and
    // can carry no formula, so a writer that knows no cell types leaves it alone.
    static bool isPlainNumber(std::string_view utf8);

private:
    // The slow path: skips leading blanks (UTF-8 decoded) and looks at what follows.
    static bool startsLikeFormula(std::string_view utf8);
};

} // namespace Segmenta
