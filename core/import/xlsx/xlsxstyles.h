// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Segmenta::Xlsx {

class Archive;

enum DateKind : quint8 { NoDate, DateFormat, TimeFormat };

// Whether a number format code shows dates or times (part of XlsxReader).
DateKind classifyFormat(QStringView code);

// Reads the styles part: kinds[i] says whether cellXfs entry i (a cell's s="i") has a date or
// time format. A workbook without styles leaves kinds empty.
Message readStyles(Archive &archive, const QString &name, const QString &path,
                   std::vector<quint8> &kinds);

} // namespace Segmenta::Xlsx
