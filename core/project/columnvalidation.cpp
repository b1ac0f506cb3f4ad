// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/columnvalidation.h"

#include <QDate>

#include <algorithm>

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

// Every stored day is a calendar day or missing. Missing days count as the first calendar day,
// so that the pass is one branch-free min/max the compiler vectorises (see valueRange()).
bool datesAreCalendarDays(const std::vector<qint32> &days)
{
    static const qint32 first = Column::toDays(QDate(1, 1, 1));
    if (days.empty())
        return true;
    qint32 low = first;
    qint32 high = first;
    for (const qint32 day : days) {
        const qint32 d = day == Column::kMissingDate ? first : day;
        low = std::min(low, d);
        high = std::max(high, d);
    }
    return isCalendarDay(low) && isCalendarDay(high);
}

} // namespace

std::pair<qint32, qint32> valueRange(const std::vector<qint32> &values)
{
    if (values.empty())
        return {0, 0};
    qint32 low = values.front();
    qint32 high = values.front();
    // No early exit: min and max over the whole vector compile to SIMD; a project that opens
    // reads every value anyway, and only a damaged one would stop sooner.
    for (const qint32 v : values) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    return {low, high};
}

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
    // One pass without an early exit, so that it vectorises: a sound pool is read whole anyway.
    bool decreasing = false;
    for (size_t i = 1; i < offsets.size(); ++i)
        decreasing |= offsets[i] < offsets[i - 1];
    if (decreasing)
        return damaged(column, QStringLiteral("pool_offsets"));
    return {};
}

Status checkCodes(const QString &column, const std::vector<qint32> &codes, qint64 poolSize,
                  bool allowMissing)
{
    const auto [low, high] = valueRange(codes);
    const qint32 lowest = allowMissing ? Column::kMissingCode : 0;
    if (!codes.empty() && (low < lowest || high >= poolSize))
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
        if (!datesAreCalendarDays(column.days()))
            return damaged(column.name(), QStringLiteral("days"));
        if (column.hasTime() && column.secondsOfDay().size() != column.days().size())
            return damaged(column.name(), QStringLiteral("seconds"));
        return {};
    }
    return {};
}

} // namespace Segmenta::ColumnValidation
