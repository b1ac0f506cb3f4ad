// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Files";

#ifdef Q_OS_UNIX
void syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif

} // namespace

AtomicFile::AtomicFile(const QString &path, const QString &marker)
    : m_target(resolvedTarget(path))
    , m_temporary(m_target + marker + QString::number(QCoreApplication::applicationPid()))
{
}

Message AtomicFile::writeError(const QString &path, int errorNumber)
{
    const char *text = nullptr;
    switch (errorNumber) {
    case ENOSPC:
        text = QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written: No space left on device. Free some space and try again.");
        break;
#ifdef EDQUOT
    case EDQUOT:
        text = QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written: your disk quota is used up.");
        break;
#endif
    case EACCES:
    case EPERM:
        text = QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written: permission denied.");
        break;
    case EROFS:
        text = QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written: the disk is read-only.");
        break;
    case EFBIG:
        text = QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written: the file would be larger than this disk allows.");
        break;
    default:
        break;
    }
    if (text)
        return Message(kContext, text, {path}).withCode("write-failed");
    const QString reason = errorNumber != 0 ? QString::fromLocal8Bit(std::strerror(errorNumber))
                                            : QStringLiteral("the system gave no reason");
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written: %2."), {path, reason})
        .withCode("write-failed");
}

Message AtomicFile::aboutTarget(const Message &message) const
{
    QStringList args = message.args();
    for (QString &arg : args)
        arg.replace(m_temporary, m_target);
    return Message(message.context(), message.source(), args).withCode(message.code());
}

AtomicFile::~AtomicFile()
{
    discard();
}

QString AtomicFile::resolvedTarget(const QString &path)
{
    QFileInfo info(path);
    // A chain of links is bounded so that a loop cannot hold the save forever.
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

Status AtomicFile::create()
{
    QFile::remove(m_temporary);
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(m_temporary);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(m_target, errno);
    struct stat old;
    if (::stat(QFile::encodeName(m_target).constData(), &old) == 0)
        ::fchmod(fd, old.st_mode & 07777);
    ::close(fd);
#else
    QFile file(m_temporary);
    if (!file.open(QIODevice::WriteOnly))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written: %2."),
                       {m_target, file.errorString()});
    if (QFileInfo::exists(m_target))
        file.setPermissions(QFile(m_target).permissions());
#endif
    m_pending = true;
    return {};
}

Status AtomicFile::commit()
{
#ifdef Q_OS_UNIX
    syncPath(m_temporary, O_RDONLY);
    // rename() replaces atomically on POSIX.
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const int error = errno;
        discard();
        return writeError(m_target, error);
    }
    // The rename itself lives in the folder: sync it too so it survives a power cut.
    syncPath(QFileInfo(m_target).absolutePath(), O_RDONLY | O_DIRECTORY);
#else
    // QFile::rename refuses to overwrite: remove first where there is no atomic replace.
    QFile::remove(m_target);
    if (!QFile::rename(m_temporary, m_target)) {
        discard();
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Files", "“%1” cannot be written."), {m_target});
    }
#endif
    m_pending = false;
    return {};
}

void AtomicFile::discard()
{
    if (m_pending)
        QFile::remove(m_temporary);
    m_pending = false;
}

} // namespace Segmenta
