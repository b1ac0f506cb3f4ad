// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/snapshotstore.h"

#include "project/projectlock.h"
#include "project/projectschema.h"
#include "project/sqlitedatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Project";
constexpr int kFirstVersionWithSnapshots = 3;

Message damaged(qint64 id)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project",
                                               "The project file is damaged (snapshot %1)."),
                   {QString::number(id)});
}

Message unknownSnapshot(qint64 id)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project",
                                               "There is no snapshot with the number %1."),
                   {QString::number(id)})
        .withCode("unknown-snapshot");
}

Status openProject(SqliteDatabase &db, const QString &path)
{
    if (!QFileInfo::exists(path))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project",
                                                   "The project “%1” does not exist."),
                       {path});
    if (Status st = db.open(path, false, false); !st)
        return st;
    return ProjectSchema::upgradeExisting(db);
}

QString segmentsJson(const SegmentSnapshot &s)
{
    QJsonArray list;
    for (qsizetype i = 0; i < s.segments.size(); ++i)
        list.append(QJsonObject{{QStringLiteral("name"), s.segments[i]},
                                {QStringLiteral("rule"), s.rules.value(i)}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

void readSegments(const QString &json, QStringList &names, QStringList &rules)
{
    const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : list) {
        names << v.toObject().value(QStringLiteral("name")).toString();
        rules << v.toObject().value(QStringLiteral("rule")).toString();
    }
}

template<typename T>
bool copyBlob(std::string_view blob, std::vector<T> &out)
{
    if (blob.size() % sizeof(T) != 0)
        return false;
    out.resize(blob.size() / sizeof(T));
    if (!blob.empty())
        std::memcpy(out.data(), blob.data(), blob.size());
    return true;
}

template<typename T>
void bindVector(SqliteStatement &q, int index, const std::vector<T> &v)
{
    q.bindBlob(index, v.data(), qint64(v.size() * sizeof(T)));
}

Result<qint64> lastRowId(SqliteDatabase &db)
{
    auto q = db.prepare("SELECT last_insert_rowid()");
    if (!q)
        return q.error();
    if (!q->step())
        return q->done().error();
    return q->columnInt(0);
}

Result<qint64> insert(SqliteDatabase &db, const SegmentSnapshot &s, bool keepId)
{
    auto q = db.prepare(keepId ? "INSERT INTO snapshots(id, name, taken_at, as_of, customers, "
                                 "segments_json, ids, id_offsets, segment, tier) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                               : "INSERT INTO snapshots(name, taken_at, as_of, customers, "
                                 "segments_json, ids, id_offsets, segment, tier) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return q.error();
    int i = 1;
    if (keepId)
        q->bind(i++, s.id);
    q->bind(i++, s.name);
    q->bind(i++, s.takenAt.toUTC().toString(Qt::ISODateWithMs));
    q->bind(i++, s.asOf);
    q->bind(i++, qint64(s.size()));
    q->bind(i++, segmentsJson(s));
    q->bindBlob(i++, s.ids.constData(), s.ids.size());
    bindVector(*q, i++, s.idOffsets);
    bindVector(*q, i++, s.segment);
    bindVector(*q, i++, s.tier);
    q->step();
    if (Status st = q->done(); !st)
        return st.error();
    return lastRowId(db);
}

// Reads the snapshot in the current row of a SELECT of every column (kSelect).
Result<SegmentSnapshot> readRow(SqliteStatement &q)
{
    SegmentSnapshot s;
    s.id = q.columnInt(0);
    s.name = q.columnText(1);
    s.takenAt = QDateTime::fromString(q.columnText(2), Qt::ISODateWithMs);
    s.asOf = q.columnText(3);
    const qint64 customers = q.columnInt(4);
    readSegments(q.columnText(5), s.segments, s.rules);
    const std::string_view ids = q.columnBlob(6);
    s.ids = QByteArray(ids.data(), qsizetype(ids.size()));
    if (!copyBlob(q.columnBlob(7), s.idOffsets) || !copyBlob(q.columnBlob(8), s.segment)
        || !copyBlob(q.columnBlob(9), s.tier) || s.size() != customers || !s.isConsistent())
        return damaged(s.id);
    return s;
}

const char kSelect[] = "SELECT id, name, taken_at, as_of, customers, segments_json, ids, "
                       "id_offsets, segment, tier FROM snapshots";

Status commitOrRollback(SqliteDatabase &db, Status st)
{
    if (!st) {
        db.exec("ROLLBACK");
        return st;
    }
    return db.exec("COMMIT");
}

} // namespace

QJsonObject SnapshotStore::Entry::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("taken_at"), takenAt.toString(Qt::ISODate)},
            {QStringLiteral("as_of"), asOf},
            {QStringLiteral("customers"), customers},
            {QStringLiteral("segments"), QJsonArray::fromStringList(segments)}};
}

Result<QList<SnapshotStore::Entry>> SnapshotStore::list(const QString &projectPath)
{
    SqliteDatabase db;
    if (Status st = openProject(db, projectPath); !st)
        return st.error();
    auto q = db.prepare("SELECT id, name, taken_at, as_of, customers, segments_json "
                        "FROM snapshots ORDER BY taken_at, id");
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q->step()) {
        Entry e;
        e.id = q->columnInt(0);
        e.name = q->columnText(1);
        e.takenAt = QDateTime::fromString(q->columnText(2), Qt::ISODateWithMs);
        e.asOf = q->columnText(3);
        e.customers = q->columnInt(4);
        QStringList rules;
        readSegments(q->columnText(5), e.segments, rules);
        out.append(e);
    }
    if (Status st = q->done(); !st)
        return st.error();
    return out;
}

Result<qint64> SnapshotStore::save(const QString &projectPath, const SegmentSnapshot &snapshot)
{
    if (!snapshot.isConsistent())
        return damaged(snapshot.id);
    auto lock = ProjectLock::acquire(projectPath);
    if (!lock)
        return lock.error();
    SqliteDatabase db;
    if (Status st = openProject(db, projectPath); !st)
        return st.error();
    if (Status st = db.exec("BEGIN IMMEDIATE"); !st)
        return st.error();
    auto id = insert(db, snapshot, false);
    if (Status st = commitOrRollback(db, id ? Status() : Status(id.error())); !st)
        return st.error();
    return id;
}

Result<SegmentSnapshot> SnapshotStore::load(const QString &projectPath, qint64 id)
{
    SqliteDatabase db;
    if (Status st = openProject(db, projectPath); !st)
        return st.error();
    auto q = db.prepare((QByteArray(kSelect) + " WHERE id = ?").constData());
    if (!q)
        return q.error();
    q->bind(1, id);
    if (!q->step()) {
        if (Status st = q->done(); !st)
            return st.error();
        return unknownSnapshot(id);
    }
    return readRow(*q);
}

Status SnapshotStore::remove(const QString &projectPath, qint64 id)
{
    auto lock = ProjectLock::acquire(projectPath);
    if (!lock)
        return lock.error();
    SqliteDatabase db;
    if (Status st = openProject(db, projectPath); !st)
        return st;
    if (Status st = db.exec("BEGIN IMMEDIATE"); !st)
        return st;
    auto q = db.prepare("DELETE FROM snapshots WHERE id = ?");
    if (!q)
        return commitOrRollback(db, q.error());
    q->bind(1, id);
    q->step();
    Status st = q->done();
    if (st) {
        auto changes = db.prepare("SELECT changes()");
        if (!changes || !changes->step())
            st = changes ? changes->done() : Status(changes.error());
        else if (changes->columnInt(0) == 0)
            st = unknownSnapshot(id);
    }
    return commitOrRollback(db, st);
}

Status SnapshotStore::carryOver(const QString &fromPath, SqliteDatabase &into)
{
    if (!QFileInfo::exists(fromPath))
        return {};
    SqliteDatabase old;
    if (Status st = old.open(fromPath, true, false); !st)
        return {}; // not a database: nothing of ours to keep
    auto version = ProjectSchema::version(old);
    if (!version || *version < kFirstVersionWithSnapshots)
        return {};
    auto q = old.prepare(kSelect);
    if (!q)
        return q.error();
    while (q->step()) {
        auto s = readRow(*q);
        if (!s)
            return s.error();
        if (auto id = insert(into, *s, true); !id)
            return id.error();
    }
    return q->done();
}

} // namespace Segmenta
