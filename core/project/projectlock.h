// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace Segmenta {

// One writer at a time per project (docs/project-file.md): every change to a .segmenta file
// first takes NAME.segmenta.lock beside it. Not the project file itself, since a save renames
// a new file over it. QLockFile records the owner's pid and host, so the lock of a process
// that died is taken over; a live owner's lock is never broken, however long it holds it.
// A second writer is refused at once rather than queued: what it would write may rest on what
// the first one is replacing.
class ProjectLock
{
public:
    // Fails with code "locked" and "NAME is being written by another Segmenta (pid N).", and
    // with code "read-only" for a project its owner made read-only (nothing may change it).
    static Result<std::unique_ptr<ProjectLock>> acquire(const QString &projectPath);
    // What a killed save (NAME.saving-PID) or export (*.part-PID) left beside the project, for
    // the next open too, not only the next save (docs/project-file.md). Under the lock, which
    // removes the saving files as it is taken; while another Segmenta writes the project, what
    // lies beside it may be its own, and stays.
    static void removeStaleTemporaries(const QString &projectPath);
    // Where the lock of a project lives (a symbolic link shares its target's lock).
    static QString lockPath(const QString &projectPath);

    explicit ProjectLock(const QString &lockPath) : m_file(lockPath) {}

private:
    QLockFile m_file;
};

} // namespace Segmenta
