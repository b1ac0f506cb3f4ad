// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/columnvalidation.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <limits>

namespace Segmenta::ColumnValidation {

namespace {

// The widest span of days a date column may hold: QDate's years 1 to 9999. Anything outside is
// a flipped bit, and code that spans the dates (per-day or per-month arrays) would size itself
// by it. Computed on first use: Column's epoch is itself a static of another file.
qint32 firstCalendarDay()
{
    static const qint32 first = Column::toDays(QDate(1, 1, 1));
    return first;
}

qint32 lastCalendarDay()
{
    static const qint32 last = Column::toDays(QDate(9999, 12, 31));
    return last;
}

} // namespace

bool allWithin(const std::vector<qint32> &values, qint32 low, qint32 high, qint32 except)
{
    // One unsigned comparison per value ((x - low) > span is outside, on either side) and an
    // OR into sixteen lanes of a fixed-width block: a loop the compiler turns into SIMD at -O2
    // with plain SSE2. No early exit: a project that opens reads every value anyway.
    const quint32 span = quint32(high) - quint32(low);
    constexpr size_t kLanes = 16;
    std::array<quint32, kLanes> outside{};
    const qint32 *v = values.data();
    const size_t n = values.size();
    size_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (size_t k = 0; k < kLanes; ++k) {
            const qint32 x = v[i + k];
            outside[k] |= quint32(quint32(x) - quint32(low) > span) & quint32(x != except);
        }
    for (; i < n; ++i)
        outside[0] |= quint32(quint32(v[i]) - quint32(low) > span) & quint32(v[i] != except);
    return std::all_of(outside.begin(), outside.end(), [](quint32 o) { return o == 0; });
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
    if (codes.empty())
        return {};
    // An empty pool leaves only missing codes (when allowed).
    const bool valid = poolSize > 0
        ? allWithin(codes, 0, qint32(std::min<qint64>(poolSize, std::numeric_limits<qint32>::max()) - 1),
                    allowMissing ? Column::kMissingCode : 0)
        : allowMissing && allWithin(codes, Column::kMissingCode, Column::kMissingCode, Column::kMissingCode);
    if (!valid)
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
        if (!allWithin(column.days(), firstCalendarDay(), lastCalendarDay(), Column::kMissingDate))
            return damaged(column.name(), QStringLiteral("days"));
        if (column.hasTime() && column.secondsOfDay().size() != column.days().size())
            return damaged(column.name(), QStringLiteral("seconds"));
        return {};
    }
    return {};
}

} // namespace Segmenta::ColumnValidation
