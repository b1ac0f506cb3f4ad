// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxcells.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace Segmenta::Xlsx {

namespace {

void appendDigits(std::string &out, int value, int width)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += digits[--n];
}

void appendTime(std::string &out, qint64 seconds)
{
    appendDigits(out, int(seconds / 3600), 2);
    out += ':';
    appendDigits(out, int(seconds / 60 % 60), 2);
    out += ':';
    appendDigits(out, int(seconds % 60), 2);
}

} // namespace

// "C5" → 2; -1 when the reference is missing or malformed.
int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
    }
    if (i == 0 || (i < reference.size() && !reference[i].isDigit()))
        return -1;
    return column - 1;
}

// The same for the ASCII of SheetScanner's attributes; other text goes the QStringView way.
int columnIndex(std::string_view reference)
{
    int column = 0;
    size_t i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char c = reference[i];
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
    }
    if (i < reference.size() && static_cast<unsigned char>(reference[i]) >= 0x80)
        return columnIndex(QString::fromUtf8(reference.data(), qsizetype(reference.size())));
    if (i == 0 || (i < reference.size() && !(reference[i] >= '0' && reference[i] <= '9')))
        return -1;
    return column - 1;
}

CellType cellType(QStringView type)
{
    if (type == u"s")
        return CellType::Shared;
    if (type == u"inlineStr")
        return CellType::Inline;
    if (type == u"str")
        return CellType::FormulaText;
    if (type == u"b")
        return CellType::Boolean;
    if (type == u"e")
        return CellType::Error;
    if (type == u"d")
        return CellType::IsoDate;
    return CellType::Number;
}

std::optional<double> parseNumber(QStringView text)
{
    text = text.trimmed();
    char buffer[64];
    if (text.isEmpty() || text.size() >= qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() > 127)
            return std::nullopt;
        buffer[i] = char(text[i].unicode());
    }
    double value = 0;
    const char *end = buffer + text.size();
    const auto [ptr, ec] = std::from_chars(buffer, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(std::string_view text)
{
    constexpr std::string_view space = " \t\n\r\v\f"; // what QString::trimmed() removes
    const size_t first = text.find_first_not_of(space);
    if (first == std::string_view::npos)
        return std::nullopt;
    text = text.substr(first, text.find_last_not_of(space) - first + 1);
    if (text.size() >= 64)
        return std::nullopt;
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Excel keeps 15 significant digits and writes up to 17 (0.1 + 0.2 as 0.30000000000000004);
// rounding to 15 gives what Excel shows, then the shortest text that reads back the same.
void appendNumber(std::string &out, double value)
{
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                std::chars_format::general, 15);
    std::from_chars(buffer, result.ptr, value);
    if (value == 0)
        value = 0; // no "-0"
    const double magnitude = std::fabs(value);
    // Plain notation for ids and amounts: shortest-form would write 1000000 as "1e+06".
    if (magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e16))
        result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    else
        result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

// Appends an Excel serial day number as ISO text; false when it is outside what Excel shows as
// a date (negative, or after 9999-12-31).
bool appendDate(std::string &out, double serial, DateKind kind, bool date1904)
{
    if (!(serial >= 0) || serial >= 2958466)
        return false;
    const qint64 total = std::llround(serial * 86400.0);
    const qint64 days = total / 86400;
    const qint64 seconds = total % 86400;
    // A fraction of a day alone is a time of day, not a time on 1900-01-00.
    if (days == 0 && (kind == TimeFormat || seconds != 0)) {
        appendTime(out, seconds);
        return true;
    }
    // The 1900 system counts a 29 February 1900 that never was (serial 60), so serials before
    // it are one day off; 25569 is 1970-01-01. In the 1904 system serial 0 is 1904-01-01.
    qint64 sinceEpoch;
    if (date1904)
        sinceEpoch = days - 24107;
    else
        sinceEpoch = days - (days < 61 ? 25568 : 25569);
    const QDate date = QDate(1970, 1, 1).addDays(sinceEpoch);
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
    if (kind == TimeFormat || seconds != 0) {
        out += ' ';
        appendTime(out, seconds);
    }
    return true;
}

// ISO 8601 of t="d" cells ("2024-03-05T08:30:00Z") in the form the other dates have.
QString normalizeIsoDate(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'Z'))
        text.chop(1);
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0)
        text.truncate(dot);
    text.replace(u'T', u' ');
    if (text.endsWith(u" 00:00:00"))
        text.chop(9);
    return text;
}

} // namespace Segmenta::Xlsx
