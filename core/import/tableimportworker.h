// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/parse/dateparser.h"
#include "import/text/recordsource.h"
#include "data/table.h"
#include "data/tableimportreport.h"

#include <functional>
#include <vector>

namespace Segmenta {

class SourceBuffer;
class TaskControl;

// How one source column is read: what it becomes and whether a line without it is rejected.
struct ColumnSpec
{
    enum class Kind { Key, Text, Number, Date, Attribute };
    QString name;
    Role role = Role::None;
    Kind kind = Kind::Attribute;
    QString format; // explicit date pattern
    bool required = false;
};

// Reads records into typed columns for one stretch of a source. Large delimited files are cut
// into stretches read on separate cores; merge() then joins them in order.
class TableImportWorker
{
public:
    // expectedRows sizes the columns; expectedKeys (0 = unknown) the index of customer ids.
    TableImportWorker(const std::vector<ColumnSpec> &specs, TableKind kind,
                      qsizetype expectedRows, qsizetype expectedKeys = 0);

    // Reads until the source ends (or cancellation). The report collects counts and rejections.
    // text: the mapped source, whose pages this stretch hands back to the OS once read (or null).
    // atCheck: called between records every few thousand (TextPieces cuts pieces there).
    void consume(RecordSource &source, TaskControl *control, const SourceBuffer *text = nullptr,
                 const std::function<void()> &atCheck = {});
    // Feeds one record (the first data record when it was read to learn the header).
    void add(const Record &record);
    void merge(TableImportWorker &&later);
    // The currency sign first seen in the amounts (NumberParser::currencySign), or empty.
    std::string_view currency() const { return m_currency; }

    struct DateState
    {
        StringPool texts;               // distinct texts
        std::vector<DateToken> tokens;  // their parts, by text code
        std::vector<qint32> codes;      // per row, -1 = missing
    };

    Table table;
    std::vector<DateState> dates; // per column (unused for non-date columns)
    std::vector<qint32> lines;    // source line of each loaded row
    TableImportReport report;     // lines, loaded, rejected, blank, rejections
    bool cancelled = false;
    // Set when the source has lines that are not valid UTF-8 (SourceBuffer::invalidUtf8Lines):
    // every record is then checked and such lines are rejected rather than read.
    bool checkUtf8 = false;

private:
    struct Staged
    {
        std::string_view text;
        double number = 0;
        qint32 code = 0;
        quint32 hash = 0; // of text, for Key, Text and Attribute columns
    };
    // A record whose fields are checked and staged but not yet appended. Rows wait a few
    // records in a ring so that the hash slots of their ids, fetched when they were staged,
    // have arrived in the cache when they are appended: large id columns are scattered over
    // far more memory than the caches hold, and waiting for each slot in turn was most of the
    // import's time.
    struct PendingRow
    {
        qint64 line = 0;
        std::string_view raw;
    };

    void reject(qint64 line, std::string_view raw, const QString &column, Message reason);
    // Checks the fields of a record into `staged`; false when the record was rejected or blank.
    bool stage(const Record &record, Staged *staged);
    // The code of a date text in its column, tokenized when first seen (an Invalid token when
    // it is no date).
    qint32 dateCode(size_t column, std::string_view v);
    // Appends a staged row (or rejects it for a duplicate customer id).
    void commit(const PendingRow &row, const Staged *staged);
    void flush();
    void mergeColumn(size_t column, TableImportWorker &later);
    // Staged text that still points into the source after the next record is read.
    bool isStable(const Record &record, const SourceBuffer *text) const;
    qint32 internCached(size_t column, StringPool &pool, std::string_view v, quint32 hash);
    // Columns of a customer list that name almost every row differently (phones, e-mails)
    // get their index sized for the whole file once the first rows show it.
    void sizeDistinctColumns();

    const std::vector<ColumnSpec> &m_specs;
    TableKind m_kind;
    std::vector<qint64> m_firstLineOfKey; // customers: where each id was first seen
    struct LastValue
    {
        qint32 code = -1;
        quint32 hash = 0;
        size_t size = 0;
        char bytes[16] = {}; // the value itself when it fits
    };
    std::vector<LastValue> m_last;        // per column: the previous row's value, a cheap cache
    std::vector<Staged> m_ring;           // kRingRows rows of m_specs.size() fields
    std::vector<PendingRow> m_pending;    // kRingRows entries
    size_t m_pendingFirst = 0, m_pendingCount = 0;
    qsizetype m_expectedRows = 0;
    bool m_sizedDistinct = false;
    std::string_view m_currency; // points into NumberParser's static table
};

} // namespace Segmenta
