#pragma once

#include "dateparser.h"
#include "recordsource.h"
#include "table.h"
#include "tableimportreport.h"

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
    TableImportWorker(const std::vector<ColumnSpec> &specs, TableKind kind,
                      qsizetype expectedRows);

    // Reads until the source ends (or cancellation). The report collects counts and rejections.
    // text: the mapped source, whose pages this stretch hands back to the OS once read (or null).
    void consume(RecordSource &source, TaskControl *control, const SourceBuffer *text = nullptr);
    // Feeds one record (the first data record when it was read to learn the header).
    void add(const Record &record);
    void merge(TableImportWorker &&later);

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

private:
    void reject(const Record &r, const QString &column, Message reason);
    qint32 internCached(size_t column, StringPool &pool, std::string_view v, quint32 hash);

    const std::vector<ColumnSpec> &m_specs;
    TableKind m_kind;
    std::vector<qint64> m_firstLineOfKey; // customers: where each id was first seen
    std::vector<qint32> m_lastCode;       // per column: the previous row's code, a cheap cache
    struct Staged
    {
        std::string_view text;
        double number = 0;
        qint32 code = 0;
        quint32 hash = 0; // of text, for Key, Text and Attribute columns
    };
    std::vector<Staged> m_staged;
};

} // namespace Segmenta
