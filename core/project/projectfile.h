// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/dataset.h"
#include "project/projectschema.h"
#include "base/result.h"

#include <QJsonObject>
#include <QString>

namespace Segmenta {

class TaskControl;

struct ProjectContents
{
    Dataset data;
    QJsonObject settings;
};

// The .segmenta file: one SQLite database holding the imported tables (each column as
// chunked blobs, loaded straight into memory), the import reports, settings, and segment
// snapshots (SnapshotStore; a save keeps the snapshots of the file it replaces).
// Schema changes go through numbered migrations; a file from a newer schema is refused.
// Saving writes a new file beside the target and renames it over, so a process killed in the
// middle leaves the previous project intact; small updates run in a transaction.
class ProjectFile
{
public:
    static constexpr int kSchemaVersion = ProjectSchema::kVersion;
    static constexpr qint32 kApplicationId = ProjectSchema::kApplicationId;

    static Status save(const QString &path, const ProjectContents &project,
                       TaskControl *control = nullptr);
    static Result<ProjectContents> load(const QString &path, TaskControl *control = nullptr);

    static Result<QJsonObject> loadSettings(const QString &path);
    static Status saveSettings(const QString &path, const QJsonObject &settings);
    // The schema version stored in a file (0 when it is not a project).
    static Result<int> schemaVersion(const QString &path);
};

} // namespace Segmenta
