// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/sqltext.h"

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Warehouse";

bool isTagCharacter(QChar c, bool first)
{
    return c == u'_' || c.isLetter() || (!first && c.isDigit());
}

// At a '$' at i: the length of a dollar-quote opener ($$ or $tag$), 0 when it is not one
// (a positional parameter such as $1, or a '$' inside a name).
qsizetype dollarTagLength(const QString &s, qsizetype i)
{
    qsizetype j = i + 1;
    while (j < s.size() && isTagCharacter(s[j], j == i + 1))
        ++j;
    return j < s.size() && s[j] == u'$' ? j - i + 1 : 0;
}

// Where the token starting at i ends (one past it), or -1 when it is left open. Tokens other
// than literals, quoted names, comments and dollar strings are one character long.
qsizetype tokenEnd(const QString &s, qsizetype i)
{
    const qsizetype n = s.size();
    const QChar c = s[i];
    const QChar next = i + 1 < n ? s[i + 1] : QChar();
    if (c == u'-' && next == u'-') {
        const qsizetype eol = s.indexOf(u'\n', i);
        return eol < 0 ? n : eol + 1;
    }
    if (c == u'/' && next == u'*') {
        int depth = 0; // PostgreSQL nests block comments
        for (qsizetype j = i; j + 1 < n; ++j) {
            if (s[j] == u'/' && s[j + 1] == u'*') {
                ++depth;
                ++j;
            } else if (s[j] == u'*' && s[j + 1] == u'/') {
                ++j;
                if (--depth == 0)
                    return j + 1;
            }
        }
        return -1;
    }
    if (c == u'\'' || c == u'"') {
        // E'…' strings also take \' as a quote; the E was the token before this one.
        const bool escapes = c == u'\'' && i > 0 && (s[i - 1] == u'E' || s[i - 1] == u'e')
                             && (i < 2 || !(s[i - 2].isLetterOrNumber() || s[i - 2] == u'_'));
        for (qsizetype j = i + 1; j < n; ++j) {
            if (escapes && s[j] == u'\\') {
                ++j;
            } else if (s[j] == c) {
                if (j + 1 < n && s[j + 1] == c)
                    ++j; // '' or "" inside
                else
                    return j + 1;
            }
        }
        return -1;
    }
    if (c == u'$') {
        // A '$' right after a name character belongs to the name (PostgreSQL allows it there).
        if (i > 0 && (s[i - 1].isLetterOrNumber() || s[i - 1] == u'_'))
            return i + 1;
        const qsizetype tag = dollarTagLength(s, i);
        if (tag == 0)
            return i + 1;
        const qsizetype close = s.indexOf(QStringView(s).mid(i, tag), i + tag);
        return close < 0 ? -1 : close + tag;
    }
    return i + 1;
}

bool isBlankOrComment(const QString &s, qsizetype from, qsizetype to)
{
    return s[from].isSpace() || (to - from >= 2 && (s.mid(from, 2) == u"--" || s.mid(from, 2) == u"/*"));
}
} // namespace

Result<QString> SqlText::singleStatement(const QString &query)
{
    qsizetype end = 0;        // one past the last character that is not blank, comment or ';'
    qsizetype semicolon = -1; // the first ';' outside literals
    for (qsizetype i = 0; i < query.size();) {
        const qsizetype next = tokenEnd(query, i);
        if (next < 0)
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                       "The query leaves a quoted text, quoted name or "
                                                       "comment open."))
                .withCode("warehouse-query");
        if (query[i] == u';') {
            if (semicolon < 0)
                semicolon = i;
        } else if (!isBlankOrComment(query, i, next)) {
            if (semicolon >= 0)
                return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                           "The query must be a single SELECT statement; "
                                                           "a “;” outside quotes ends it."))
                    .withCode("warehouse-query");
            end = next;
        }
        i = next;
    }
    const QString statement = query.left(end).trimmed();
    if (statement.isEmpty())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse", "The query is empty."))
            .withCode("warehouse-query");
    return statement;
}

Result<QStringList> SqlText::nameParts(const QString &name)
{
    auto bad = [&name] {
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Warehouse",
                                                   "“%1” is not a table name: write table, schema.table or "
                                                   "\"Schema\".\"Table\", with \"\" for a quote inside quotes."),
                       {name})
            .withCode("warehouse-table");
    };
    QStringList parts;
    qsizetype i = 0;
    const qsizetype n = name.size();
    for (;;) {
        while (i < n && name[i].isSpace())
            ++i;
        QString part;
        if (i < n && name[i] == u'"') {
            const qsizetype end = tokenEnd(name, i);
            if (end < 0)
                return bad();
            part = name.mid(i + 1, end - i - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            i = end;
            while (i < n && name[i].isSpace())
                ++i;
            if (part.isEmpty() || (i < n && name[i] != u'.'))
                return bad();
        } else {
            const qsizetype dot = name.indexOf(u'.', i);
            part = name.mid(i, dot < 0 ? -1 : dot - i).trimmed();
            i = dot < 0 ? n : dot;
            if (part.isEmpty() || part.contains(u'"'))
                return bad();
        }
        parts.append(part);
        if (i >= n)
            break;
        ++i; // the '.'
    }
    if (parts.size() > 3)
        return bad();
    return parts;
}

} // namespace Segmenta
