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
// The XML of a part could not be read (or its data was damaged, or went past a limit).
Message partError(const XmlPart &part, const QString &path);

} // namespace Segmenta::Xlsx
