// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/rules/ruleparser.h"

#include "segments/rules/customerfields.h"
#include "segments/rules/rulelexer.h"

#include <algorithm>

namespace Segmenta {

namespace {

const char kSyntax[] = "rule-syntax";
const char kType[] = "rule-type";

// How deep "(" and "not" may nest (docs/rules.md). Each level is a few frames of this recursive
// descent: a rule of 10,000 "(" overflowed the stack. No rule a person writes comes near it.
constexpr int kMaxNesting = 256;

// Counts one level of nesting for as long as it lives.
class NestingLevel
{
public:
    explicit NestingLevel(int &depth) : m_depth(depth) { ++m_depth; }
    ~NestingLevel() { --m_depth; }
    NestingLevel(const NestingLevel &) = delete;
    NestingLevel &operator=(const NestingLevel &) = delete;

private:
    int &m_depth;
};

// Words that start or continue a condition; a field with such a name needs brackets.
bool isReserved(const RuleToken &t)
{
    for (const char16_t *k : {u"and", u"or", u"not", u"in", u"between", u"contains", u"starts",
                              u"is"})
        if (t.is(k))
            return true;
    return false;
}

bool isAnd(const RuleToken &t)
{
    return t.kind == RuleToken::AndOp || t.is(u"and");
}

bool isOr(const RuleToken &t)
{
    return t.kind == RuleToken::OrOp || t.is(u"or");
}

bool isNot(const RuleToken &t)
{
    return t.kind == RuleToken::NotOp || t.is(u"not");
}

} // namespace

int RuleParser::editDistance(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded(), y = b.toCaseFolded();
    std::vector<int> row(size_t(y.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j) - 1] + 1,
                                       diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

RuleParser::RuleParser(const QString &text, std::vector<RuleToken> tokens,
                       const CustomerFields &fields)
    : m_text(text), m_tokens(std::move(tokens)), m_fields(fields)
{}

Result<RuleProgram> RuleParser::parse(const QString &text, const CustomerFields &fields)
{
    auto tokens = RuleLexer::tokenize(text);
    if (!tokens)
        return tokens.error();
    RuleParser parser(text, tokens.takeValue(), fields);
    if (parser.peek().kind == RuleToken::End)
        return ruleError(kSyntax,
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: the rule is empty; write a condition "
                                           "such as tier = \"gold\"."),
                         0);
    auto root = parser.parseOr();
    if (!root)
        return root.error();
    if (parser.peek().kind != RuleToken::End)
        return ruleError(kSyntax,
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: expected “and”, “or” or the end of the "
                                           "rule, found “%2”."),
                         parser.peek().pos, {parser.source(parser.peek())});
    parser.m_program.root = *root;
    parser.m_program.rows = fields.customerCount();
    return std::move(parser.m_program);
}

const RuleToken &RuleParser::peek(size_t ahead) const
{
    return m_tokens[std::min(m_next + ahead, m_tokens.size() - 1)];
}

QString RuleParser::source(const RuleToken &token) const
{
    const QString s = m_text.mid(token.pos, token.end - token.pos);
    return s.size() > 24 ? s.left(23) + u'…' : s;
}

// Every "expected ..." error comes in two sentences: one for the end of the rule, one naming
// the token found (the found token is the last argument).
Message RuleParser::expected(const char *atEnd, const char *found, const RuleToken &token,
                             QStringList args) const
{
    if (token.kind == RuleToken::End)
        return ruleError(kSyntax, atEnd, token.pos, args);
    args << source(token);
    return ruleError(kSyntax, found, token.pos, args);
}

int RuleParser::addNode(RuleProgram::Node node)
{
    m_program.nodes.push_back(std::move(node));
    return int(m_program.nodes.size()) - 1;
}

// One level of the and/or chain: operands from next, joined while isJoin holds.
Result<int> RuleParser::parseChain(RuleProgram::Node::Kind kind, Result<int> (RuleParser::*next)(),
                                   bool (*isJoin)(const RuleToken &))
{
    auto first = (this->*next)();
    if (!first || !isJoin(peek()))
        return first;
    RuleProgram::Node node{kind, -1, {*first}};
    while (isJoin(peek())) {
        take();
        auto operand = (this->*next)();
        if (!operand)
            return operand;
        node.children.push_back(*operand);
    }
    return addNode(std::move(node));
}

Result<int> RuleParser::parseOr()
{
    return parseChain(RuleProgram::Node::Or, &RuleParser::parseAnd, isOr);
}

Result<int> RuleParser::parseAnd()
{
    return parseChain(RuleProgram::Node::And, &RuleParser::parseNot, isAnd);
}

Result<int> RuleParser::parseNot()
{
    const RuleToken &t = peek();
    if ((isNot(t) || t.kind == RuleToken::LParen) && m_depth >= kMaxNesting)
        return ruleError(kSyntax,
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: the rule nests brackets and “not” more "
                                           "than %2 levels deep; write it with fewer levels."),
                         t.pos, {QString::number(kMaxNesting)});
    const NestingLevel level(m_depth);
    if (isNot(t)) {
        take();
        if (peek().kind == RuleToken::End)
            return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected a condition after “%2”, "
                                              "found the end of the rule."),
                            nullptr, peek(), {source(t)});
        auto child = parseNot();
        if (!child)
            return child;
        return addNode({RuleProgram::Node::Not, -1, {*child}});
    }
    if (t.kind == RuleToken::LParen) {
        const RuleToken open = take();
        auto inner = parseOr();
        if (!inner)
            return inner;
        if (peek().kind != RuleToken::RParen)
            return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected “)” to close the “(” at "
                                              "position %2, found the end of the rule."),
                            QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected “)” to close the “(” at "
                                              "position %2, found “%3”."),
                            peek(), {QString::number(open.pos + 1)});
        take();
        return inner;
    }
    return parseCondition();
}

Message RuleParser::unknownField(const RuleToken &token) const
{
    QString best;
    int bestDistance = std::max<int>(1, int(token.text.size()) / 3) + 1;
    for (const CustomerFields::Field &f : m_fields.fields()) {
        const int d = editDistance(token.text, f.name);
        if (d < bestDistance) {
            best = f.name;
            bestDistance = d;
        }
    }
    if (best.isEmpty())
        return ruleError(kType,
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: no field is called “%2”."),
                         token.pos, {token.text});
    return ruleError(kType,
                     QT_TRANSLATE_NOOP("Segmenta::Rules",
                                       "Position %1: no field is called “%2”; did you mean "
                                       "“%3”?"),
                     token.pos, {token.text, best});
}

// The field a condition starts with, or the error of a missing or unknown one.
Result<const CustomerFields::Field *> RuleParser::parseField()
{
    const RuleToken &fieldToken = peek();
    const bool named = (fieldToken.kind == RuleToken::Identifier && !isReserved(fieldToken))
                       || fieldToken.kind == RuleToken::Bracketed;
    if (!named) {
        const RuleToken &before = m_next > 0 ? m_tokens[m_next - 1] : fieldToken;
        return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected a condition after “%2”, found "
                                          "the end of the rule."),
                        QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected a field name, found “%2”."),
                        fieldToken, fieldToken.kind == RuleToken::End
                                        ? QStringList{source(before)} : QStringList{});
    }
    const CustomerFields::Field *field =
        m_fields.find(fieldToken.text, fieldToken.kind == RuleToken::Bracketed);
    if (!field)
        return unknownField(fieldToken);
    take();
    return field;
}

// "field [not] between low and high"; the "between" token is next.
Status RuleParser::parseBetween(Operation &op)
{
    op.test = Test::Between;
    const RuleToken between = take();
    op.opToken = op.negated ? op.opToken : between;
    auto low = parseValue(between);
    if (!low)
        return low.error();
    if (!isAnd(peek()))
        return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected “and” between the two "
                                          "bounds of “between”, found the end of the rule."),
                        QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected “and” between the two "
                                          "bounds of “between”, found “%2”."),
                        peek());
    const RuleToken andToken = take();
    auto high = parseValue(andToken);
    if (!high)
        return high.error();
    op.values = {*low, *high};
    return {};
}

// "field [not] contains value" or "field [not] starts with value".
Status RuleParser::parseTextMatch(Operation &op)
{
    op.test = peek().is(u"contains") ? Test::Contains : Test::StartsWith;
    const RuleToken word = take();
    op.opToken = op.negated ? op.opToken : word;
    RuleToken last = word;
    if (op.test == Test::StartsWith) {
        if (!peek().is(u"with"))
            return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected “with” after “starts”, "
                                              "found the end of the rule."),
                            QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected “with” after “starts”, "
                                              "found “%2”."),
                            peek());
        last = take();
    }
    auto v = parseValue(last);
    if (!v)
        return v.error();
    op.values.push_back(*v);
    return {};
}

// "field is [not] missing"; the "is" token is next.
Status RuleParser::parseIsMissing(Operation &op)
{
    op.test = Test::Missing;
    op.opToken = take();
    if (isNot(peek())) {
        op.negated = true;
        take();
    }
    if (!peek().is(u"missing"))
        return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected “missing” after “%2”, found "
                                          "the end of the rule."),
                        QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected “missing” after “%2”, found "
                                          "“%3”."),
                        peek(), {source(m_tokens[m_next - 1])});
    take();
    return {};
}

// What follows the field: an optional "not", then the test and its values.
Result<RuleParser::Operation> RuleParser::parseOperation(const RuleToken &fieldToken)
{
    Operation op;
    op.opToken = peek();
    if (isNot(op.opToken)) {
        op.negated = true;
        take();
        const RuleToken &t = peek();
        if (!t.is(u"in") && !t.is(u"between") && !t.is(u"contains") && !t.is(u"starts"))
            return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected in, between, contains or "
                                              "starts with after “not”, found the end of the "
                                              "rule."),
                            QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected in, between, contains or "
                                              "starts with after “not”, found “%2”."),
                            t);
    }
    const RuleToken &t = peek();
    Status parsed;
    if (t.kind == RuleToken::Compare) {
        op.opToken = take();
        auto v = parseValue(op.opToken);
        if (!v)
            return v.error();
        op.values.push_back(*v);
    } else if (t.is(u"between")) {
        parsed = parseBetween(op);
    } else if (t.is(u"in")) {
        op.test = Test::In;
        const RuleToken in = take();
        op.opToken = op.negated ? op.opToken : in;
        auto list = parseList(in);
        if (!list)
            return list.error();
        op.values = list.takeValue();
    } else if (t.is(u"contains") || t.is(u"starts")) {
        parsed = parseTextMatch(op);
    } else if (t.is(u"is")) {
        parsed = parseIsMissing(op);
    } else {
        return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected a comparison such as =, <, "
                                          "between, in, contains or is missing after “%2”, found "
                                          "the end of the rule."),
                        QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected a comparison such as =, <, "
                                          "between, in, contains or is missing after “%2”, found "
                                          "“%3”."),
                        t, {source(fieldToken)});
    }
    if (!parsed)
        return parsed.error();
    return op;
}

Result<int> RuleParser::parseCondition()
{
    const RuleToken fieldToken = peek();
    auto field = parseField();
    if (!field)
        return field.error();
    auto op = parseOperation(fieldToken);
    if (!op)
        return op.error();
    auto condition = typed(fieldToken, *(*field)->column, (*field)->computed, op->test,
                           op->opToken, op->negated, op->values);
    if (!condition)
        return condition.error();
    const RuleToken &last = m_tokens[m_next - 1];
    condition->text = m_text.mid(fieldToken.pos, last.end - fieldToken.pos);
    condition->column = (*field)->column;
    condition->field = (*field)->name;
    m_program.conditions.push_back(condition.takeValue());
    if (!m_program.fields.contains((*field)->name))
        m_program.fields << (*field)->name;
    return addNode({RuleProgram::Node::Condition, int(m_program.conditions.size()) - 1, {}});
}

Result<RuleParser::Literal> RuleParser::parseValue(const RuleToken &after)
{
    const RuleToken &t = peek();
    Literal v;
    v.pos = t.pos;
    if (t.kind == RuleToken::Number) {
        v.number = t.number;
        v.text = source(t);
    } else if (t.kind == RuleToken::String) {
        v.kind = Literal::String;
        v.text = t.text;
    } else if (t.is(u"date")) {
        take();
        if (peek().kind != RuleToken::String)
            return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected a quoted date such as "
                                              "\"2024-03-01\" after “date”, found the end of the "
                                              "rule."),
                            QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected a quoted date such as "
                                              "\"2024-03-01\" after “date”, found “%2”."),
                            peek());
        v.kind = Literal::Date;
        v.text = peek().text;
    } else {
        return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected a value after “%2”, found the "
                                          "end of the rule."),
                        QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected a value after “%2”, found “%3”."),
                        t, {source(after)});
    }
    take();
    return v;
}

Result<std::vector<RuleParser::Literal>> RuleParser::parseList(const RuleToken &after)
{
    if (peek().kind != RuleToken::LParen)
        return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected “(” and a list of values after "
                                          "“%2”, found the end of the rule."),
                        QT_TRANSLATE_NOOP("Segmenta::Rules",
                                          "Position %1: expected “(” and a list of values after "
                                          "“%2”, found “%3”."),
                        peek(), {source(after)});
    std::vector<Literal> values;
    RuleToken previous = take();
    for (;;) {
        auto v = parseValue(previous);
        if (!v)
            return v.error();
        values.push_back(*v);
        if (peek().kind == RuleToken::RParen) {
            take();
            return values;
        }
        if (peek().kind != RuleToken::Comma)
            return expected(QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected “,” or “)” in the list of "
                                              "values, found the end of the rule."),
                            QT_TRANSLATE_NOOP("Segmenta::Rules",
                                              "Position %1: expected “,” or “)” in the list of "
                                              "values, found “%2”."),
                            peek());
        previous = take();
    }
}

} // namespace Segmenta
