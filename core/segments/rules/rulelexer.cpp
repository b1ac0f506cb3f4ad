// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/rules/rulelexer.h"

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Rules";

// Full-width punctuation as Chinese input methods type it, mapped to the ASCII form.
char16_t asciiPunctuation(char16_t c)
{
    switch (c) {
    case u'（': return u'(';
    case u'）': return u')';
    case u'，':
    case u'、': return u',';
    case u'＝': return u'=';
    case u'＜': return u'<';
    case u'＞': return u'>';
    case u'！': return u'!';
    case u'【':
    case u'［': return u'[';
    case u'】':
    case u'］': return u']';
    case u'＆': return u'&';
    case u'｜': return u'|';
    default: return c;
    }
}

// The closing quote for an opening one, or 0 when c opens no string.
char16_t closingQuote(char16_t c)
{
    switch (c) {
    case u'"': return u'"';
    case u'\'': return u'\'';
    case u'“': return u'”';
    case u'‘': return u'’';
    case u'「': return u'」';
    case u'『': return u'』';
    case u'＂': return u'＂';
    default: return 0;
    }
}

// The code point at i (joining surrogate pairs) and how many UTF-16 units it takes.
char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

bool startsName(char32_t c)
{
    return c == U'_' || QChar::isLetter(c);
}

bool continuesName(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isDigitAt(const QString &text, qsizetype i)
{
    return i < text.size() && text.at(i).isDigit();
}

} // namespace

Message ruleError(const char *code, const char *source, qsizetype index, QStringList args)
{
    args.prepend(QString::number(index + 1));
    return Message(kContext, source, std::move(args)).withCode(code);
}

namespace {

// Each scan* reads one token that starts at i into t and answers the index after it.

Result<qsizetype> scanString(const QString &text, qsizetype i, char16_t open, char16_t close,
                             RuleToken &t)
{
    // A Chinese opening quote may also be closed by a plain " (mixed input methods).
    const bool chineseOpen = close != open && open != u'\'';
    const qsizetype n = text.size();
    QString value;
    for (qsizetype j = i + 1; j < n; ++j) {
        const char16_t d = text.at(j).unicode();
        if (d == u'\\' && j + 1 < n) {
            value += text.at(++j);
            continue;
        }
        if (d == close || (chineseOpen && d == u'"')) {
            t.kind = RuleToken::String;
            t.text = value;
            return j + 1;
        }
        value += text.at(j);
    }
    return ruleError("rule-syntax",
                     QT_TRANSLATE_NOOP("Segmenta::Rules",
                                       "Position %1: the text that starts here has no "
                                       "closing quote."),
                     i);
}

Result<qsizetype> scanBracketed(const QString &text, qsizetype i, RuleToken &t)
{
    qsizetype close = -1;
    for (qsizetype j = i + 1; j < text.size() && close < 0; ++j)
        if (asciiPunctuation(text.at(j).unicode()) == u']')
            close = j;
    if (close < 0)
        return ruleError("rule-syntax",
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: the field name that starts here "
                                           "has no closing “]”."),
                         i);
    t.kind = RuleToken::Bracketed;
    t.text = text.mid(i + 1, close - i - 1).trimmed();
    if (t.text.isEmpty())
        return ruleError("rule-syntax",
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: the brackets hold no field name."),
                         i);
    return close + 1;
}

bool startsNumber(const QString &text, qsizetype i, char16_t c, char16_t next)
{
    return text.at(i).isDigit()
           || ((c == u'-' || c == u'+' || c == u'.') && isDigitAt(text, i + 1))
           || ((c == u'-' || c == u'+') && next == u'.' && isDigitAt(text, i + 2));
}

// Digits of any script (full-width too) by their value; one optional decimal point.
qsizetype scanNumber(const QString &text, qsizetype i, char16_t c, RuleToken &t)
{
    QString ascii;
    qsizetype j = i;
    if (c == u'-' || c == u'+') {
        ascii += QChar(c);
        ++j;
    }
    bool point = false;
    for (; j < text.size(); ++j) {
        const QChar d = text.at(j);
        if (d.isDigit())
            ascii += QChar(u'0' + d.digitValue());
        else if ((d == u'.' || d == u'．') && !point && isDigitAt(text, j + 1)) {
            ascii += u'.';
            point = true;
        }
        else
            break;
    }
    t.kind = RuleToken::Number;
    t.number = ascii.toDouble();
    t.text = text.mid(i, j - i);
    return j;
}

qsizetype scanComparison(qsizetype i, char16_t c, char16_t next, RuleToken &t)
{
    const bool two = next == u'=' || (c == u'<' && next == u'>');
    QString op = QString(QChar(c)) + (two ? QString(QChar(next)) : QString());
    if (op == u"==")
        op = QStringLiteral("=");
    else if (op == u"<>")
        op = QStringLiteral("!=");
    t.kind = op == u"!" ? RuleToken::NotOp : RuleToken::Compare;
    t.text = op;
    return i + (two ? 2 : 1);
}

Result<qsizetype> scanName(const QString &text, qsizetype i, RuleToken &t)
{
    int units = 1;
    const char32_t cp = codePointAt(text, i, &units);
    if (!startsName(cp))
        return ruleError("rule-syntax",
                         QT_TRANSLATE_NOOP("Segmenta::Rules",
                                           "Position %1: “%2” is not part of the rule "
                                           "language."),
                         i, {text.mid(i, units)});
    qsizetype j = i + units;
    while (j < text.size()) {
        const char32_t d = codePointAt(text, j, &units);
        if (!continuesName(d))
            break;
        j += units;
    }
    t.kind = RuleToken::Identifier;
    t.text = text.mid(i, j - i);
    return j;
}

// The token that starts at i (not a space): its kind and text in t, the index after it.
Result<qsizetype> scanToken(const QString &text, qsizetype i, RuleToken &t)
{
    const qsizetype n = text.size();
    const char16_t c = asciiPunctuation(text.at(i).unicode());
    const char16_t next = i + 1 < n ? asciiPunctuation(text.at(i + 1).unicode()) : 0;
    if (const char16_t close = closingQuote(c))
        return scanString(text, i, c, close, t);
    if (c == u'[')
        return scanBracketed(text, i, t);
    if (startsNumber(text, i, c, next))
        return scanNumber(text, i, c, t);
    if (c == u'(' || c == u')' || c == u',') {
        t.kind = c == u'(' ? RuleToken::LParen
                           : (c == u')' ? RuleToken::RParen : RuleToken::Comma);
        t.text = QString(QChar(c));
        return i + 1;
    }
    if (c == u'=' || c == u'<' || c == u'>' || c == u'!')
        return scanComparison(i, c, next, t);
    if ((c == u'&' || c == u'|') && next == c) {
        t.kind = c == u'&' ? RuleToken::AndOp : RuleToken::OrOp;
        t.text = c == u'&' ? QStringLiteral("&&") : QStringLiteral("||");
        return i + 2;
    }
    return scanName(text, i, t);
}

} // namespace

Result<std::vector<RuleToken>> RuleLexer::tokenize(const QString &text)
{
    std::vector<RuleToken> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        RuleToken t;
        t.pos = i;
        auto after = scanToken(text, i, t);
        if (!after)
            return after.error();
        i = *after;
        t.end = i;
        tokens.push_back(std::move(t));
    }
    RuleToken end;
    end.kind = RuleToken::End;
    end.pos = end.end = n;
    tokens.push_back(end);
    return tokens;
}

} // namespace Segmenta
