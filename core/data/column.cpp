// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/column.h"

namespace Segmenta {

namespace {
const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

template<typename T>
void compactVector(std::vector<T> &v, const std::vector<char> &keep)
{
    if (v.empty())
        return;
    size_t out = 0;
    for (size_t i = 0; i < v.size(); ++i)
        if (keep[i])
            v[out++] = v[i];
    v.resize(out);
}
} // namespace

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Date:
        return QStringLiteral("date");
    }
    return {};
}

ColumnType columnTypeFromName(const QString &name)
{
    if (name == u"number")
        return ColumnType::Number;
    if (name == u"date")
        return ColumnType::Date;
    return ColumnType::Text;
}

Column::Column(QString name, ColumnType type, Role role)
    : m_name(std::move(name)), m_type(type), m_role(role)
{
    if (type == ColumnType::Text)
        m_pool = std::make_shared<StringPool>();
}

qsizetype Column::size() const
{
    return qsizetype(m_type == ColumnType::Number ? m_numbers.size() : m_ints.size());
}

QString Column::text(qsizetype row) const
{
    return m_pool->text(m_ints[size_t(row)]);
}

qint32 Column::toDays(QDate date)
{
    return date.isValid() ? qint32(date.toJulianDay() - kEpochJulianDay) : kMissingDate;
}

QDate Column::fromDays(qint32 days)
{
    return days == kMissingDate ? QDate() : QDate::fromJulianDay(kEpochJulianDay + days);
}

QDate Column::date(qsizetype row) const
{
    return fromDays(m_ints[size_t(row)]);
}

bool Column::isMissing(qsizetype row) const
{
    switch (m_type) {
    case ColumnType::Text:
        return m_ints[size_t(row)] < 0;
    case ColumnType::Number:
        return std::isnan(m_numbers[size_t(row)]);
    case ColumnType::Date:
        return m_ints[size_t(row)] == kMissingDate;
    }
    return true;
}

QVariant Column::value(qsizetype row) const
{
    if (isMissing(row))
        return {};
    switch (m_type) {
    case ColumnType::Text:
        return text(row);
    case ColumnType::Number:
        return number(row);
    case ColumnType::Date:
        if (hasTime())
            return QDateTime(date(row), QTime::fromMSecsSinceStartOfDay(m_seconds[size_t(row)] * 1000));
        return date(row);
    }
    return {};
}

QString Column::displayText(qsizetype row) const
{
    if (isMissing(row))
        return {};
    switch (m_type) {
    case ColumnType::Text:
        return text(row);
    case ColumnType::Number:
        return QString::number(number(row), 'g', 15);
    case ColumnType::Date:
        if (hasTime())
            return value(row).toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return date(row).toString(Qt::ISODate);
    }
    return {};
}

void Column::compact(const std::vector<char> &keep)
{
    compactVector(m_ints, keep);
    compactVector(m_numbers, keep);
    compactVector(m_seconds, keep);
}

} // namespace Segmenta
