// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QString>

// The errors of the .xlsx reader (XlsxReader) that several of its parts report.
namespace Segmenta::Xlsx {

class XmlPart;

inline constexpr const char *kContext = "Segmenta::Import";

QString fileNameOf(const QString &path);
Message notAWorkbook(const QString &path);
// The compressed data of the workbook is corrupt.
Message damaged(const QString &path);
// The workbook names its shared strings (the text of its cells) but does not hold them.
Message missingSharedStrings(const QString &path, const QString &part);
// The XML of the sheet being read is not well-formed.
Message malformedSheet(const QString &path, const QString &sheet, const XmlPart &part);
// A ZIP archive with no entries at all, whatever its name says.
Message emptyArchive(const QString &path);
// The XML of a part could not be read (or its data was damaged, or went past a limit).
Message partError(const XmlPart &part, const QString &path);

} // namespace Segmenta::Xlsx
