// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace Segmenta {

// Which of day and month comes first in an all-numeric date such as 5/3/2024.
enum class DateOrder { Unknown, DayMonthYear, MonthDayYear, YearMonthDay };

QString dateOrderName(DateOrder order); // "dmy", "mdy", "ymd", ""
DateOrder dateOrderFromName(const QString &name);

// A date-like text split into its parts. Whether "5/3/2024" is 5 March or 3 May cannot be
// decided from one value, so tokens keep the raw parts and a whole column decides the order.
struct DateToken
{
    enum Kind : quint8 { Invalid, Exact, Numeric, Serial };
    Kind kind = Invalid;
    bool hasTime = false;
    qint32 p1 = 0, p2 = 0, p3 = 0; // Exact: year, month, day. Numeric: parts as written.
    quint8 p1Digits = 0, p3Digits = 0;
    qint32 seconds = 0; // seconds of the day when hasTime
    double serial = 0;  // Excel serial day number
};

struct ResolvedDate
{
    qint32 days;    // since 1970-01-01
    qint32 seconds; // -1 when no time was given
};

class DateParser
{
public:
    // Recognises 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 05.03.2024, 5/3/24, 20240305,
    // each with an optional time (08:26, 08:26:00, 8:26 PM, T08:26:00Z). Excel serial numbers
    // are accepted only when allowSerial is set (a date column that holds plain numbers).
    static DateToken tokenize(std::string_view text, bool allowSerial = false);

    // Decides the order from every numeric token of a column: the one order under which all are
    // valid dates; Unknown when both day-first and month-first fit every value.
    static DateOrder decideOrder(const std::vector<DateToken> &tokens, bool *conflict = nullptr);

    static std::optional<ResolvedDate> resolve(const DateToken &token, DateOrder order,
                                               bool excel1904 = false);

    // Parses with an explicit Qt date format such as "yyyyMMdd" or "dd/MM/yyyy HH:mm".
    static std::optional<ResolvedDate> parseWithFormat(std::string_view text,
                                                       const QString &format);
};

} // namespace Segmenta
