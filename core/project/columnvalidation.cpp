// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/columnvalidation.h"

#include <QDate>

namespace Segmenta::ColumnValidation {

namespace {

// The widest span of days a date column may hold: QDate's years 1 to 9999. Anything outside is
// a flipped bit, and code that spans the dates (per-day or per-month arrays) would size itself
// by it. Computed on first use: Column's epoch is itself a static of another file.
bool isCalendarDay(qint32 day)
{
    static const qint32 first = Column::toDays(QDate(1, 1, 1));
    static const qint32 last = Column::toDays(QDate(9999, 12, 31));
    return day >= first && day <= last;
}

} // namespace

Message damaged(const QString &column, const QString &what)
{
    return Message("Segmenta::Project",
                   QT_TRANSLATE_NOOP("Segmenta::Project",
                                     "The project file is damaged: the stored column “%1” "
                                     "is inconsistent (%2)."),
                   {column, what})
        .withCode("damaged");
}

Status checkPool(const QString &column, const std::vector<char> &bytes,
                 const std::vector<quint64> &offsets)
{
    if (offsets.empty())
        return bytes.empty() ? Status() : damaged(column, QStringLiteral("pool_offsets"));
    if (offsets.front() != 0 || offsets.back() > bytes.size())
        return damaged(column, QStringLiteral("pool_offsets"));
    for (size_t i = 1; i < offsets.size(); ++i)
        if (offsets[i] < offsets[i - 1])
            return damaged(column, QStringLiteral("pool_offsets"));
    return {};
}

Status checkCodes(const QString &column, const std::vector<qint32> &codes, qint64 poolSize,
                  bool allowMissing)
{
    for (const qint32 code : codes)
        if (code >= poolSize || (code < 0 && !(allowMissing && code == Column::kMissingCode)))
            return damaged(column, QStringLiteral("codes"));
    return {};
}

Status checkColumn(const Column &column, qint64 rowCount)
{
    if (column.size() != rowCount)
        return damaged(column.name(), QStringLiteral("rows"));
    switch (column.type()) {
    case ColumnType::Text:
        if (!column.sharedPool())
            return damaged(column.name(), QStringLiteral("pool"));
        return checkCodes(column.name(), column.codes(), column.pool().size());
    case ColumnType::Number:
        return {};
    case ColumnType::Date:
        for (const qint32 day : column.days())
            if (day != Column::kMissingDate && !isCalendarDay(day))
                return damaged(column.name(), QStringLiteral("days"));
        if (column.hasTime() && column.secondsOfDay().size() != column.days().size())
            return damaged(column.name(), QStringLiteral("seconds"));
        return {};
    }
    return {};
}

} // namespace Segmenta::ColumnValidation
