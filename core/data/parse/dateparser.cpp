// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/parse/dateparser.h"

#include "data/column.h"

#include <QDateTime>

#include <cmath>

namespace Segmenta {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads up to maxDigits digits at s[i]; returns the count read.
int readNumber(std::string_view s, size_t &i, qint32 &value, int maxDigits = 9)
{
    int n = 0;
    value = 0;
    while (i < s.size() && isDigit(s[i]) && n < maxDigits) {
        value = value * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    return n;
}

bool matchUtf8(std::string_view s, size_t &i, std::string_view what)
{
    if (s.substr(i, what.size()) == what) {
        i += what.size();
        return true;
    }
    return false;
}

void skipSpaces(std::string_view s, size_t &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
}

// Parses "HH:MM[:SS[.fff]][ AM|PM][Z|+hh:mm]" or Chinese "8时26分"; true and seconds on success.
bool parseTime(std::string_view s, size_t &i, qint32 &seconds)
{
    qint32 h = 0, m = 0, sec = 0;
    if (readNumber(s, i, h, 2) == 0)
        return false;
    if (i < s.size() && s[i] == ':') {
        ++i;
        if (readNumber(s, i, m, 2) != 2)
            return false;
        if (i < s.size() && s[i] == ':') {
            ++i;
            if (readNumber(s, i, sec, 2) != 2)
                return false;
            if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
                ++i;
                qint32 frac;
                readNumber(s, i, frac, 9);
            }
        }
    } else if (matchUtf8(s, i, "\xE6\x97\xB6") || matchUtf8(s, i, "\xE6\x99\x82")) { // 时 時
        readNumber(s, i, m, 2);
        matchUtf8(s, i, "\xE5\x88\x86"); // 分
        if (readNumber(s, i, sec, 2) > 0)
            matchUtf8(s, i, "\xE7\xA7\x92"); // 秒
    } else {
        return false;
    }
    skipSpaces(s, i);
    if (i + 1 < s.size() && (s[i] == 'A' || s[i] == 'a' || s[i] == 'P' || s[i] == 'p')
        && (s[i + 1] == 'M' || s[i + 1] == 'm')) {
        const bool pm = s[i] == 'P' || s[i] == 'p';
        if (h < 1 || h > 12)
            return false;
        h = (h % 12) + (pm ? 12 : 0);
        i += 2;
    }
    if (i < s.size() && s[i] == 'Z')
        ++i;
    else if (i < s.size() && (s[i] == '+' || s[i] == '-') && i + 1 < s.size() && isDigit(s[i + 1])) {
        // A UTC offset: the local wall-clock date is what the business recorded; keep it.
        ++i;
        qint32 off;
        readNumber(s, i, off, 4);
        if (i < s.size() && s[i] == ':') {
            ++i;
            readNumber(s, i, off, 2);
        }
    }
    if (h > 23 || m > 59 || sec > 60)
        return false;
    seconds = h * 3600 + m * 60 + std::min(sec, 59);
    return true;
}

int expandYear(qint32 year, int digits)
{
    if (digits <= 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

std::optional<qint32> validDays(int y, int m, int d)
{
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return Column::toDays(date);
}

// Excel's serial day number of 10000-01-01: its dates end before it.
constexpr double kExcelSerialEnd = 2958466;

// A date written as one number: yyyymmdd, or an Excel serial day (a whole or fractional number
// of up to five digits) where allowed.
DateToken wholeNumberDate(std::string_view s, qint32 a, int aDigits, bool allowSerial)
{
    DateToken t;
    if (aDigits == 8) {
        t.kind = DateToken::Exact;
        t.p1 = a / 10000;
        t.p2 = (a / 100) % 100;
        t.p3 = a % 100;
        return validDays(t.p1, t.p2, t.p3) ? t : DateToken{};
    }
    if (allowSerial && aDigits <= 5) {
        bool ok = false;
        const double v = QByteArray(s.data(), qsizetype(s.size())).toDouble(&ok);
        if (ok && v >= 1 && v < kExcelSerialEnd) {
            t.kind = DateToken::Serial;
            t.serial = v;
        }
    }
    return t;
}

// Chinese "2024年3月5日" after the year a and 年; i moves past the day.
DateToken chineseDate(std::string_view s, size_t &i, qint32 a, int aDigits)
{
    qint32 m = 0, d = 0;
    if (readNumber(s, i, m, 2) == 0 || !matchUtf8(s, i, "\xE6\x9C\x88")) // 月
        return {};
    if (readNumber(s, i, d, 2) == 0)
        return {};
    if (!matchUtf8(s, i, "\xE6\x97\xA5")) // 日
        matchUtf8(s, i, "\xE5\x8F\xB7");  // 号
    DateToken t;
    t.kind = DateToken::Exact;
    t.p1 = expandYear(a, aDigits);
    t.p2 = m;
    t.p3 = d;
    return t;
}

// "a-b-c", "a/b/c" or "a.b.c" after the first number a: year first (exact) or a day and a
// month in an order decided later from the whole column (numeric).
DateToken separatedDate(std::string_view s, size_t &i, qint32 a, int aDigits)
{
    const char sep = s[i];
    if (sep != '-' && sep != '/' && sep != '.')
        return {};
    ++i;
    qint32 b = 0, c = 0;
    if (readNumber(s, i, b, 2) == 0 || i >= s.size() || s[i] != sep)
        return {};
    ++i;
    const int cDigits = readNumber(s, i, c, 4);
    if (cDigits == 0 || cDigits == 3)
        return {};
    DateToken t;
    t.p1 = a;
    t.p2 = b;
    t.p3 = c;
    if (aDigits == 4) {
        if (cDigits > 2)
            return {};
        t.kind = DateToken::Exact;
    } else if (aDigits <= 2) {
        t.kind = DateToken::Numeric;
        t.p1Digits = quint8(aDigits);
        t.p3Digits = quint8(cDigits);
    } else {
        return {};
    }
    return t;
}

// The time of day that may follow a date (after "T" or blanks) up to the end of s; false when
// something else follows.
bool readTimeOfDay(std::string_view s, size_t &i, DateToken &t)
{
    if (i >= s.size())
        return true;
    if (s[i] == 'T' || s[i] == ' ' || s[i] == '\t') {
        ++i;
        skipSpaces(s, i);
    }
    if (i >= s.size())
        return true;
    qint32 seconds = 0;
    if (!parseTime(s, i, seconds) || i != s.size())
        return false;
    t.hasTime = true;
    t.seconds = seconds;
    return true;
}

} // namespace

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    case DateOrder::Unknown:
        break;
    }
    return {};
}

DateOrder dateOrderFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"dmy")
        return DateOrder::DayMonthYear;
    if (n == u"mdy")
        return DateOrder::MonthDayYear;
    if (n == u"ymd")
        return DateOrder::YearMonthDay;
    return DateOrder::Unknown;
}

DateToken DateParser::tokenize(std::string_view s, bool allowSerial)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    if (s.empty())
        return {};

    size_t i = 0;
    qint32 a = 0;
    const int aDigits = readNumber(s, i, a);
    if (aDigits == 0)
        return {};
    // A serial day has one decimal point at most: "31.12.9999" is a day, month and year, and
    // must reach the date range's check rather than be refused as "not a date".
    const bool serialFraction = i < s.size() && s[i] == '.' && allowSerial && aDigits <= 5
                                && s.find('.', i + 1) == std::string_view::npos;
    if (i == s.size() || serialFraction)
        return wholeNumberDate(s, a, aDigits, allowSerial);
    DateToken t = matchUtf8(s, i, "\xE5\xB9\xB4") // 年
                      ? chineseDate(s, i, a, aDigits)
                      : separatedDate(s, i, a, aDigits);
    if (t.kind == DateToken::Invalid || !readTimeOfDay(s, i, t))
        return {};
    if (t.kind == DateToken::Exact && !validDays(t.p1, t.p2, t.p3))
        return {};
    return t;
}

DateOrder DateParser::decideOrder(const std::vector<DateToken> &tokens, bool *conflict)
{
    qsizetype numeric = 0, dmyValid = 0, mdyValid = 0, ymdValid = 0;
    bool allTwoDigit = true;
    for (const DateToken &t : tokens) {
        if (t.kind != DateToken::Numeric)
            continue;
        ++numeric;
        allTwoDigit = allTwoDigit && t.p3Digits <= 2 && t.p1Digits <= 2;
        dmyValid += resolve(t, DateOrder::DayMonthYear).has_value();
        mdyValid += resolve(t, DateOrder::MonthDayYear).has_value();
        ymdValid += resolve(t, DateOrder::YearMonthDay).has_value();
    }
    if (conflict)
        *conflict = false;
    if (numeric == 0)
        return DateOrder::YearMonthDay; // nothing to decide
    const bool dmyAll = dmyValid == numeric;
    const bool mdyAll = mdyValid == numeric;
    if (dmyAll && !mdyAll)
        return DateOrder::DayMonthYear;
    if (mdyAll && !dmyAll)
        return DateOrder::MonthDayYear;
    if (dmyAll && mdyAll) {
        // Every value reads both ways unless day == month throughout.
        for (const DateToken &t : tokens)
            if (t.kind == DateToken::Numeric && t.p1 != t.p2)
                return DateOrder::Unknown;
        return DateOrder::DayMonthYear;
    }
    // Neither fits all: take the clearly better one, leaving the misfits to be rejected.
    if (conflict)
        *conflict = true;
    if (dmyValid > mdyValid)
        return DateOrder::DayMonthYear;
    if (mdyValid > dmyValid)
        return DateOrder::MonthDayYear;
    if (allTwoDigit && ymdValid > dmyValid)
        return DateOrder::YearMonthDay;
    return DateOrder::Unknown;
}

std::optional<ResolvedDate> DateParser::resolve(const DateToken &t, DateOrder order,
                                                bool excel1904)
{
    const qint32 seconds = t.hasTime ? t.seconds : -1;
    switch (t.kind) {
    case DateToken::Invalid:
        return std::nullopt;
    case DateToken::Exact:
        if (auto d = validDays(t.p1, t.p2, t.p3))
            return ResolvedDate{*d, seconds};
        return std::nullopt;
    case DateToken::Serial: {
        // 1900 system: serial 1 = 1900-01-01, with Excel's phantom 1900-02-29 (serial 60);
        // serial 25569 = 1970-01-01. 1904 system: serial 0 = 1904-01-01.
        const double whole = std::floor(t.serial);
        qint32 days;
        if (excel1904)
            days = qint32(whole) - 24107;
        else
            days = qint32(whole) - 25569 + (whole < 61 ? 1 : 0);
        const double frac = t.serial - whole;
        return ResolvedDate{days, frac > 0 ? qint32(std::lround(frac * 86400)) % 86400 : -1};
    }
    case DateToken::Numeric: {
        int y, m, d;
        switch (order) {
        case DateOrder::DayMonthYear:
            d = t.p1, m = t.p2, y = expandYear(t.p3, t.p3Digits);
            break;
        case DateOrder::MonthDayYear:
            m = t.p1, d = t.p2, y = expandYear(t.p3, t.p3Digits);
            break;
        case DateOrder::YearMonthDay:
            if (t.p3Digits > 2)
                return std::nullopt;
            y = expandYear(t.p1, t.p1Digits), m = t.p2, d = t.p3;
            break;
        default:
            return std::nullopt;
        }
        if (auto days = validDays(y, m, d))
            return ResolvedDate{*days, seconds};
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<ResolvedDate> DateParser::parseWithFormat(std::string_view text,
                                                        const QString &format)
{
    const QString s = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
    const bool hasTime = format.contains(u'H') || format.contains(u'h');
    if (hasTime) {
        const QDateTime dt = QDateTime::fromString(s, format);
        if (!dt.isValid())
            return std::nullopt;
        return ResolvedDate{Column::toDays(dt.date()), dt.time().msecsSinceStartOfDay() / 1000};
    }
    const QDate d = QDate::fromString(s, format);
    if (!d.isValid())
        return std::nullopt;
    return ResolvedDate{Column::toDays(d), -1};
}

} // namespace Segmenta
