// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/sqlitedatabase.h"

#include "base/atomicfile.h"

#include <sqlite3.h>

#include <cerrno>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Project";
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_lastCode(other.m_lastCode)
{
    other.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_stmt, other.m_stmt);
    std::swap(m_lastCode, other.m_lastCode);
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const void *data, qint64 size)
{
    sqlite3_bind_blob64(m_stmt, index, size ? data : "", sqlite3_uint64(size), SQLITE_STATIC);
}

bool SqliteStatement::step()
{
    m_lastCode = sqlite3_step(m_stmt);
    return m_lastCode == SQLITE_ROW;
}

Status SqliteStatement::done()
{
    if (m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_ROW)
        return {};
    if ((m_lastCode & 0xff) == SQLITE_FULL) // the same sentence as every other full disk
        return AtomicFile::writeError(QString::fromUtf8(sqlite3_db_filename(m_db, "main")), ENOSPC);
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project file could not be written: %1."),
                   {QString::fromUtf8(sqlite3_errmsg(m_db))});
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::columnInt(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

QString SqliteStatement::columnText(int i) const
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, i)) : QString();
}

std::string_view SqliteStatement::columnBlob(int i) const
{
    const auto *b = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
    return b ? std::string_view(b, size_t(sqlite3_column_bytes(m_stmt, i))) : std::string_view();
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Status SqliteDatabase::open(const QString &path, bool readOnly, bool create)
{
    close();
    m_path = path;
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Message m(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project “%1” cannot be opened: %2."),
                  {path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc))});
        close();
        return m;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    return {};
}

Status SqliteDatabase::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        if ((sqlite3_errcode(m_db) & 0xff) == SQLITE_FULL) {
            sqlite3_free(err);
            return AtomicFile::writeError(m_path, ENOSPC);
        }
        const QString text = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project “%1” could not be updated: %2."),
                       {m_path, text});
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return lastError(sql);
    return SqliteStatement(m_db, stmt);
}

Status SqliteDatabase::readBlob(const char *table, const char *column, qint64 rowid, void *dest,
                                int size)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_db, "main", table, column, rowid, 0, &blob) != SQLITE_OK)
        return lastError(table);
    const int rc = sqlite3_blob_read(blob, dest, size, 0);
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return lastError(table);
    return {};
}

Message SqliteDatabase::lastError(const char *what) const
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project", "The project “%1” could not be read: %2."),
                   {m_path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : what)});
}

} // namespace Segmenta
