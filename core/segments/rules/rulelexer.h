// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "segments/rules/ruletoken.h"

#include <vector>

namespace Segmenta {

// Splits rule text into tokens. Accepts the full-width punctuation a Chinese input method
// types (（ ） ， ＝ ＜ ＞ ！ 【 】) and Chinese quotes (“…”, ‘…’, 「…」) beside the ASCII forms.
// Errors: code "rule-syntax", first argument the 1-based position.
class RuleLexer
{
public:
    static Result<std::vector<RuleToken>> tokenize(const QString &text);
};

// A rule error: Message in context "Segmenta::Rules" with code "rule-syntax" or "rule-type"
// and the 1-based position as its first argument.
Message ruleError(const char *code, const char *source, qsizetype index, QStringList args = {});

} // namespace Segmenta
