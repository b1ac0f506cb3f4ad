#include "tableimportworker.h"

#include "columninference.h"
#include "memoryadvice.h"
#include "numberparser.h"
#include "sourcebuffer.h"
#include "taskcontrol.h"

#include <cmath>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Import";
using Kind = ColumnSpec::Kind;

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
                                     qsizetype expectedRows)
    : table(kind), dates(specs.size()), m_specs(specs), m_kind(kind),
      m_lastCode(specs.size(), -1), m_staged(specs.size())
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
    }
    for (size_t i = 0; i < specs.size(); ++i)
        if (specs[i].kind == Kind::Date)
            reserve(dates[i].codes);
    reserve(lines);
}

void TableImportWorker::reject(const Record &r, const QString &column, Message reason)
{
    ++report.rejected;
    report.rejections.append(RejectedLine{r.line, column, std::move(reason), qs(r.raw)});
}

qint32 TableImportWorker::internCached(size_t column, StringPool &pool, std::string_view v,
                                       quint32 hash)
{
    // Sorted exports repeat a value on consecutive lines (dates, order ids): compare first.
    const qint32 last = m_lastCode[column];
    if (last >= 0 && pool.view(last) == v)
        return last;
    const qint32 code = pool.intern(v, hash);
    m_lastCode[column] = code;
    return code;
}

void TableImportWorker::consume(RecordSource &source, TaskControl *control,
                                const SourceBuffer *text)
{
    Record record;
    qint64 sinceCheck = 0;
    const char *releasedUpTo = nullptr;
    while (source.next(record)) {
        add(record);
        if (++sinceCheck >= 32768) {
            sinceCheck = 0;
            if (control) {
                if (control->isCancelled()) {
                    cancelled = true;
                    return;
                }
                control->reportProgress(source.progress());
            }
            if (text && !record.raw.empty()) {
                if (releasedUpTo)
                    text->release(releasedUpTo, record.raw.data());
                releasedUpTo = record.raw.data();
                // Read ahead of the cursor, keeping only a window of the file in memory.
                text->prefault(record.raw.data(), 16 << 20);
            }
        }
    }
}

void TableImportWorker::add(const Record &record)
{
    ++report.lines;
    if (record.blank) {
        ++report.blank;
        return;
    }
    const qsizetype width = qsizetype(m_specs.size());
    qsizetype n = qsizetype(record.fields.size());
    while (n > width && trimmed(record.fields[size_t(n - 1)]).empty())
        --n; // trailing empty fields, as left by some exports
    if (n != width) {
        reject(record, QString(),
               Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "Expected %1 fields but found %2."),
                       {QString::number(width), QString::number(record.fields.size())}));
        return;
    }
    for (qsizetype c = 0; c < width; ++c) {
        const ColumnSpec &p = m_specs[size_t(c)];
        const std::string_view v = trimmed(record.fields[size_t(c)]);
        Staged &s = m_staged[size_t(c)];
        switch (p.kind) {
        case Kind::Key:
            if (v.empty()) {
                reject(record, p.name, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The customer id is missing.")));
                return;
            }
            s.hash = StringPool::hash(v);
            if (m_kind == TableKind::Customers) {
                const qint32 code = table.column(c).pool().find(v, s.hash);
                if (code >= 0) {
                    reject(record, p.name,
                           Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The customer id “%1” already appeared on line %2."),
                                   {qs(v), QString::number(m_firstLineOfKey[size_t(code)])}));
                    return;
                }
            }
            s.text = v;
            table.column(c).pool().prefetch(s.hash);
            break;
        case Kind::Text:
        case Kind::Attribute:
            // The slot is fetched while the rest of the row is read: the ids of a large
            // column are scattered over far more memory than the caches hold.
            s.text = v;
            if (!v.empty()) {
                const qint32 last = m_lastCode[size_t(c)];
                const StringPool &pool = table.column(c).pool();
                if (last < 0 || pool.view(last) != v) { // else internCached() needs no hash
                    s.hash = StringPool::hash(v);
                    pool.prefetch(s.hash);
                }
            }
            break;
        case Kind::Number: {
            if (ColumnInference::isMissingToken(v)) {
                if (p.required) {
                    reject(record, p.name, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The amount is missing.")));
                    return;
                }
                s.number = std::nan("");
                break;
            }
            const std::optional<double> x = NumberParser::parse(v);
            if (!x) {
                reject(record, p.name, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a number."), {qs(v)}));
                return;
            }
            s.number = *x;
            break;
        }
        case Kind::Date: {
            if (ColumnInference::isMissingToken(v)) {
                if (p.required) {
                    reject(record, p.name, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The date is missing.")));
                    return;
                }
                s.code = -1;
                break;
            }
            DateState &d = dates[size_t(c)];
            const qint32 before = d.texts.size();
            const qint32 code = internCached(size_t(c), d.texts, v, StringPool::hash(v));
            if (code == before) {
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
            if (d.tokens[size_t(code)].kind == DateToken::Invalid) {
                reject(record, p.name, Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a date."), {qs(v)}));
                return;
            }
            s.code = code;
            break;
        }
        }
    }
    // Every field is good: commit the row.
    for (qsizetype c = 0; c < width; ++c) {
        const ColumnSpec &p = m_specs[size_t(c)];
        Column &col = table.column(c);
        const Staged &s = m_staged[size_t(c)];
        switch (p.kind) {
        case Kind::Key:
            col.codes().push_back(internCached(size_t(c), col.mutablePool(), s.text, s.hash));
            if (m_kind == TableKind::Customers)
                m_firstLineOfKey.push_back(record.line);
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
    lines.push_back(qint32(record.line));
    ++report.loaded;
}

void TableImportWorker::merge(TableImportWorker &&later)
{
    // Each part of `later` is freed as soon as it is appended, so the two never both hold
    // the whole table (this worker's columns were reserved for it, untouched pages are free).
    auto release = [](auto &v) { std::decay_t<decltype(v)>().swap(v); };
    for (size_t c = 0; c < m_specs.size(); ++c) {
        Column &mine = table.column(qsizetype(c));
        Column &theirs = later.table.column(qsizetype(c));
        switch (m_specs[c].kind) {
        case Kind::Key:
        case Kind::Text:
        case Kind::Attribute: {
            theirs.mutablePool().dropIndex(); // only read from here on
            std::vector<qint32> remap(size_t(theirs.pool().size()));
            for (qint32 k = 0; k < theirs.pool().size(); ++k)
                remap[size_t(k)] = mine.mutablePool().intern(theirs.pool().view(k));
            theirs.setPool(nullptr);
            MemoryAdvice::reserve(mine.codes(), mine.codes().size() + theirs.codes().size());
            for (qint32 code : theirs.codes())
                mine.codes().push_back(code < 0 ? code : remap[size_t(code)]);
            release(theirs.codes());
            break;
        }
        case Kind::Number:
            MemoryAdvice::reserve(mine.numbers(), mine.numbers().size() + theirs.numbers().size());
            mine.numbers().insert(mine.numbers().end(), theirs.numbers().begin(),
                                  theirs.numbers().end());
            release(theirs.numbers());
            break;
        case Kind::Date: {
            DateState &a = dates[c];
            DateState &b = later.dates[c];
            b.texts.dropIndex();
            std::vector<qint32> remap(size_t(b.texts.size()));
            for (qint32 k = 0; k < b.texts.size(); ++k) {
                const qint32 before = a.texts.size();
                remap[size_t(k)] = a.texts.intern(b.texts.view(k));
                if (remap[size_t(k)] == before)
                    a.tokens.push_back(b.tokens[size_t(k)]);
            }
            MemoryAdvice::reserve(a.codes, a.codes.size() + b.codes.size());
            for (qint32 code : b.codes)
                a.codes.push_back(code < 0 ? code : remap[size_t(code)]);
            b = {};
            break;
        }
        }
    }
    MemoryAdvice::reserve(lines, lines.size() + later.lines.size());
    lines.insert(lines.end(), later.lines.begin(), later.lines.end());
    release(later.lines);
    report.lines += later.report.lines;
    report.loaded += later.report.loaded;
    report.rejected += later.report.rejected;
    report.blank += later.report.blank;
    report.rejections.append(later.report.rejections);
    cancelled = cancelled || later.cancelled;
}

} // namespace Segmenta
