// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text/delimitedformat.h"
#include "import/text/recordsource.h"

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

namespace Segmenta {

class SourceBuffer;

// RFC 4180 records over UTF-8 text: quoted fields with delimiters, line breaks and doubled
// quotes; CRLF, LF or CR line ends; blank lines reported as blank records.
class DelimitedReader : public RecordSource
{
public:
    DelimitedReader(std::string_view text, const DelimitedFormat &format);
    DelimitedReader(std::shared_ptr<const SourceBuffer> buffer, const DelimitedFormat &format);

    // Reads only the records in [from, to) of the text, numbering lines from firstLine; from
    // must be the start of a record.
    void restrict(size_t from, size_t to, qint64 firstLine);
    // Ends the text at `to` (a record boundary after position()), from the reading thread.
    void stopAt(size_t to) { m_text = m_text.substr(0, std::min(to, m_text.size())); }

    bool next(Record &record) override;
    double progress() const override;
    // Set when a record went past a limit of importlimits.h; next() then returns false.
    Message error() const override { return m_error; }
    // The byte position in the text where the next record starts.
    size_t position() const { return m_pos; }
    // The line number the next record starts on.
    qint64 line() const { return m_line; }
    const DelimitedFormat &format() const { return m_format; }
    std::shared_ptr<const SourceBuffer> buffer() const { return m_buffer; }

private:
    bool nextDelimited(Record &record);
    // Reads the quoted field whose opening quote is at i into m_spans; returns the position
    // after it (a delimiter, a line end or the end of the text).
    size_t readQuotedField(size_t i);
    // Fills record from m_spans, for the record that started at `start` and ended at m_pos;
    // returns the length of its longest field.
    size_t fillRecord(Record &record, size_t start) const;
    // False, with m_error set, when the record just read is over a limit.
    bool withinLimits(const Record &record, size_t start, size_t longestField);
    bool nextSpaceRuns(Record &record);

    std::shared_ptr<const SourceBuffer> m_buffer;
    std::string_view m_text;
    DelimitedFormat m_format;
    size_t m_pos = 0;
    size_t m_start = 0;
    qint64 m_line = 1;
    Message m_error;
    std::string m_scratch; // unescaped quoted fields
    std::vector<std::pair<size_t, size_t>> m_spans; // (offset, length); offset | kScratch bit
};

} // namespace Segmenta
