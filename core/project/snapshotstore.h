// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "segments/segmentsnapshot.h"

#include <QList>

namespace Segmenta {

class SqliteDatabase;

// Snapshots in the project file (table `snapshots`, schema version 3; docs/snapshots.md).
// Every call opens the project, brings an older file up to date, and changes it in one
// transaction. ProjectFile::save carries the snapshots of the file it replaces over to the new
// one (carryOver), so re-importing data into a project keeps its history.
class SnapshotStore
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QDateTime takenAt;
        QString asOf;
        qint64 customers = 0;
        QStringList segments;
        QJsonObject toJson() const; // {"id", "name", "taken_at", "as_of", "customers", "segments"}
    };

    // Oldest first.
    static Result<QList<Entry>> list(const QString &projectPath);
    // Stores a copy and returns its id (snapshot.id is ignored).
    static Result<qint64> save(const QString &projectPath, const SegmentSnapshot &snapshot);
    // Fails with code "unknown-snapshot" when there is no snapshot with that id.
    static Result<SegmentSnapshot> load(const QString &projectPath, qint64 id);
    static Status remove(const QString &projectPath, qint64 id);

    // Copies every snapshot of the project at fromPath into into (same ids), inside the
    // caller's transaction. Nothing to do when fromPath does not exist, is not a project or
    // predates snapshots; fails when its snapshots cannot be read, so none is lost silently.
    static Status carryOver(const QString &fromPath, SqliteDatabase &into);
};

} // namespace Segmenta
