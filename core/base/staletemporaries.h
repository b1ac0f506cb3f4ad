// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

// Temporary files that carry their writer's process id in the name (NAME.saving-PID beside a
// project, NAME.part-PID beside an export; docs/project-file.md). A writer killed mid-way
// leaves them behind; the next writer in that folder removes those whose process is gone.
class StaleTemporaries
{
public:
    // True when a process with this id runs on this machine.
    static bool processIsRunning(qint64 pid);
    // Removes the files in folder named PREFIX MARKER PID (PREFIX may be empty: any name) whose
    // PID is not a running process. Files of live processes and other names are kept.
    // Returns how many were removed.
    static int remove(const QString &folder, const QString &prefix, const QString &marker);
};

} // namespace Segmenta
