// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

// One token of the rule language (docs/rules.md). Keywords (and, or, not, in, between, ...) are
// Identifier tokens: the parser decides from the position whether a word is a keyword, so a
// field may still be called "date" where no date literal can stand.
struct RuleToken
{
    enum Kind { End, Identifier, Bracketed, String, Number, LParen, RParen, Comma, Compare, AndOp,
                OrOp, NotOp };

    Kind kind = End;
    QString text;       // name, string content or comparison ("=", "!=", "<", "<=", ">", ">=")
    double number = 0;  // Number
    qsizetype pos = 0;  // 0-based index of the first character in the rule text
    qsizetype end = 0;  // one past the last character

    // Case-insensitive keyword test for bare words.
    bool is(const char16_t *keyword) const
    {
        return kind == Identifier && text.compare(QStringView(keyword), Qt::CaseInsensitive) == 0;
    }
};

} // namespace Segmenta
