// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"

#include <vector>

namespace Segmenta {

class TaskControl;

// Sorting rows of a table by one column, for the table views: a permutation of row numbers,
// never a copy of the data. Missing values go last in both directions (as in a spreadsheet);
// equal values keep their row order (stable). Text is compared by the rank of each distinct
// string, ranked once with the locale's collation, so Chinese sorts as the user expects and a
// million rows cost one comparison of two integers each.
namespace RowOrder {

// rows: the rows to sort (e.g. a filter's result); all rows when null. Returns an empty
// vector when cancelled.
std::vector<qint32> sorted(const Column &column, bool ascending,
                           const std::vector<qint32> *rows = nullptr,
                           TaskControl *control = nullptr);

// The collation rank of every code of a text column's pool.
std::vector<qint32> textRanks(const Column &column);

} // namespace RowOrder

} // namespace Segmenta
