// SPDX-License-Identifier: GPL-3.0-or-later
// RuleParser, continued: the type check of one condition and its compiled form.
#include "segments/rules/ruleparser.h"

#include "analysis/measures/measurevaluenames.h"
#include "data/parse/dateparser.h"
#include "segments/rules/rulelexer.h"

namespace Segmenta {

namespace {

const char kType[] = "rule-type";

std::optional<qint32> yearFirstDay(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    const DateToken token =
        DateParser::tokenize(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (token.kind != DateToken::Exact) // year first only: 5/3/2024 would be a guess
        return std::nullopt;
    const auto resolved = DateParser::resolve(token, DateOrder::YearMonthDay);
    if (!resolved)
        return std::nullopt;
    return resolved->days;
}

RuleCondition::Op comparison(const QString &op)
{
    using Op = RuleCondition::Op;
    if (op == u"!=")
        return Op::NotEqual;
    if (op == u"<")
        return Op::Less;
    if (op == u"<=")
        return Op::LessOrEqual;
    if (op == u">")
        return Op::Greater;
    if (op == u">=")
        return Op::GreaterOrEqual;
    return Op::Equal;
}

QStringList poolTexts(const Column &column)
{
    QStringList out;
    for (qint32 code = 0; code < column.pool().size(); ++code)
        out << column.pool().text(code);
    return out;
}

// A value of a computed measure may be written in English or Chinese, as the lists show it
// ("白金", "Platinum", "platinum"; docs/rules.md): the canonical label it names.
QString measureValue(const Column &column, const QString &text)
{
    const QString canonical = MeasureValueNames::canonical(column.name(), text);
    return canonical.isNull() ? text.trimmed() : canonical;
}

} // namespace

Result<RuleCondition> RuleParser::typed(const RuleToken &fieldToken, const Column &column,
                                        bool computed, Test test, const RuleToken &opToken,
                                        bool negated, const std::vector<Literal> &values) const
{
    using Op = RuleCondition::Op;
    RuleCondition c;
    const QString field = source(fieldToken);

    if (test == Test::Missing) {
        if (column.type() == ColumnType::Text) {
            c.op = Op::Lookup;
            c.table = RuleCondition::textTable(
                column, [negated](const QString &) { return negated; }, !negated);
        } else {
            c.op = negated ? Op::NotMissing : Op::Missing;
        }
        return c;
    }
    switch (test) {
    case Test::Between:
        c.op = negated ? Op::NotBetween : Op::Between;
        break;
    case Test::In:
        c.op = negated ? Op::NotIn : Op::In;
        break;
    case Test::Compare:
        c.op = comparison(opToken.text);
        break;
    default:
        c.op = Op::Lookup;
        break;
    }
    const bool textMatch = test == Test::Contains || test == Test::StartsWith;
    if (textMatch && column.type() != ColumnType::Text)
        return ruleError(kType,
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: “%2” works on text only, and “%3” is not "
                                           "text."),
                         opToken.pos, {source(opToken), field});

    Status valuesFit;
    switch (column.type()) {
    case ColumnType::Number:
        valuesFit = numberValues(c, values, field);
        break;
    case ColumnType::Date:
        valuesFit = dateValues(c, values, field);
        break;
    case ColumnType::Text:
        valuesFit = textLookup(c, column, computed, test, opToken, negated, values, field);
        break;
    }
    if (!valuesFit)
        return valuesFit.error();
    if ((c.op == Op::Between || c.op == Op::NotBetween)
        && (column.type() == ColumnType::Date ? c.lowDay > c.highDay : c.low > c.high))
        return ruleError(kType,
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: the lower bound %2 is above the upper "
                                           "bound %3."),
                         values.front().pos, {values.front().text, values.back().text});
    return c;
}

Status RuleParser::numberValues(RuleCondition &c, const std::vector<Literal> &values,
                                const QString &field)
{
    for (const Literal &v : values)
        if (v.kind != Literal::Number)
            return ruleError(kType,
                             QT_TRANSLATE_NOOP("Segmenta::Rules",
                                               "Position %1: “%2” is a number; compare it "
                                               "with a number without quotes, such as 100."),
                             v.pos, {field});
    for (const Literal &v : values)
        c.numbers.push_back(v.number);
    c.low = values.front().number;
    c.high = values.back().number;
    return {};
}

Status RuleParser::dateValues(RuleCondition &c, const std::vector<Literal> &values,
                              const QString &field)
{
    for (const Literal &v : values) {
        if (v.kind == Literal::Number)
            return ruleError(kType,
                             QT_TRANSLATE_NOOP("Segmenta::Rules",
                                               "Position %1: “%2” is a date; compare it with "
                                               "a date such as date \"2024-03-01\"."),
                             v.pos, {field});
        const auto day = yearFirstDay(v.text);
        if (!day)
            return ruleError(kType,
                             QT_TRANSLATE_NOOP("Segmenta::Rules",
                                               "Position %1: “%2” is not a date; write dates "
                                               "year first, such as \"2024-03-01\"."),
                             v.pos, {v.text});
        c.days.push_back(*day);
    }
    c.lowDay = c.days.front();
    c.highDay = c.days.back();
    return {};
}

// A text condition becomes a table over the column's pool: which codes match.
Status RuleParser::textLookup(RuleCondition &c, const Column &column, bool computed, Test test,
                              const RuleToken &opToken, bool negated,
                              const std::vector<Literal> &values, const QString &field)
{
    using Op = RuleCondition::Op;
    if (test == Test::Between || c.op == Op::Less || c.op == Op::LessOrEqual
        || c.op == Op::Greater || c.op == Op::GreaterOrEqual)
        return ruleError(kType,
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: “%2” is text and has no order; use "
                                           "=, !=, in, contains or starts with."),
                         opToken.pos, {field});
    const bool textMatch = test == Test::Contains || test == Test::StartsWith;
    const QStringList labels = computed ? poolTexts(column) : QStringList();
    for (const Literal &v : values) {
        if (v.kind != Literal::String) {
            const QString example = labels.isEmpty() ? v.text : labels.front();
            return ruleError(kType,
                             QT_TRANSLATE_NOOP("Segmenta::Rules",
                                               "Position %1: “%2” is text; compare it with a "
                                               "quoted value such as \"%3\"."),
                             v.pos, {field, example});
        }
        // A computed measure has a fixed vocabulary: a misspelt label would silently match
        // nobody, so it is an error; an imported column may simply not hold the value.
        if (computed && !textMatch && !labels.contains(measureValue(column, v.text),
                                                       Qt::CaseInsensitive))
            return ruleError(kType,
                             QT_TRANSLATE_NOOP("Segmenta::Rules",
                                               "Position %1: “%2” is not a value of “%3”; the "
                                               "values are: %4."),
                             v.pos, {v.text, field,
                                     u'"' + labels.join(QStringLiteral("\", \"")) + u'"'});
    }
    QStringList wanted;
    for (const Literal &v : values)
        wanted << (computed && !textMatch ? measureValue(column, v.text) : v.text.trimmed());
    std::function<bool(const QString &)> holds;
    if (test == Test::Contains) {
        holds = [&](const QString &s) { return s.contains(wanted.front(), Qt::CaseInsensitive); };
    } else if (test == Test::StartsWith) {
        holds = [&](const QString &s) {
            return s.trimmed().startsWith(wanted.front(), Qt::CaseInsensitive);
        };
    } else {
        holds = [&](const QString &s) {
            const QString t = s.trimmed();
            for (const QString &w : wanted)
                if (t.compare(w, Qt::CaseInsensitive) == 0)
                    return true;
            return false;
        };
    }
    if (!computed && !textMatch)
        unmatchedValues(c, column, values, field);
    const bool flip = negated || c.op == Op::NotEqual || c.op == Op::NotIn;
    c.table = RuleCondition::textTable(
        column, [&](const QString &s) { return holds(s) != flip; }, false);
    c.op = Op::Lookup;
    return {};
}

// A value of =, != or in that no customer has matches nobody (or everybody, negated): warn,
// naming the nearest existing value when it is close enough to be a typo (docs/rules.md).
void RuleParser::unmatchedValues(RuleCondition &c, const Column &column,
                                 const std::vector<Literal> &values, const QString &field)
{
    const QStringList pool = poolTexts(column);
    for (const Literal &v : values) {
        const QString wanted = v.text.trimmed();
        QString best;
        bool found = false;
        int bestDistance = std::max<int>(1, int(wanted.size()) / 3) + 1;
        for (const QString &s : pool) {
            const QString t = s.trimmed();
            if (t.compare(wanted, Qt::CaseInsensitive) == 0) {
                found = true;
                break;
            }
            const int d = editDistance(wanted, t);
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        if (found)
            continue;
        if (best.isEmpty())
            c.warnings << Message("Segmenta::Rules",
                                  QT_TRANSLATE_NOOP("Segmenta::Rules",
                                                    "No customer has “%1” in “%2”."),
                                  {wanted, field})
                              .withCode("rule-value");
        else
            c.warnings << Message("Segmenta::Rules",
                                  QT_TRANSLATE_NOOP("Segmenta::Rules",
                                                    "No customer has “%1” in “%2”; did you mean "
                                                    "“%3”?"),
                                  {wanted, field, best})
                              .withCode("rule-value");
    }
}

} // namespace Segmenta
