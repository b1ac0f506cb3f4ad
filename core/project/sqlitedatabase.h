// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace Segmenta {

// A thin RAII layer over the SQLite C API: the project file stores columns as large blobs,
// which Qt SQL would copy through QVariant; this binds them straight from the vectors.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindBlob(int index, const void *data, qint64 size); // not copied: keep data alive
    // Runs the statement: true while a row is available; check error() when it returns false.
    bool step();
    Status done(); // the result of the last step, as a Status
    void reset();

    qint64 columnInt(int i) const;
    QString columnText(int i) const;
    std::string_view columnBlob(int i) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_lastCode = 0;
};

class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    ~SqliteDatabase();

    Status open(const QString &path, bool readOnly, bool create);
    void close();
    Status exec(const char *sql);
    Result<SqliteStatement> prepare(const char *sql);
    Message lastError(const char *what) const;
    // Reads a blob cell straight into dest (incremental blob I/O: no intermediate copy).
    Status readBlob(const char *table, const char *column, qint64 rowid, void *dest, int size);
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace Segmenta
