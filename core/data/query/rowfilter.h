// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "data/parse/dateparser.h"
#include "base/result.h"

#include <QString>

#include <vector>

namespace Segmenta {

class TaskControl;

// A quick filter on one column, as typed in a table's filter box:
//   text    "shanghai" contains (case-insensitive), "=Shanghai" exactly (case-insensitive)
//   numbers "100" equal, "> 100", ">= 100", "< 5", "<= 5", "10..20" (both ends included)
//   dates   the same with dates, written in any form import reads (DateParser: 2024-03-05,
//           2024/3/5, 2024年3月5日, 20240305, and 5/3/2024 in the column's day/month order),
//           and "2024" or "2024-03" for a whole year or month
// "blank" (or "空") keeps the rows with no value. An expression that does not fit the
// column's type is an error saying what to type.
class RowFilter
{
public:
    // order: how the column's all-numeric dates were read at import (Unknown when not known:
    // then 5/3/2024 is refused as ambiguous, 25/3/2024 is read the one way it can be).
    static Result<RowFilter> parse(const QString &text, ColumnType type,
                                   DateOrder order = DateOrder::Unknown);

    bool matches(const Column &column, qsizetype row) const;
    // The matching rows (of rows, or of all rows), in order; empty when cancelled.
    std::vector<qint32> matching(const Column &column, const std::vector<qint32> *rows = nullptr,
                                 TaskControl *control = nullptr) const;

private:
    enum class Kind { Contains, Equals, Range, Blank };

    // For text columns: which pool codes match, decided once per distinct string.
    std::vector<char> textMatches(const Column &column) const;

    ColumnType m_type = ColumnType::Text;
    Kind m_kind = Kind::Contains;
    QString m_text;              // text, case-folded
    double m_low = 0, m_high = 0; // Range: numbers, or days (dates)
    bool m_lowOpen = false, m_highOpen = false; // > and < exclude the end
};

} // namespace Segmenta
