// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tableimportworker.h"

#include "import/columninference.h"
#include "base/memoryadvice.h"
#include "data/parse/numberparser.h"
#include "import/text/sourcebuffer.h"
#include "base/taskcontrol.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <future>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Import";
using Kind = ColumnSpec::Kind;
// Rows staged ahead of being appended: enough for a slot fetch to arrive, few enough that the
// ring stays in the first-level cache.
constexpr size_t kRingRows = 8;
// Records read between checks for cancellation, progress, pages to hand back and cuts: rare
// enough to cost nothing per record, often enough to answer a cancel at once.
constexpr qint64 kRecordsPerCheck = 32768;
// The window of the file read ahead of the cursor.
constexpr qint64 kReadAheadBytes = qint64(16) << 20;

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

ColumnType typeOf(Kind kind)
{
    return kind == Kind::Number ? ColumnType::Number
           : kind == Kind::Date ? ColumnType::Date
                                : ColumnType::Text;
}

bool allowsSerial(Role role)
{
    return role == Role::Date || role == Role::BirthDate || role == Role::SignupDate;
}

} // namespace

TableImportWorker::TableImportWorker(const std::vector<ColumnSpec> &specs, TableKind kind,
                                     qsizetype expectedRows, qsizetype expectedKeys)
    : table(kind), dates(specs.size()), m_specs(specs), m_kind(kind),
      m_last(specs.size()), m_ring(specs.size() * kRingRows), m_pending(kRingRows),
      m_expectedRows(expectedRows)
{
    // Reserving from the estimated row count avoids copying large vectors as they grow.
    const size_t rows = size_t(std::max<qsizetype>(expectedRows, 0));
    auto reserve = [rows](auto &v) {
        v.reserve(rows);
        MemoryAdvice::preferHugePages(v.data(), v.capacity() * sizeof(v[0]));
    };
    for (const ColumnSpec &s : specs) {
        Column &c = table.addColumn(Column(s.name, typeOf(s.kind), s.role));
        if (s.kind == Kind::Number)
            reserve(c.numbers());
        else if (s.kind != Kind::Date)
            reserve(c.codes());
        if (s.kind == Kind::Key)
            c.mutablePool().reserveIndex(kind == TableKind::Customers ? expectedRows
                                                                      : std::min(expectedKeys, expectedRows));
    }
    for (size_t i = 0; i < specs.size(); ++i)
        if (specs[i].kind == Kind::Date)
            reserve(dates[i].codes);
    reserve(lines);
}

void TableImportWorker::reject(qint64 line, std::string_view raw, const QString &column,
                               Message reason)
{
    ++report.rejected;
    report.rejections.append(RejectedLine{line, column, std::move(reason), qs(raw)});
}

qint32 TableImportWorker::internCached(size_t column, StringPool &pool, std::string_view v,
                                       quint32 hash)
{
    // Sorted exports repeat a value on consecutive lines (dates, order ids, the customer of
    // an order's lines): compare first. Short values are compared with a copy kept here, not
    // with the pool: the pool's bytes of an id seen at random are far away in memory.
    LastValue &last = m_last[column];
    if (last.code >= 0 && last.hash == hash && last.size == v.size()
        && (v.size() <= sizeof(last.bytes)
                ? std::memcmp(last.bytes, v.data(), v.size()) == 0
                : StringPool::sameBytes(pool.view(last.code), v)))
        return last.code;
    const qint32 code = pool.intern(v, hash);
    last.code = code;
    last.hash = hash;
    last.size = v.size();
    if (v.size() <= sizeof(last.bytes))
        std::memcpy(last.bytes, v.data(), v.size());
    return code;
}

bool TableImportWorker::isStable(const Record &record, const SourceBuffer *text) const
{
    if (!text)
        return false;
    const std::string_view all = text->text();
    const char *const begin = all.data();
    const char *const end = all.data() + all.size();
    for (size_t c = 0; c < m_specs.size(); ++c) {
        const Kind kind = m_specs[c].kind;
        if (kind == Kind::Number || kind == Kind::Date)
            continue; // staged as values, not as text
        const std::string_view v = record.fields[c];
        if (!v.empty() && (v.data() < begin || v.data() + v.size() > end))
            return false; // unquoted into the reader's scratch space
    }
    return record.raw.empty() || (record.raw.data() >= begin && record.raw.data() < end);
}

void TableImportWorker::sizeDistinctColumns()
{
    m_sizedDistinct = true;
    if (m_kind != TableKind::Customers || report.loaded < 1024)
        return;
    for (size_t c = 0; c < m_specs.size(); ++c) {
        const Kind kind = m_specs[c].kind;
        if (kind != Kind::Text && kind != Kind::Attribute)
            continue;
        StringPool &pool = table.column(qsizetype(c)).mutablePool();
        if (pool.size() * 10 >= report.loaded * 9)
            pool.reserveIndex(m_expectedRows);
    }
}

void TableImportWorker::flush()
{
    const size_t width = m_specs.size();
    for (; m_pendingCount > 0; --m_pendingCount) {
        commit(m_pending[m_pendingFirst], &m_ring[m_pendingFirst * width]);
        m_pendingFirst = (m_pendingFirst + 1) % kRingRows;
    }
    m_pendingFirst = 0;
}

void TableImportWorker::consume(RecordSource &source, TaskControl *control,
                                const SourceBuffer *text, const std::function<void()> &atCheck)
{
    Record record;
    qint64 sinceCheck = 0;
    const char *releasedUpTo = nullptr;
    const size_t width = m_specs.size();
    while (source.next(record)) {
        // The ring's next free row; a record that cannot wait is appended at once, after
        // the rows staged before it.
        if (m_pendingCount == kRingRows) {
            commit(m_pending[m_pendingFirst], &m_ring[m_pendingFirst * width]);
            m_pendingFirst = (m_pendingFirst + 1) % kRingRows;
            --m_pendingCount;
        }
        const size_t slot = (m_pendingFirst + m_pendingCount) % kRingRows;
        if (stage(record, &m_ring[slot * width])) {
            if (isStable(record, text)) {
                m_pending[slot] = PendingRow{record.line, record.raw};
                ++m_pendingCount;
            } else {
                flush();
                commit(PendingRow{record.line, record.raw}, &m_ring[slot * width]);
            }
        }
        if (++sinceCheck >= kRecordsPerCheck) {
            sinceCheck = 0;
            if (!m_sizedDistinct)
                sizeDistinctColumns();
            if (control) {
                if (control->isCancelled()) {
                    cancelled = true;
                    flush();
                    return;
                }
                control->reportProgress(source.progress());
            }
            if (text && !record.raw.empty()) {
                // Pages before the oldest waiting row are not read again.
                const char *keepFrom = m_pendingCount ? m_pending[m_pendingFirst].raw.data()
                                                      : record.raw.data();
                if (releasedUpTo)
                    text->release(releasedUpTo, keepFrom);
                releasedUpTo = keepFrom;
                // Read ahead of the cursor, keeping only a window of the file in memory.
                text->prefault(record.raw.data(), kReadAheadBytes);
            }
            if (atCheck)
                atCheck();
        }
    }
    flush();
}

void TableImportWorker::add(const Record &record)
{
    flush();
    Staged *staged = &m_ring[0];
    if (stage(record, staged))
        commit(PendingRow{record.line, record.raw}, staged);
}

bool TableImportWorker::stage(const Record &record, Staged *staged)
{
    ++report.lines;
    if (record.blank) {
        ++report.blank;
        return false;
    }
    if (checkUtf8 && !SourceBuffer::isCompleteUtf8(record.raw.data(), qsizetype(record.raw.size()))) {
        reject(record.line, record.raw, QString(),
               Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "Line %1 is not valid UTF-8 (the file is read as UTF-8)."),
                       {QString::number(record.line)}));
        return false;
    }
    const qsizetype width = qsizetype(m_specs.size());
    qsizetype n = qsizetype(record.fields.size());
    while (n > width && trimmed(record.fields[size_t(n - 1)]).empty())
        --n; // trailing empty fields, as left by some exports
    if (n != width) {
        reject(record.line, record.raw, QString(),
               Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "Expected %1 fields but found %2."),
                       {QString::number(width), QString::number(record.fields.size())}));
        return false;
    }
    auto rejectField = [&](const ColumnSpec &p, Message reason) {
        reject(record.line, record.raw, p.name, std::move(reason));
        return false;
    };
    for (qsizetype c = 0; c < width; ++c) {
        const ColumnSpec &p = m_specs[size_t(c)];
        const std::string_view v = trimmed(record.fields[size_t(c)]);
        Staged &s = staged[c];
        switch (p.kind) {
        case Kind::Key:
            if (v.empty())
                return rejectField(p, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The customer id is missing.")));
            s.text = v;
            s.hash = StringPool::hash(v);
            table.column(c).pool().prefetch(s.hash);
            break;
        case Kind::Text:
        case Kind::Attribute:
            s.text = v;
            if (!v.empty()) {
                s.hash = StringPool::hash(v);
                table.column(c).pool().prefetch(s.hash);
            }
            break;
        case Kind::Number: {
            if (ColumnInference::isMissingToken(v)) {
                if (p.required)
                    return rejectField(p, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The amount is missing.")));
                s.number = std::nan("");
                break;
            }
            const std::optional<double> x = NumberParser::parse(v);
            if (!x)
                return rejectField(p, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a number."), {qs(v)}));
            s.number = *x;
            // Only text that is no plain number can carry a sign: the first one seen is kept.
            if (m_currency.empty() && (p.role == Role::Amount || p.role == Role::UnitPrice)
                && !v.empty() && !(v.front() >= '0' && v.front() <= '9'))
                m_currency = NumberParser::currencySign(v);
            break;
        }
        case Kind::Date: {
            if (ColumnInference::isMissingToken(v)) {
                if (p.required)
                    return rejectField(p, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The date is missing.")));
                s.code = -1;
                break;
            }
            const qint32 code = dateCode(size_t(c), v);
            if (dates[size_t(c)].tokens[size_t(code)].kind == DateToken::Invalid)
                return rejectField(p, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a date."), {qs(v)}));
            s.code = code;
            break;
        }
        }
    }
    return true;
}

qint32 TableImportWorker::dateCode(size_t column, std::string_view v)
{
    const ColumnSpec &p = m_specs[column];
    DateState &d = dates[column];
    const qint32 before = d.texts.size();
    const qint32 code = internCached(column, d.texts, v, StringPool::hash(v));
    if (code == before) { // a text not seen before: its parts
        DateToken t;
        if (p.format.isEmpty()) {
            t = DateParser::tokenize(v, allowsSerial(p.role));
        } else if (auto r = DateParser::parseWithFormat(v, p.format)) {
            const QDate date = Column::fromDays(r->days);
            t.kind = DateToken::Exact;
            t.p1 = date.year(), t.p2 = date.month(), t.p3 = date.day();
            t.hasTime = r->seconds >= 0;
            t.seconds = std::max(r->seconds, 0);
        }
        d.tokens.push_back(t);
    }
    return code;
}

void TableImportWorker::commit(const PendingRow &row, const Staged *staged)
{
    const qsizetype width = qsizetype(m_specs.size());
    // A customer list names each customer once. Checked here rather than when staged, so
    // that the rows waiting in the ring are already in the pool.
    if (m_kind == TableKind::Customers) {
        for (qsizetype c = 0; c < width; ++c) {
            const ColumnSpec &p = m_specs[size_t(c)];
            if (p.kind != Kind::Key)
                continue;
            const qint32 code = table.column(c).pool().find(staged[c].text, staged[c].hash);
            if (code >= 0) {
                reject(row.line, row.raw, p.name,
                       Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The customer id “%1” already appeared on line %2."),
                               {qs(staged[c].text), QString::number(m_firstLineOfKey[size_t(code)])}));
                return;
            }
        }
    }
    for (qsizetype c = 0; c < width; ++c) {
        const ColumnSpec &p = m_specs[size_t(c)];
        Column &col = table.column(c);
        const Staged &s = staged[c];
        switch (p.kind) {
        case Kind::Key:
            col.codes().push_back(internCached(size_t(c), col.mutablePool(), s.text, s.hash));
            if (m_kind == TableKind::Customers)
                m_firstLineOfKey.push_back(row.line);
            break;
        case Kind::Text:
        case Kind::Attribute:
            col.codes().push_back(s.text.empty() ? Column::kMissingCode
                                                 : internCached(size_t(c), col.mutablePool(), s.text, s.hash));
            break;
        case Kind::Number:
            col.numbers().push_back(s.number);
            break;
        case Kind::Date:
            dates[size_t(c)].codes.push_back(s.code);
            break;
        }
    }
    lines.push_back(qint32(row.line));
    ++report.loaded;
}

namespace {
template<typename V>
void releaseVector(V &v)
{
    V().swap(v);
}
} // namespace

void TableImportWorker::mergeColumn(size_t c, TableImportWorker &later)
{
    Column &mine = table.column(qsizetype(c));
    Column &theirs = later.table.column(qsizetype(c));
    switch (m_specs[c].kind) {
    case Kind::Key:
    case Kind::Text:
    case Kind::Attribute: {
        theirs.mutablePool().dropIndex(); // only read from here on
        const std::vector<qint32> remap = mine.mutablePool().internAll(theirs.pool());
        theirs.setPool(nullptr);
        MemoryAdvice::reserve(mine.codes(), mine.codes().size() + theirs.codes().size());
        for (qint32 code : theirs.codes())
            mine.codes().push_back(code < 0 ? code : remap[size_t(code)]);
        releaseVector(theirs.codes());
        break;
    }
    case Kind::Number:
        MemoryAdvice::reserve(mine.numbers(), mine.numbers().size() + theirs.numbers().size());
        mine.numbers().insert(mine.numbers().end(), theirs.numbers().begin(),
                              theirs.numbers().end());
        releaseVector(theirs.numbers());
        break;
    case Kind::Date: {
        DateState &a = dates[c];
        DateState &b = later.dates[c];
        b.texts.dropIndex();
        const qint32 before = a.texts.size();
        const std::vector<qint32> remap = a.texts.internAll(b.texts);
        // Texts new to this half were appended in their order there: their tokens follow.
        for (qint32 k = 0; k < b.texts.size(); ++k)
            if (remap[size_t(k)] >= before)
                a.tokens.push_back(b.tokens[size_t(k)]);
        MemoryAdvice::reserve(a.codes, a.codes.size() + b.codes.size());
        for (qint32 code : b.codes)
            a.codes.push_back(code < 0 ? code : remap[size_t(code)]);
        b = {};
        break;
    }
    }
}

void TableImportWorker::merge(TableImportWorker &&later)
{
    // Each part of `later` is freed as soon as it is appended, so the two never both hold
    // the whole table (this worker's columns were reserved for it, untouched pages are free).
    // Columns are independent: they are merged on two cores, the costliest first, each to
    // the core with less work so far.
    std::vector<std::pair<qint64, size_t>> byCost;
    for (size_t c = 0; c < m_specs.size(); ++c) {
        const Column &theirs = later.table.column(qsizetype(c));
        const Kind kind = m_specs[c].kind;
        const qint64 distinct = kind == Kind::Number ? 0
                                : kind == Kind::Date ? later.dates[c].texts.size()
                                                     : theirs.pool().size();
        byCost.emplace_back(qint64(later.lines.size()) + 8 * distinct, c);
    }
    std::sort(byCost.rbegin(), byCost.rend());
    std::vector<size_t> here, there;
    qint64 hereCost = 0, thereCost = 0;
    for (const auto &[cost, c] : byCost) {
        (hereCost <= thereCost ? here : there).push_back(c);
        (hereCost <= thereCost ? hereCost : thereCost) += cost;
    }
    auto other = std::async(std::launch::async, [&] {
        for (size_t c : there)
            mergeColumn(c, later);
    });
    for (size_t c : here)
        mergeColumn(c, later);
    other.get();
    MemoryAdvice::reserve(lines, lines.size() + later.lines.size());
    lines.insert(lines.end(), later.lines.begin(), later.lines.end());
    releaseVector(later.lines);
    report.lines += later.report.lines;
    report.loaded += later.report.loaded;
    report.rejected += later.report.rejected;
    report.blank += later.report.blank;
    report.rejections.append(later.report.rejections);
    if (m_currency.empty())
        m_currency = later.m_currency;
    cancelled = cancelled || later.cancelled;
}

} // namespace Segmenta
