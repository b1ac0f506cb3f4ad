// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/query/rowfilter.h"

#include "data/parse/dateparser.h"
#include "data/stringpool.h"
#include "base/taskcontrol.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

const char *kContext = "Segmenta::RowFilter";
constexpr double kInf = std::numeric_limits<double>::infinity();

bool parseNumber(QString text, double &value)
{
    text = text.trimmed();
    text.remove(u',');
    text.remove(u'¥');
    text.remove(u'￥');
    text.remove(u'$');
    bool ok = false;
    value = text.toDouble(&ok);
    return ok && std::isfinite(value);
}

// A whole year or month as a day range [first, last]: 2024, 2024年, 2024-03, 2024/3, 2024.3,
// 2024年3月. Import has no such values, so DateParser does not read them.
bool parsePeriod(const QString &text, double &first, double &last)
{
    static const QRegularExpression year(QStringLiteral("^(\\d{4})年?$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?$"));
    QRegularExpressionMatch m;
    if ((m = month.match(text)).hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!d.isValid())
            return false;
        first = Column::toDays(d);
        last = Column::toDays(d.addMonths(1).addDays(-1));
        return true;
    }
    if ((m = year.match(text)).hasMatch()) {
        const int y = m.captured(1).toInt();
        first = Column::toDays(QDate(y, 1, 1));
        last = Column::toDays(QDate(y, 12, 31));
        return true;
    }
    return false;
}

// A day written as import reads it (DateParser: 2024-03-05, 2024/3/5, 2024年3月5日, 20240305,
// 5/3/2024 in the column's order, a time after it ignored), or a whole year or month. Where the
// column's order is unknown, a day-month text is taken only when just one reading is a date.
bool parseDateRange(const QString &raw, DateOrder order, double &first, double &last)
{
    const QString text = raw.trimmed();
    const QByteArray utf8 = text.toUtf8();
    const DateToken token =
        DateParser::tokenize(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (token.kind == DateToken::Invalid)
        return parsePeriod(text, first, last);
    if (token.kind == DateToken::Numeric && order == DateOrder::Unknown)
        order = DateParser::decideOrder({token});
    const std::optional<ResolvedDate> date = DateParser::resolve(token, order);
    if (!date)
        return false;
    first = last = date->days;
    return true;
}

bool parseBound(const QString &text, ColumnType type, DateOrder order, double &first,
                double &last)
{
    if (type == ColumnType::Number) {
        if (!parseNumber(text, first))
            return false;
        last = first;
        return true;
    }
    return parseDateRange(text, order, first, last);
}

} // namespace

Result<RowFilter> RowFilter::parse(const QString &input, ColumnType type, DateOrder order)
{
    RowFilter f;
    f.m_type = type;
    const QString text = input.trimmed();
    if (text.compare(QStringLiteral("blank"), Qt::CaseInsensitive) == 0
        || text == QStringLiteral("空")) {
        f.m_kind = Kind::Blank;
        return f;
    }
    if (type == ColumnType::Text) {
        if (text.startsWith(u'=')) {
            f.m_kind = Kind::Equals;
            f.m_text = text.mid(1).trimmed().toCaseFolded();
        } else {
            f.m_kind = Kind::Contains;
            f.m_text = text.toCaseFolded();
        }
        return f;
    }

    f.m_kind = Kind::Range;
    f.m_low = -kInf;
    f.m_high = kInf;
    double first = 0, last = 0;
    bool ok = false;
    const qsizetype dots = text.indexOf(QStringLiteral(".."));
    if (dots > 0) {
        double a1 = 0, a2 = 0, b1 = 0, b2 = 0;
        ok = parseBound(text.left(dots), type, order, a1, a2)
             && parseBound(text.mid(dots + 2), type, order, b1, b2) && a1 <= b2;
        f.m_low = a1;
        f.m_high = b2;
    } else if (text.startsWith(QStringLiteral(">=")) || text.startsWith(QStringLiteral("≥"))) {
        ok = parseBound(text.mid(text.startsWith(u'>') ? 2 : 1), type, order, first, last);
        f.m_low = first;
    } else if (text.startsWith(QStringLiteral("<=")) || text.startsWith(QStringLiteral("≤"))) {
        ok = parseBound(text.mid(text.startsWith(u'<') ? 2 : 1), type, order, first, last);
        f.m_high = last;
    } else if (text.startsWith(u'>')) {
        ok = parseBound(text.mid(1), type, order, first, last);
        f.m_low = last;
        f.m_lowOpen = true;
    } else if (text.startsWith(u'<')) {
        ok = parseBound(text.mid(1), type, order, first, last);
        f.m_high = first;
        f.m_highOpen = true;
    } else {
        ok = parseBound(text.startsWith(u'=') ? text.mid(1) : text, type, order, first, last);
        f.m_low = first;
        f.m_high = last;
    }
    if (!ok) {
        if (type == ColumnType::Number)
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::RowFilter",
                                                       "\"%1\" is not a number filter: type a "
                                                       "number, or > 100, <= 5, 10..20, blank."),
                           {text});
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::RowFilter",
                                                   "\"%1\" is not a date filter: type a date "
                                                   "such as 2024-03-05, a month (2024-03), a "
                                                   "year (2024), > 2024-01-01, "
                                                   "2024-01-01..2024-06-30, or blank."),
                       {text});
    }
    return f;
}

std::vector<char> RowFilter::textMatches(const Column &column) const
{
    const StringPool &pool = column.pool();
    std::vector<char> match(size_t(pool.size()), 0);
    for (qint32 code = 0; code < pool.size(); ++code) {
        const QString folded = pool.text(code).toCaseFolded();
        match[size_t(code)] = m_kind == Kind::Equals ? folded == m_text : folded.contains(m_text);
    }
    return match;
}

bool RowFilter::matches(const Column &column, qsizetype row) const
{
    if (m_kind == Kind::Blank)
        return column.isMissing(row);
    if (column.isMissing(row))
        return false;
    if (column.type() == ColumnType::Text) {
        const QString folded = column.text(row).toCaseFolded();
        return m_kind == Kind::Equals ? folded == m_text : folded.contains(m_text);
    }
    const double v = column.type() == ColumnType::Number ? column.number(row)
                                                         : double(column.days()[size_t(row)]);
    return (m_lowOpen ? v > m_low : v >= m_low) && (m_highOpen ? v < m_high : v <= m_high);
}

std::vector<qint32> RowFilter::matching(const Column &column, const std::vector<qint32> *rows,
                                        TaskControl *control) const
{
    std::vector<qint32> result;
    const qsizetype n = rows ? qsizetype(rows->size()) : column.size();
    std::vector<char> codes;
    const bool byCode = column.type() == ColumnType::Text && m_kind != Kind::Blank;
    if (byCode)
        codes = textMatches(column);
    for (qsizetype i = 0; i < n; ++i) {
        if ((i & 0xFFFFF) == 0 && control && control->isCancelled())
            return {};
        const qint32 row = rows ? (*rows)[size_t(i)] : qint32(i);
        bool keep;
        if (byCode) {
            const qint32 code = column.codes()[size_t(row)];
            keep = code >= 0 && codes[size_t(code)];
        } else {
            keep = matches(column, row);
        }
        if (keep)
            result.push_back(row);
    }
    return result;
}

} // namespace Segmenta
