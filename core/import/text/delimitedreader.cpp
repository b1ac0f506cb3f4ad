// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text/delimitedreader.h"

#include "base/bytescan.h"
#include "base/prefetch.h"
#include "import/importlimits.h"
#include "import/text/sourcebuffer.h"

#include <cstring>

namespace Segmenta {

namespace {
constexpr size_t kScratchBit = size_t(1) << (sizeof(size_t) * 8 - 1);
constexpr size_t kReadAhead = 4096;

// The end of an unquoted field: the first delimiter, LF or CR at or after i.
size_t unquotedFieldEnd(const char *data, size_t i, size_t end, char delim)
{
    return ByteScan::findFirstOf(data, i, end, delim, '\n', '\r');
}
} // namespace

DelimitedReader::DelimitedReader(std::string_view text, const DelimitedFormat &format)
    : m_text(text), m_format(format)
{}

DelimitedReader::DelimitedReader(std::shared_ptr<const SourceBuffer> buffer,
                                 const DelimitedFormat &format)
    : m_buffer(std::move(buffer)), m_text(m_buffer->text()), m_format(format)
{}

void DelimitedReader::restrict(size_t from, size_t to, qint64 firstLine)
{
    m_text = m_text.substr(0, std::min(to, m_text.size()));
    m_start = m_pos = std::min(from, m_text.size());
    m_line = firstLine;
}

double DelimitedReader::progress() const
{
    return m_text.size() <= m_start ? 1.0
                                    : double(m_pos - m_start) / double(m_text.size() - m_start);
}

bool DelimitedReader::next(Record &record)
{
    if (m_pos >= m_text.size() || !m_error.isEmpty())
        return false;
    return m_format.spaceRuns ? nextSpaceRuns(record) : nextDelimited(record);
}

bool DelimitedReader::nextDelimited(Record &record)
{
    const char *const data = m_text.data();
    const size_t end = m_text.size();
    const char delim = m_format.delimiter;
    const size_t start = m_pos;
    // The text is read once, front to back, from a mapping of 4 KB pages: touching the page
    // ahead early starts its address translation and load before the fields reach it.
    if (start + kReadAhead < end)
        prefetchRead(data + start + kReadAhead);
    record.line = m_line;
    m_spans.clear();
    m_scratch.clear();

    size_t i = m_pos;
    bool recordDone = false;
    while (!recordDone) {
        // Checked as the fields come, so that a line of commas never holds a span per comma.
        if (m_spans.size() > size_t(ImportLimits::kMaxColumns)) {
            m_error = ImportLimits::tooManyColumns(m_buffer ? m_buffer->path() : QString(),
                                                   record.line);
            m_pos = end;
            return false;
        }
        if (i < end && data[i] == m_format.quote) {
            i = readQuotedField(i);
        } else {
            const size_t fieldStart = i;
            i = unquotedFieldEnd(data, i, end, delim);
            m_spans.emplace_back(fieldStart, i - fieldStart);
        }
        if (i >= end) {
            recordDone = true;
        } else if (data[i] == delim) {
            ++i;
        } else { // line end
            if (data[i] == '\r' && i + 1 < end && data[i + 1] == '\n')
                ++i;
            ++i;
            ++m_line;
            recordDone = true;
        }
    }
    m_pos = i;
    return withinLimits(record, start, fillRecord(record, start));
}

bool DelimitedReader::withinLimits(const Record &record, size_t start, size_t longestField)
{
    const QString path = m_buffer ? m_buffer->path() : QString();
    if (record.fields.size() > size_t(ImportLimits::kMaxColumns))
        m_error = ImportLimits::tooManyColumns(path, record.line);
    else if (m_pos - start > size_t(ImportLimits::kMaxRecordBytes))
        m_error = ImportLimits::recordTooLong(path, record.line);
    else if (longestField > size_t(ImportLimits::kMaxFieldBytes))
        m_error = ImportLimits::fieldTooLong(path, record.line);
    else
        return true;
    m_pos = m_text.size();
    return false;
}

size_t DelimitedReader::readQuotedField(size_t i)
{
    const char *const data = m_text.data();
    const size_t end = m_text.size();
    const char delim = m_format.delimiter;
    const char quote = m_format.quote;
    // Runs to the closing quote; "" is one quote.
    ++i;
    const size_t scratchStart = m_scratch.size();
    size_t chunk = i;
    bool needScratch = false;
    while (true) {
        const void *q = std::memchr(data + i, quote, end - i);
        const size_t qpos = q ? size_t(static_cast<const char *>(q) - data) : end;
        for (size_t k = i; k < qpos; ++k)
            if (data[k] == '\n' || (data[k] == '\r' && (k + 1 >= end || data[k + 1] != '\n')))
                ++m_line;
        if (qpos >= end) { // unterminated: take the rest as the field
            i = end;
            break;
        }
        if (qpos + 1 < end && data[qpos + 1] == quote) {
            needScratch = true;
            m_scratch.append(data + chunk, qpos + 1 - chunk);
            i = qpos + 2;
            chunk = i;
            continue;
        }
        i = qpos;
        break;
    }
    if (needScratch) {
        m_scratch.append(data + chunk, i - chunk);
        m_spans.emplace_back(scratchStart | kScratchBit, m_scratch.size() - scratchStart);
    } else {
        m_spans.emplace_back(chunk, i - chunk);
    }
    if (i < end)
        ++i; // closing quote
    // Text between the closing quote and the delimiter is kept, as spreadsheets do.
    const size_t tail = i;
    while (i < end && data[i] != delim && data[i] != '\n' && data[i] != '\r')
        ++i;
    if (i > tail) {
        auto &span = m_spans.back();
        if (!(span.first & kScratchBit)) {
            const size_t s0 = m_scratch.size();
            m_scratch.append(data + span.first, span.second);
            span = {s0 | kScratchBit, span.second};
        }
        m_scratch.append(data + tail, i - tail);
        span.second += i - tail;
    }
    return i;
}

size_t DelimitedReader::fillRecord(Record &record, size_t start) const
{
    size_t longest = 0;
    const char *const data = m_text.data();
    size_t rawEnd = m_pos;
    while (rawEnd > start && (data[rawEnd - 1] == '\n' || data[rawEnd - 1] == '\r'))
        --rawEnd;
    record.raw = std::string_view(data + start, rawEnd - start);
    record.fields.resize(m_spans.size());
    bool allEmpty = true;
    for (size_t f = 0; f < m_spans.size(); ++f) {
        const auto [off, len] = m_spans[f];
        record.fields[f] = (off & kScratchBit)
                               ? std::string_view(m_scratch.data() + (off & ~kScratchBit), len)
                               : std::string_view(data + off, len);
        allEmpty = allEmpty && len == 0;
        longest = std::max(longest, len);
    }
    // An empty line, a line of spaces, or a row of empty fields (",,,") carries no data.
    record.blank = allEmpty
                   || (m_spans.size() == 1
                       && record.raw.find_first_not_of(" \t") == std::string_view::npos);
    return longest;
}

bool DelimitedReader::nextSpaceRuns(Record &record)
{
    const char *const data = m_text.data();
    const size_t end = m_text.size();
    const size_t start = m_pos;
    record.line = m_line;
    record.fields.clear();
    m_scratch.clear();

    size_t i = m_pos;
    size_t lineEnd = i;
    while (lineEnd < end && data[lineEnd] != '\n' && data[lineEnd] != '\r')
        ++lineEnd;
    while (i < lineEnd) {
        while (i < lineEnd && (data[i] == ' ' || data[i] == '\t'))
            ++i;
        if (i >= lineEnd)
            break;
        if (record.fields.size() > size_t(ImportLimits::kMaxColumns))
            break; // refused by withinLimits()
        if (data[i] == m_format.quote) {
            const size_t s = ++i;
            while (i < lineEnd && data[i] != m_format.quote)
                ++i;
            record.fields.emplace_back(data + s, i - s);
            if (i < lineEnd)
                ++i;
        } else {
            const size_t s = i;
            while (i < lineEnd && data[i] != ' ' && data[i] != '\t')
                ++i;
            record.fields.emplace_back(data + s, i - s);
        }
    }
    record.raw = std::string_view(data + start, lineEnd - start);
    record.blank = record.fields.empty();
    if (record.blank)
        record.fields.emplace_back();
    i = lineEnd;
    if (i < end) {
        if (data[i] == '\r' && i + 1 < end && data[i + 1] == '\n')
            ++i;
        ++i;
    }
    ++m_line;
    m_pos = i;
    size_t longest = 0;
    for (const std::string_view field : record.fields)
        longest = std::max(longest, field.size());
    return withinLimits(record, start, longest);
}

} // namespace Segmenta
