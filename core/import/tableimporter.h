// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "data/table.h"
#include "import/tableimportoptions.h"
#include "data/tableimportreport.h"

namespace Segmenta {

class RecordSource;
class TaskControl;

struct ImportedTable
{
    Table table;
    TableImportReport report;
};

// Turns one customers or transactions file (delimited text or .xlsx) into a typed, columnar
// Table. Lines that cannot be read are rejected with line, column and reason; the rest load.
// Fails as a whole only when nothing sensible can be loaded (missing file, no key column, an
// undecidable date order), with one sentence that says why.
class TableImporter
{
public:
    static Result<ImportedTable> run(const TableImportOptions &options,
                                     TaskControl *control = nullptr);

    // Rows of a plain text file, estimated from the line length of its first 256 KB (0 for
    // workbooks, compressed or unreadable files). Only ever a hint for sizing.
    static qsizetype estimateRows(const QString &path);

    // Opens the source as records, with the detected or chosen format filled into the report.
    static Result<std::unique_ptr<RecordSource>> openSource(const TableImportOptions &options,
                                                            TableImportReport &report);
};

} // namespace Segmenta
