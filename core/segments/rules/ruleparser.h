// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "segments/rules/customerfields.h"
#include "segments/rules/ruleprogram.h"
#include "segments/rules/ruletoken.h"

#include <vector>

namespace Segmenta {

// Recursive descent over the tokens of a rule (grammar in docs/rules.md), checking every
// condition against the type of its field as it goes, so the first problem is reported with
// its position and nothing is evaluated on a half-understood rule.
//   rule      := or END
//   or        := and { ("or" | "||") and }
//   and       := not { ("and" | "&&") not }
//   not       := ("not" | "!") not | "(" or ")" | condition
class RuleParser
{
public:
    static Result<RuleProgram> parse(const QString &text, const CustomerFields &fields);
    // Case-insensitive edit distance, for "did you mean".
    static int editDistance(const QString &a, const QString &b);

private:
    struct Literal
    {
        enum Kind { Number, String, Date };
        Kind kind = Number;
        double number = 0;
        QString text;
        qsizetype pos = 0;
    };
    enum class Test { Compare, Between, In, Contains, StartsWith, Missing };
    // The test of one condition as written: what follows its field.
    struct Operation
    {
        Test test = Test::Compare;
        RuleToken opToken; // the token errors about the test point at
        bool negated = false;
        std::vector<Literal> values;
    };

    RuleParser(const QString &text, std::vector<RuleToken> tokens, const CustomerFields &fields);

    const RuleToken &peek(size_t ahead = 0) const;
    const RuleToken &take() { return m_tokens[m_next++]; }
    QString source(const RuleToken &token) const;
    Message expected(const char *atEnd, const char *found, const RuleToken &token,
                     QStringList args = {}) const;

    Result<int> parseChain(RuleProgram::Node::Kind kind, Result<int> (RuleParser::*next)(),
                           bool (*isJoin)(const RuleToken &));
    Result<int> parseOr();
    Result<int> parseAnd();
    Result<int> parseNot();
    Result<int> parseCondition();
    Result<const CustomerFields::Field *> parseField();
    Result<Operation> parseOperation(const RuleToken &fieldToken);
    Status parseBetween(Operation &op);
    Status parseTextMatch(Operation &op);
    Status parseIsMissing(Operation &op);
    Result<Literal> parseValue(const RuleToken &after);
    Result<std::vector<Literal>> parseList(const RuleToken &after);
    Result<RuleCondition> typed(const RuleToken &fieldToken, const Column &column, bool computed,
                                Test test, const RuleToken &opToken, bool negated,
                                const std::vector<Literal> &values) const;
    static Status numberValues(RuleCondition &c, const std::vector<Literal> &values,
                               const QString &field);
    static Status dateValues(RuleCondition &c, const std::vector<Literal> &values,
                             const QString &field);
    static Status textLookup(RuleCondition &c, const Column &column, bool computed, Test test,
                             const RuleToken &opToken, bool negated,
                             const std::vector<Literal> &values, const QString &field);
    static void unmatchedValues(RuleCondition &c, const Column &column,
                                const std::vector<Literal> &values, const QString &field);
    Message unknownField(const RuleToken &token) const;
    int addNode(RuleProgram::Node node);

    const QString &m_text;
    std::vector<RuleToken> m_tokens;
    const CustomerFields &m_fields;
    size_t m_next = 0;
    int m_depth = 0; // of "(" and "not" around the next token
    RuleProgram m_program;
};

} // namespace Segmenta
