// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/staletemporaries.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Segmenta {

bool StaleTemporaries::processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    // Signal 0 only asks whether the process exists; EPERM means it does, owned by another user.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    // No cheap portable check: keep the file rather than delete a live writer's work.
    return true;
#endif
}

int StaleTemporaries::remove(const QString &folder, const QString &prefix, const QString &marker)
{
    const QDir dir(folder);
    // Filtered here rather than by a wildcard pattern: a project's name may hold [ ] * ?.
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    int removed = 0;
    for (const QString &name : names) {
        const qsizetype at = name.lastIndexOf(marker);
        if (at < 0 || (prefix.isEmpty() ? at == 0 : QStringView(name).left(at) != prefix))
            continue;
        bool ok = false;
        const qint64 pid = QStringView(name).mid(at + marker.size()).toLongLong(&ok);
        if (!ok || processIsRunning(pid))
            continue;
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace Segmenta
