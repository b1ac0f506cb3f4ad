// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "data/parse/dateparser.h"

#include <string_view>

namespace Segmenta {

struct TableImportReport;

// Decides the type of an attribute column from all its distinct values: numbers when every
// value is one (ids with leading zeros stay text), dates when every value is a date and the
// day/month order is clear, text otherwise.
class ColumnInference
{
public:
    // "", "NA", "N/A", "null", "-", "无", "#N/A": no value.
    static bool isMissingToken(std::string_view v);
    static void retype(Column &column, DateOrder preferredOrder, TableImportReport *report);
};

} // namespace Segmenta
