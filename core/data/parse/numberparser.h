// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace Segmenta {

// Reads the amounts real exports contain: "1,234.50", "¥1,234.50", "￥12", "$3", "€4", "£5",
// "(12.00)" for -12, "-3", "+3", "12%" (0.12), "1.234,50" and "12,5" (decimal comma).
// A comma followed by exactly three digits is a thousands separator ("1,234" = 1234) unless a
// '.' also appears; the right-most of ',' and '.' is the decimal mark when both do.
class NumberParser
{
public:
    static std::optional<double> parse(std::string_view text);
    // Only plain numbers ("12", "-3.5", "1e3"): the fast path, and what counts as numeric when
    // telling an id column from a number column.
    static std::optional<double> parsePlain(std::string_view text);
    // The currency an amount is written in, as one sign: "¥" for ¥, ￥, RMB, CNY and 元; "$"
    // for $, US$ and USD; "€" (EUR), "£" (GBP), "HK$", "NT$"; empty when it shows none. The
    // project's currency defaults to it (docs/user/pages.md, "Numbers and dates").
    static std::string_view currencySign(std::string_view text);
};

} // namespace Segmenta
