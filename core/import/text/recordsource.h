// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace Segmenta {

// One record of a source file: its fields as UTF-8, valid until the next call to next().
struct Record
{
    std::vector<std::string_view> fields;
    qint64 line = 0;        // 1-based physical line (or sheet row) where the record starts
    bool blank = false;     // an empty line, or a row whose cells are all empty
    std::string_view raw;   // the record's text as in the source, when the source has one
};

// Streams records from a delimited text file or a spreadsheet, for the importer.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual bool next(Record &record) = 0;
    // Fraction of the source consumed, for progress reports.
    virtual double progress() const = 0;
    // Why next() stopped before the end (a damaged workbook); empty after a complete read.
    virtual Message error() const { return {}; }
};

} // namespace Segmenta
