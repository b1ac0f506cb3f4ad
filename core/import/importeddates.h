// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "data/table.h"
#include "data/tableimportreport.h"
#include "import/tableimportworker.h"

#include <vector>

namespace Segmenta {

struct TableImportOptions;

// The last step of TableImporter for date columns: a column's day-month order can only be
// decided once every value of it has been seen (a single value such as "13/02" can decide it), so the
// worker keeps dates as text codes until then.
namespace ImportedDates {

// Turns the date columns of `table` (read by `worker`, whose rows it holds) into days; rows
// whose date does not exist in the column's order are rejected into `report` and removed.
// An error when a column reads both day-first and month-first and the options do not choose.
Status resolve(TableImportWorker &worker, const std::vector<ColumnSpec> &specs,
               const TableImportOptions &options, Table &table, TableImportReport &report);

} // namespace ImportedDates
} // namespace Segmenta
