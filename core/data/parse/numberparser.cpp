// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/parse/numberparser.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace Segmenta {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool startsWith(std::string_view s, std::string_view p)
{
    return s.substr(0, p.size()) == p;
}

// Currency signs as UTF-8: ¥ (C2 A5), ￥ (EF BF A5), € (E2 82 AC), £ (C2 A3), and ASCII $.
// Also the letter codes used in Chinese exports: RMB, CNY, HK$, NT$, US$.
bool stripCurrency(std::string_view &s)
{
    static const std::string_view signs[] = {"\xEF\xBF\xA5", "\xC2\xA5", "\xE2\x82\xAC", "\xC2\xA3",
                                             "HK$", "NT$", "US$", "RMB", "CNY", "USD", "EUR",
                                             "GBP", "$", "\xE5\x85\x83" /* 元 */};
    for (std::string_view sign : signs) {
        if (startsWith(s, sign)) {
            s = trim(s.substr(sign.size()));
            return true;
        }
        if (s.size() >= sign.size() && s.substr(s.size() - sign.size()) == sign) {
            s = trim(s.substr(0, s.size() - sign.size()));
            return true;
        }
    }
    return false;
}

struct CurrencySpelling
{
    std::string_view spelling;
    std::string_view sign;
};

// Longest spellings first: "US$" before "$".
constexpr CurrencySpelling kCurrencySpellings[] = {
    {"\xEF\xBF\xA5", "\xC2\xA5"}, {"\xC2\xA5", "\xC2\xA5"}, {"RMB", "\xC2\xA5"},
    {"CNY", "\xC2\xA5"}, {"\xE5\x85\x83", "\xC2\xA5"}, {"HK$", "HK$"}, {"NT$", "NT$"},
    {"US$", "$"}, {"USD", "$"}, {"$", "$"}, {"\xE2\x82\xAC", "\xE2\x82\xAC"},
    {"EUR", "\xE2\x82\xAC"}, {"\xC2\xA3", "\xC2\xA3"}, {"GBP", "\xC2\xA3"}};

// The common shapes of amounts, "-12", "78.00", "0.2": at most 15 digits make an exact integer
// mantissa, and dividing it by an exact power of ten rounds once, to the same double that
// from_chars gives (Clinger's fast path). Anything else returns nullopt for from_chars.
std::optional<double> parseShortDecimal(std::string_view s)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const bool negative = !s.empty() && s.front() == '-';
    size_t i = negative ? 1 : 0;
    std::uint64_t mantissa = 0;
    int digits = 0, fraction = -1;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + std::uint64_t(c - '0');
            ++digits;
            if (fraction >= 0)
                ++fraction;
        } else if (c == '.' && fraction < 0 && digits > 0) {
            fraction = 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0 || digits > 15 || fraction == 0)
        return std::nullopt;
    const double v = double(mantissa) / kPowers[std::max(fraction, 0)];
    return negative ? -v : v;
}

} // namespace

std::optional<double> NumberParser::parsePlain(std::string_view s)
{
    s = trim(s);
    if (s.empty())
        return std::nullopt;
    if (s.front() == '+')
        s.remove_prefix(1);
    if (const auto fast = parseShortDecimal(s))
        return fast;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string_view NumberParser::currencySign(std::string_view text)
{
    std::string_view s = trim(text);
    if (!s.empty() && (s.front() == '(' || s.front() == '-' || s.front() == '+'))
        s = trim(s.substr(1));
    for (const CurrencySpelling &c : kCurrencySpellings) {
        if (startsWith(s, c.spelling)
            || (s.size() >= c.spelling.size() && s.substr(s.size() - c.spelling.size()) == c.spelling))
            return c.sign;
    }
    return {};
}

std::optional<double> NumberParser::parse(std::string_view text)
{
    if (auto plain = parsePlain(text))
        return plain;
    std::string_view s = trim(text);
    if (s.empty())
        return std::nullopt;

    bool negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        negative = true;
        s = trim(s.substr(1, s.size() - 2));
    }
    auto takeSign = [&] {
        if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
            negative ^= s.front() == '-';
            s = trim(s.substr(1));
        }
    };
    takeSign();
    stripCurrency(s);
    takeSign();
    bool percent = false;
    if (!s.empty() && s.back() == '%') {
        percent = true;
        s = trim(s.substr(0, s.size() - 1));
    }
    if (s.empty())
        return std::nullopt;

    const size_t lastComma = s.rfind(',');
    const size_t lastDot = s.rfind('.');
    char decimal = '.';
    if (lastComma != std::string_view::npos && lastDot != std::string_view::npos)
        decimal = lastComma > lastDot ? ',' : '.';
    else if (lastComma != std::string_view::npos)
        decimal = (s.size() - lastComma - 1 == 3) ? '.' : ',';
    const char group = decimal == '.' ? ',' : '.';

    std::string clean;
    clean.reserve(s.size());
    size_t digitsSinceGroup = 0;
    bool seenGroup = false;
    bool seenDecimal = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            clean.push_back(c);
            ++digitsSinceGroup;
        } else if (c == group && !seenDecimal) {
            // Groups after the first must have exactly three digits.
            if (clean.empty() || (seenGroup && digitsSinceGroup != 3))
                return std::nullopt;
            seenGroup = true;
            digitsSinceGroup = 0;
        } else if (c == decimal && !seenDecimal) {
            if (seenGroup && digitsSinceGroup != 3)
                return std::nullopt;
            seenDecimal = true;
            clean.push_back('.');
        } else if (c == ' ' || c == '\'') {
            continue; // "1 234" and Swiss "1'234"
        } else {
            return std::nullopt;
        }
    }
    if (seenGroup && !seenDecimal && digitsSinceGroup != 3)
        return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v);
    if (ec != std::errc() || ptr != clean.data() + clean.size())
        return std::nullopt;
    if (percent)
        v /= 100.0;
    return negative ? -v : v;
}

} // namespace Segmenta
