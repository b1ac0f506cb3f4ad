// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/xlsx/xlsxstyles.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <string>
#include <string_view>

// How the sheet reader turns cell values into text (part of XlsxReader).
namespace Segmenta::Xlsx {

enum class CellType { Number, Shared, Inline, FormulaText, Boolean, Error, IsoDate };

// "C5" → 2; -1 when the reference is missing or malformed.
int columnIndex(QStringView reference);
int columnIndex(std::string_view reference);
// A cell's t="..." attribute.
CellType cellType(QStringView type);
std::optional<double> parseNumber(QStringView text);
// The same for ASCII text.
std::optional<double> parseNumber(std::string_view text);
// Excel keeps 15 significant digits; appends what Excel shows, in plain notation where it can.
void appendNumber(std::string &out, double value);
// Appends an Excel serial day number as ISO text; false when it is outside what Excel shows as
// a date (negative, or after 9999-12-31).
bool appendDate(std::string &out, double serial, DateKind kind, bool date1904);
// ISO 8601 of t="d" cells ("2024-03-05T08:30:00Z") in the form the other dates have.
QString normalizeIsoDate(QString text);

} // namespace Segmenta::Xlsx
