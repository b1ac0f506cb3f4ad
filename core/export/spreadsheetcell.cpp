// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/spreadsheetcell.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace Segmenta {

void SpreadsheetCell::appendText(std::string &out, std::string_view utf8)
{
    if (needsNeutralising(utf8))
        out.push_back('\'');
    out.append(utf8);
}

QString SpreadsheetCell::neutralised(const QString &text)
{
    return FormulaGuard::neutralised(text);
}

void SpreadsheetCell::appendCsvText(std::string &out, std::string_view utf8)
{
    const bool quote = utf8.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        appendText(out, utf8);
        return;
    }
    out.push_back('"');
    if (needsNeutralising(utf8))
        out.push_back('\'');
    for (char c : utf8) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void SpreadsheetCell::appendNumber(std::string &out, double value)
{
    if (std::isnan(value))
        return;
    char buffer[64];
    const double magnitude = std::fabs(value);
    // Fixed notation for everything a target list holds (money, probabilities, counts); the
    // general form only where fixed would run to dozens of digits.
    const bool fixed = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    const auto r = fixed ? std::to_chars(buffer, buffer + sizeof buffer, value,
                                         std::chars_format::fixed)
                         : std::to_chars(buffer, buffer + sizeof buffer, value);
    if (r.ec == std::errc())
        out.append(buffer, size_t(r.ptr - buffer));
}

void SpreadsheetCell::appendDate(std::string &out, qint32 days, qint32 seconds)
{
    const QDate d = QDate(1970, 1, 1).addDays(days);
    char buffer[32];
    int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    if (seconds >= 0)
        n += std::snprintf(buffer + n, sizeof buffer - size_t(n), " %02d:%02d:%02d",
                           seconds / 3600, seconds / 60 % 60, seconds % 60);
    out.append(buffer, size_t(n));
}

} // namespace Segmenta
