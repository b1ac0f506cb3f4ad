// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QString>

#include <vector>

namespace Segmenta::Xlsx {

class Archive;

struct SheetEntry
{
    QString name;
    QString part;
    bool hidden = false;
};

// What the workbook part and the package relationships say: the worksheets in order (chart
// and macro sheets left out), the date system, and where shared strings and styles are. Part
// of XlsxReader.
struct Workbook
{
    std::vector<SheetEntry> sheets;
    bool date1904 = false;
    QString sharedStrings;
    bool sharedStringsListed = false; // named by a relationship, so it must be there
    QString styles;

    // Opens the archive, first telling .xls and password-protected workbooks (OLE compound
    // documents) apart from other files that are not workbooks.
    static Message openArchive(Archive &archive, const QString &path);
    static Result<Workbook> read(Archive &archive, const QString &path);
};

} // namespace Segmenta::Xlsx
