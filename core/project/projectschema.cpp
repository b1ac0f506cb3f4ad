// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectschema.h"

#include "project/sqlitedatabase.h"

#include <limits>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Project";

// Version 1: the data. Version 2 added settings and import reports. Version 3 added segment
// snapshots (SnapshotStore; IF NOT EXISTS so a file whose tables were made by a newer create()
// and then marked older still upgrades).
const char *const kMigrations[] = {
    // 0 -> 1
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE data_tables(name TEXT PRIMARY KEY, row_count INTEGER NOT NULL);"
    "CREATE TABLE data_columns(table_name TEXT NOT NULL, position INTEGER NOT NULL, "
    "  name TEXT NOT NULL, role TEXT NOT NULL, type TEXT NOT NULL, has_time INTEGER NOT NULL, "
    "  linked INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(table_name, position));"
    "CREATE TABLE column_chunks(table_name TEXT NOT NULL, position INTEGER NOT NULL, "
    "  part TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL, "
    "  PRIMARY KEY(table_name, position, part, chunk));",
    // 1 -> 2
    "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE imports(id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, report TEXT NOT NULL);",
    // 2 -> 3: per customer, id bytes + uint32 offsets, int16 segment, int8 tier (native order)
    "CREATE TABLE IF NOT EXISTS snapshots(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "  taken_at TEXT NOT NULL, as_of TEXT NOT NULL DEFAULT '', customers INTEGER NOT NULL, "
    "  segments_json TEXT NOT NULL, ids BLOB NOT NULL, id_offsets BLOB NOT NULL, "
    "  segment BLOB NOT NULL, tier BLOB NOT NULL);",
};
static_assert(std::size(kMigrations) == ProjectSchema::kVersion);

Result<qint64> pragma(SqliteDatabase &db, const char *sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    if (!q->step()) {
        if (Status st = q->done(); !st)
            return st.error();
        return qint64(0);
    }
    return q->columnInt(0);
}

Message notAProject(const SqliteDatabase &db)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "“%1” is not a Segmenta project."), {db.path()});
}

} // namespace

Result<int> ProjectSchema::version(SqliteDatabase &db)
{
    auto app = pragma(db, "PRAGMA application_id");
    if (!app)
        return notAProject(db); // not even SQLite
    auto v = pragma(db, "PRAGMA user_version");
    if (!v)
        return v.error();
    if (*app != kApplicationId && !(*app == 0 && *v == 0))
        return notAProject(db);
    // Segmenta never writes a negative format number; one is a damaged header, and the
    // migration table is indexed by it.
    if (*v < 0 || *v > std::numeric_limits<int>::max())
        return notAProject(db);
    return int(*v);
}

Status ProjectSchema::create(SqliteDatabase &db)
{
    if (Status st = db.exec(qPrintable(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))); !st)
        return st;
    return upgrade(db);
}

Status ProjectSchema::upgradeExisting(SqliteDatabase &db)
{
    auto current = version(db);
    if (!current)
        return current.error();
    if (*current == 0)
        return notAProject(db);
    return upgrade(db);
}

Status ProjectSchema::upgrade(SqliteDatabase &db)
{
    auto current = version(db);
    if (!current)
        return current.error();
    if (*current > kVersion)
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Project", "“%1” was saved by a newer version of Segmenta (file format %2; this "
                                   "version reads up to %3). Update Segmenta to open it."),
                       {db.path(), QString::number(*current),
                        QString::number(kVersion)});
    if (*current == 0) {
        // An empty SQLite file is fine to initialise; one with foreign tables is not ours.
        auto tables = pragma(db, "SELECT count(*) FROM sqlite_master");
        if (!tables)
            return notAProject(db);
        if (*tables > 0)
            return notAProject(db);
    }
    for (int v = *current; v < kVersion; ++v) {
        if (Status st = db.exec("BEGIN IMMEDIATE"); !st)
            return st;
        Status st = db.exec(kMigrations[v]);
        if (st)
            st = db.exec(qPrintable(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)));
        if (st && v == 0)
            st = db.exec(qPrintable(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
        if (!st) {
            db.exec("ROLLBACK");
            return st;
        }
        if (Status c = db.exec("COMMIT"); !c)
            return c;
    }
    return {};
}

} // namespace Segmenta
