// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/projectlock.h"

#include "base/atomicfile.h"
#include "base/staletemporaries.h"

#include <QFile>
#include <QFileInfo>

namespace Segmenta {

namespace {

bool isReadOnly(const QFileInfo &file)
{
    // Mode bits as well as access(): root may write anything, but a file its owner made
    // read-only is meant to stay as it is. (WriteUser is access() again, so not asked.)
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return !file.isWritable() || !(file.permissions() & anyWrite);
}

} // namespace

QString ProjectLock::lockPath(const QString &projectPath)
{
    return AtomicFile::resolvedTarget(projectPath) + QStringLiteral(".lock");
}

Result<std::unique_ptr<ProjectLock>> ProjectLock::acquire(const QString &projectPath)
{
    const QString target = AtomicFile::resolvedTarget(projectPath);
    const QFileInfo info(target);
    if (info.exists() && isReadOnly(info))
        return Message("Segmenta::Project",
                       QT_TRANSLATE_NOOP("Segmenta::Project", "“%1” is read-only; Segmenta does not change it. Make it writable or save under another name."),
                       {projectPath})
            .withCode("read-only");
    auto lock = std::make_unique<ProjectLock>(lockPath(projectPath));
    // Staleness by owner only: a save of a large project may hold the lock for minutes.
    lock->m_file.setStaleLockTime(0);
    if (!lock->m_file.tryLock(0)) {
        const QString name = QFileInfo(projectPath).fileName();
        if (lock->m_file.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->m_file.getLockInfo(&pid, &host, &app);
            return Message("Segmenta::Project",
                           QT_TRANSLATE_NOOP("Segmenta::Project", "%1 is being written by another Segmenta (pid %2)."),
                           {name, QString::number(pid)})
                .withCode("locked");
        }
        return Message("Segmenta::Project",
                       QT_TRANSLATE_NOOP("Segmenta::Project", "%1 cannot be changed: its lock file “%2” cannot be created."),
                       {name, lockPath(projectPath)})
            .withCode("locked");
    }
    // Under the lock no other Segmenta is saving this project: what a killed save left is stale.
    StaleTemporaries::remove(info.absolutePath(), info.fileName(), QStringLiteral(".saving-"));
    return lock;
}

void ProjectLock::removeStaleTemporaries(const QString &projectPath)
{
    if (auto lock = acquire(projectPath); lock)
        StaleTemporaries::remove(QFileInfo(projectPath).absolutePath(), QString(), QStringLiteral(".part-"));
}

} // namespace Segmenta
