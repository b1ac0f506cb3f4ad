// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/listlanguage.h"

#include <QString>
#include <QStringList>

namespace Segmenta {

class SuppressionList;

// What a target-list export writes (docs/export.md).
struct TargetListOptions
{
    enum class Format { Csv, Xlsx };
    enum class Encoding { Utf8, Gb18030 }; // CSV only; UTF-8 gets a BOM so Excel reads Chinese

    QString folder;          // created when missing
    Format format = Format::Csv;
    Encoding encoding = Encoding::Utf8;
    QStringList segments;    // names (case-insensitive); empty = every segment
    QStringList columns;     // empty = TargetListColumns::defaultNames(), skipping missing ones
    QString workbookName = QStringLiteral("target_lists"); // XLSX: the file name without .xlsx
    const SuppressionList *suppression = nullptr;          // not owned; may be null
    // Codes: the column and value names scripts read (the default, as before). Names: headers
    // and computed values in language, units in the headers, number formats in XLSX.
    ListLanguage::HeaderStyle headerStyle = ListLanguage::HeaderStyle::Codes;
    ListLanguage::Language language = ListLanguage::Language::English;
    QString currency;        // the money unit in Names headers and formats; empty = none
};

} // namespace Segmenta
