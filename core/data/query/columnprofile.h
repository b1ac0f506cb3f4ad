// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"

#include <QString>

#include <vector>

namespace Segmenta {

// What a column holds, for the data page's profile panel: how many values are missing, and
// either a histogram (numbers, dates) or the most frequent values (text). Computed from the
// column's vectors in one pass (plus a partial sort for the histogram's range).
class ColumnProfile
{
public:
    struct Bin
    {
        double from = 0; // numbers: values; dates: days since 1970-01-01
        double to = 0;   // exclusive, except the last bin, which also holds `to`
        qint64 count = 0;
    };
    struct TopValue
    {
        QString text;
        qint64 count = 0;
    };

    // Histogram range: [min, the 99th percentile]; values above it fall in a last, open bin
    // (overflowFrom) so a few huge orders do not squash every other bar into the first one.
    // Whole numbers spanning fewer values than bins get one bin per value.
    static ColumnProfile compute(const Column &column, int bins = 20, int topCount = 10,
                                 const std::vector<qint32> *rows = nullptr);

    ColumnType type = ColumnType::Text;
    qint64 rows = 0;
    qint64 missing = 0;
    qint64 distinct = -1; // text only
    double min = 0, max = 0, mean = 0;
    std::vector<Bin> histogram;
    bool hasOverflow = false;  // the last bin is "overflowFrom and above"
    double overflowFrom = 0;
    std::vector<TopValue> top; // text: most frequent first, ties by text
    qint64 otherCount = 0;     // text values not in top
};

} // namespace Segmenta
