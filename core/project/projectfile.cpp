// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectfile.h"

#include "project/columnblobreader.h"
#include "project/columnvalidation.h"
#include "project/projectlock.h"
#include "project/projectschema.h"
#include "project/snapshotstore.h"
#include "project/sqlitedatabase.h"
#include "base/atomicfile.h"
#include "base/taskcontrol.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>


namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Project";
constexpr qint64 kChunkBytes = 16 << 20;

QString tableName(TableKind kind)
{
    return kind == TableKind::Customers ? QStringLiteral("customers")
                                        : QStringLiteral("transactions");
}

struct ChunkWriter
{
    SqliteStatement insert;
    QString table;
    qint64 position = 0;
    TaskControl *control = nullptr;

    Status write(const QString &part, const void *data, qint64 bytes)
    {
        const char *p = static_cast<const char *>(data);
        qint64 chunk = 0;
        for (qint64 off = 0; off < bytes || (off == 0 && bytes == 0); off += kChunkBytes, ++chunk) {
            if (control && control->isCancelled())
                return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "Saving was cancelled."))
                    .withCode("cancelled");
            insert.reset();
            insert.bind(1, table);
            insert.bind(2, position);
            insert.bind(3, part);
            insert.bind(4, chunk);
            insert.bindBlob(5, p + off, std::min(kChunkBytes, bytes - off));
            insert.step();
            if (Status st = insert.done(); !st)
                return st;
            if (bytes == 0)
                break;
        }
        return {};
    }
};

template<typename T>
Status writeVector(ChunkWriter &w, const QString &part, const std::vector<T> &v)
{
    return w.write(part, v.data(), qint64(v.size() * sizeof(T)));
}

Status writeTable(SqliteDatabase &db, const Table &table, TaskControl *control)
{
    const QString name = tableName(table.kind());
    auto tableInsert = db.prepare("INSERT INTO data_tables(name, row_count) VALUES(?, ?)");
    auto columnInsert = db.prepare("INSERT INTO data_columns(table_name, position, name, role, "
                                   "type, has_time, linked) VALUES(?, ?, ?, ?, ?, ?, ?)");
    auto chunkInsert = db.prepare("INSERT INTO column_chunks(table_name, position, part, chunk, "
                                  "data) VALUES(?, ?, ?, ?, ?)");
    if (!tableInsert || !columnInsert || !chunkInsert)
        return db.lastError("prepare");
    tableInsert->bind(1, name);
    tableInsert->bind(2, qint64(table.rowCount()));
    tableInsert->step();
    if (Status st = tableInsert->done(); !st)
        return st;

    ChunkWriter writer{chunkInsert.takeValue(), name, 0, control};
    for (qsizetype i = 0; i < table.columnCount(); ++i) {
        const Column &c = table.column(i);
        // The transactions' customer column shares the customers' id pool: stored once.
        const bool linked = table.kind() == TableKind::Transactions && c.role() == Role::Customer;
        SqliteStatement &ci = columnInsert.value();
        ci.reset();
        ci.bind(1, name);
        ci.bind(2, qint64(i));
        ci.bind(3, c.name());
        ci.bind(4, Roles::name(c.role()));
        ci.bind(5, columnTypeName(c.type()));
        ci.bind(6, qint64(c.hasTime()));
        ci.bind(7, qint64(linked));
        ci.step();
        if (Status st = ci.done(); !st)
            return st;
        writer.position = i;
        Status st;
        switch (c.type()) {
        case ColumnType::Text:
            st = writeVector(writer, QStringLiteral("codes"), c.codes());
            if (st && !linked)
                st = writeVector(writer, QStringLiteral("pool_bytes"), c.pool().bytes());
            if (st && !linked)
                st = writeVector(writer, QStringLiteral("pool_offsets"), c.pool().offsets());
            break;
        case ColumnType::Number:
            st = writeVector(writer, QStringLiteral("numbers"), c.numbers());
            break;
        case ColumnType::Date:
            st = writeVector(writer, QStringLiteral("days"), c.days());
            if (st && c.hasTime())
                st = writeVector(writer, QStringLiteral("seconds"), c.secondsOfDay());
            break;
        }
        if (!st)
            return st;
        if (control)
            control->reportProgress(double(i + 1) / double(table.columnCount()));
    }
    return {};
}

template<typename T>
Result<std::vector<T>> readPart(SqliteDatabase &db, const QString &table, qint64 position,
                                const char *part)
{
    auto q = db.prepare("SELECT rowid, length(data) FROM column_chunks WHERE table_name = ? "
                        "AND position = ? AND part = ? ORDER BY chunk");
    if (!q)
        return q.error();
    q->bind(1, table);
    q->bind(2, position);
    q->bind(3, QString::fromLatin1(part));
    std::vector<ColumnBlobReader::Chunk> chunks;
    qint64 total = 0;
    while (q->step()) {
        chunks.push_back({q->columnInt(0), q->columnInt(1)});
        total += chunks.back().bytes;
    }
    if (Status st = q->done(); !st)
        return st.error();
    if (total % qint64(sizeof(T)) != 0)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project file is damaged (column data of “%1”)."),
                       {table})
            .withCode("damaged");
    std::vector<T> out;
    if (Status st = ColumnBlobReader::read(db, chunks, total, out); !st)
        return st.error();
    return out;
}

Result<Table> readTable(SqliteDatabase &db, TableKind kind, qint64 rowCount)
{
    const QString name = tableName(kind);
    Table table(kind);
    auto q = db.prepare("SELECT position, name, role, type, has_time, linked FROM data_columns "
                        "WHERE table_name = ? ORDER BY position");
    if (!q)
        return q.error();
    q->bind(1, name);
    while (q->step()) {
        const qint64 pos = q->columnInt(0);
        Column c(q->columnText(1), columnTypeFromName(q->columnText(3)),
                 Roles::fromName(q->columnText(2)));
        const bool hasTime = q->columnInt(4) != 0;
        const bool linked = q->columnInt(5) != 0;
        bool ok = true;
        Message error;
        auto take = [&](auto result, auto &target) {
            if (!result) {
                ok = false;
                error = result.error();
            } else {
                target = result.takeValue();
            }
        };
        switch (c.type()) {
        case ColumnType::Text: {
            take(readPart<qint32>(db, name, pos, "codes"), c.codes());
            if (!linked) {
                std::vector<char> bytes;
                std::vector<quint64> offsets;
                take(readPart<char>(db, name, pos, "pool_bytes"), bytes);
                take(readPart<quint64>(db, name, pos, "pool_offsets"), offsets);
                if (Status st = ColumnValidation::checkPool(c.name(), bytes, offsets); ok && !st) {
                    ok = false;
                    error = st.error();
                }
                if (ok)
                    c.setPool(std::make_shared<StringPool>(StringPool::fromRaw(std::move(bytes), std::move(offsets))));
            }
            break;
        }
        case ColumnType::Number:
            take(readPart<double>(db, name, pos, "numbers"), c.numbers());
            break;
        case ColumnType::Date:
            take(readPart<qint32>(db, name, pos, "days"), c.days());
            if (hasTime)
                take(readPart<qint32>(db, name, pos, "seconds"), c.secondsOfDay());
            break;
        }
        if (!ok)
            return error;
        // Only the transactions' customer column borrows a pool (relinked by load()).
        if (linked && (kind != TableKind::Transactions || c.role() != Role::Customer))
            return ColumnValidation::damaged(c.name(), QStringLiteral("linked"));
        if (c.size() != rowCount)
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project file is damaged (column “%1” has %2 rows, expected %3)."),
                           {c.name(), QString::number(c.size()), QString::number(rowCount)})
                .withCode("damaged");
        if (!linked)
            if (Status st = ColumnValidation::checkColumn(c, rowCount); !st)
                return st.error();
        table.addColumn(std::move(c));
    }
    if (Status st = q->done(); !st)
        return st.error();
    return table;
}

// Reading never writes: the file is opened read-only, and only a project of an older format is
// migrated in place; an empty, foreign or newer file is refused unchanged.
Status openForReading(SqliteDatabase &db, const QString &path)
{
    if (Status st = db.open(path, true, false); !st)
        return st;
    auto version = ProjectSchema::version(db);
    if (!version)
        return version.error();
    if (*version == ProjectSchema::kVersion)
        return {};
    const bool migrate = *version > 0 && *version < ProjectSchema::kVersion;
    SqliteDatabase writable;
    if (migrate)
        if (Status st = writable.open(path, false, false); !st)
            return st;
    return ProjectSchema::upgradeExisting(migrate ? writable : db);
}

} // namespace

namespace {

Status writeMeta(SqliteDatabase &db, const ProjectContents &project)
{
    auto meta = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    if (!meta)
        return meta.error();
    const QList<std::pair<QString, QString>> entries = {
        {QStringLiteral("app_version"), QStringLiteral(SEGMENTA_VERSION)},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("customers_from_transactions_only"),
         QString::number(project.data.customersFromTransactionsOnly)},
        {QStringLiteral("summary_as_of_day"),
         project.data.summaryAsOfDay == Column::kMissingDate
             ? QString()
             : QString::number(project.data.summaryAsOfDay)},
        {QStringLiteral("summary_sample"),
         project.data.sample
             ? QString::fromUtf8(QJsonDocument(project.data.sample->toJson()).toJson(QJsonDocument::Compact))
             : QString()}};
    for (const auto &[k, v] : entries) {
        meta->reset();
        meta->bind(1, k);
        meta->bind(2, v);
        meta->step();
        if (Status st = meta->done(); !st)
            return st;
    }
    auto imp = db.prepare("INSERT INTO imports(table_name, report) VALUES(?, ?)");
    if (!imp)
        return imp.error();
    for (const TableImportReport &r : project.data.imports) {
        imp->reset();
        imp->bind(1, tableName(r.kind));
        imp->bind(2, QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
        imp->step();
        if (Status st = imp->done(); !st)
            return st;
    }
    auto set = db.prepare("INSERT INTO settings(key, value) VALUES(?, ?)");
    if (!set)
        return set.error();
    for (auto it = project.settings.begin(); it != project.settings.end(); ++it) {
        set->reset();
        set->bind(1, it.key());
        set->bind(2, QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
        set->step();
        if (Status st = set->done(); !st)
            return st;
    }
    return {};
}

// The whole project into the empty file at temp; target is the file it will replace.
Status writeProject(const QString &temp, const QString &target, const ProjectContents &project,
                    TaskControl *control)
{
    SqliteDatabase db;
    if (Status st = db.open(temp, false, true); !st)
        return st;
    // The temporary file is discarded if anything fails, so it needs no journal.
    db.exec("PRAGMA page_size = 65536");
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");
    if (Status st = ProjectSchema::create(db); !st)
        return st;
    if (Status st = db.exec("BEGIN"); !st)
        return st;
    if (Status st = writeMeta(db, project); !st)
        return st;
    for (const Table *t : {&project.data.customers, &project.data.transactions})
        if (Status st = writeTable(db, *t, control); !st)
            return st;
    // Snapshots are history, not part of ProjectContents: keep those of the file replaced.
    if (Status st = SnapshotStore::carryOver(target, db); !st)
        return st;
    return db.exec("COMMIT");
}

// A save may not replace a project of a newer Segmenta: it would be downgraded and lose what
// that version stored. (A read-only project is refused by ProjectLock.)
Status checkReplaceable(const QString &path, const QString &target)
{
    if (!QFileInfo::exists(target))
        return {};
    SqliteDatabase db;
    if (db.open(target, true, false)) {
        auto version = ProjectSchema::version(db);
        if (version && *version > ProjectSchema::kVersion)
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "“%1” was saved by a newer version of Segmenta (file format %2; this version writes %3); it is not replaced. Save under another name."),
                           {path, QString::number(*version), QString::number(ProjectSchema::kVersion)})
                .withCode("newer");
    }
    return {};
}

} // namespace

Status ProjectFile::save(const QString &path, const ProjectContents &project, TaskControl *control)
{
    AtomicFile file(path);
    const QFileInfo target(file.target());
    if (!target.absoluteDir().exists())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The folder “%1” does not exist."),
                       {target.absolutePath()});
    auto lock = ProjectLock::acquire(path);
    if (!lock)
        return lock.error();
    if (Status st = checkReplaceable(path, file.target()); !st)
        return st;
    // A new file beside the target, renamed over it at the end (base/atomicfile.h).
    if (Status st = file.create(); !st)
        return st;
    if (Status st = writeProject(file.temporary(), file.target(), project, control); !st) {
        file.discard();
        return file.aboutTarget(st.error());
    }
    if (Status st = file.commit(); !st)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project could not be saved as “%1”."), {path});
    return {};
}

Result<int> ProjectFile::schemaVersion(const QString &path)
{
    SqliteDatabase db;
    if (Status st = db.open(path, true, false); !st)
        return st.error();
    return ProjectSchema::version(db);
}

Result<ProjectContents> ProjectFile::load(const QString &path, TaskControl *control)
{
    if (!QFileInfo::exists(path))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project “%1” does not exist."), {path});
    ProjectLock::removeStaleTemporaries(path);
    SqliteDatabase db;
    if (Status st = openForReading(db, path); !st)
        return st.error();

    ProjectContents project;
    auto settings = loadSettings(path);
    if (!settings)
        return settings.error();
    project.settings = settings.takeValue();

    auto rows = db.prepare("SELECT name, row_count FROM data_tables");
    if (!rows)
        return rows.error();
    int done = 0;
    while (rows->step()) {
        const QString name = rows->columnText(0);
        const TableKind kind = name == u"customers" ? TableKind::Customers : TableKind::Transactions;
        auto table = readTable(db, kind, rows->columnInt(1));
        if (!table)
            return table.error();
        (kind == TableKind::Customers ? project.data.customers : project.data.transactions) = table.takeValue();
        if (control)
            control->reportProgress(++done / 2.0);
    }
    // Relink the transactions' customer column to the customers' id pool.
    const qsizetype ids = project.data.customers.indexOf(Role::Customer);
    const qsizetype refs = project.data.transactions.indexOf(Role::Customer);
    if (refs >= 0) {
        if (ids < 0)
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project file is damaged (no customer ids).")).withCode("damaged");
        Column &ref = project.data.transactions.column(refs);
        if (project.data.customers.column(ids).type() != ColumnType::Text || ref.type() != ColumnType::Text)
            return ColumnValidation::damaged(ref.name(), QStringLiteral("linked"));
        ref.setPool(std::const_pointer_cast<StringPool>(project.data.customers.column(ids).sharedPool()));
        const qint32 n = qint32(project.data.customers.rowCount());
        if (!ref.codes().empty() && (n == 0 || !ColumnValidation::allWithin(ref.codes(), 0, n - 1, 0)))
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project file is damaged (unknown customer).")).withCode("damaged");
    }
    auto meta = db.prepare("SELECT value FROM meta WHERE key = 'customers_from_transactions_only'");
    if (meta && meta->step())
        project.data.customersFromTransactionsOnly = meta->columnText(0).toLongLong();
    // Projects summarised in a warehouse (SummaryColumns): the window their summary covers.
    auto asOf = db.prepare("SELECT value FROM meta WHERE key = 'summary_as_of_day'");
    if (asOf && asOf->step() && !asOf->columnText(0).isEmpty())
        project.data.summaryAsOfDay = qint32(asOf->columnText(0).toLongLong());
    // A sample of a larger warehouse (CustomerSample): how it was drawn and the exact totals.
    auto sample = db.prepare("SELECT value FROM meta WHERE key = 'summary_sample'");
    if (sample && sample->step() && !sample->columnText(0).isEmpty()) {
        auto parsed = CustomerSample::fromJson(QJsonDocument::fromJson(sample->columnText(0).toUtf8()).object());
        if (!parsed)
            return parsed.error();
        project.data.sample = parsed.takeValue();
    }
    return project;
}

Result<QJsonObject> ProjectFile::loadSettings(const QString &path)
{
    SqliteDatabase db;
    if (Status st = db.open(path, true, false); !st)
        return st.error();
    auto version = ProjectSchema::version(db);
    if (!version)
        return version.error();
    QJsonObject out;
    if (*version < 2)
        return out;
    auto q = db.prepare("SELECT key, value FROM settings");
    if (!q)
        return q.error();
    while (q->step()) {
        const QJsonArray wrapped = QJsonDocument::fromJson(q->columnText(1).toUtf8()).array();
        out.insert(q->columnText(0), wrapped.isEmpty() ? QJsonValue() : wrapped.first());
    }
    return out;
}

Status ProjectFile::saveSettings(const QString &path, const QJsonObject &settings)
{
    auto lock = ProjectLock::acquire(path);
    if (!lock)
        return lock.error();
    SqliteDatabase db;
    if (Status st = db.open(path, false, false); !st)
        return st;
    if (Status st = ProjectSchema::upgrade(db); !st)
        return st;
    // One transaction: all of the settings or none.
    if (Status st = db.exec("BEGIN IMMEDIATE"); !st)
        return st;
    auto set = db.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
    if (!set)
        return set.error();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        set->reset();
        set->bind(1, it.key());
        set->bind(2, QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
        set->step();
        if (Status st = set->done(); !st) {
            db.exec("ROLLBACK");
            return st;
        }
    }
    return db.exec("COMMIT");
}

} // namespace Segmenta
