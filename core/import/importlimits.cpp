// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importlimits.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Segmenta::ImportLimits {

namespace {

const char kContext[] = "Segmenta::Import";

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

} // namespace

bool inflatesTooMuch(qint64 compressedBytes, qint64 inflatedBytes)
{
    return inflatedBytes > kInflationFreeBytes
           && inflatedBytes / kMaxInflationRatio > std::max<qint64>(compressedBytes, 1);
}

Status checkSourceFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                   "The file “%1” does not exist."),
                       {path});
    if (info.isDir())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                   "“%1” is a folder, not a file."),
                       {path});
#ifdef Q_OS_UNIX
    // stat() follows symbolic links, as opening does; QFileInfo has no name for a FIFO.
    struct stat status;
    const bool regular = ::stat(QFile::encodeName(path).constData(), &status) != 0
                         || S_ISREG(status.st_mode);
#else
    const bool regular = info.isFile();
#endif
    if (!regular)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                   "“%1” is not a regular file (it is a pipe, "
                                                   "a device or a socket). Save the data to a "
                                                   "file and import that."),
                       {path})
            .withCode("not-a-file");
    return {};
}

Message fieldTooLong(const QString &path, qint64 line)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                               "Line %2 of “%1” has a field longer than %3 MB, "
                                               "the most one field may hold. Is this the right "
                                               "file, with the right delimiter?"),
                   {fileName(path), QString::number(line), megabytes(kMaxFieldBytes)})
        .withCode("field-too-long");
}

Message recordTooLong(const QString &path, qint64 line)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                               "Line %2 of “%1” is longer than %3 MB, the most "
                                               "one line may hold. Is this the right file, with "
                                               "the right delimiter and quotes?"),
                   {fileName(path), QString::number(line), megabytes(kMaxRecordBytes)})
        .withCode("line-too-long");
}

Message tooManyColumns(const QString &path, qint64 line)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                               "Line %2 of “%1” has more than %3 columns, the "
                                               "most Segmenta reads. Keep the columns you need "
                                               "and import that."),
                   {fileName(path), QString::number(line), QString::number(kMaxColumns)})
        .withCode("too-many-columns");
}

Message inflationBomb(const QString &path)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                               "“%1” expands to more than %2 times its "
                                               "compressed size, which real data does not. It "
                                               "is not read."),
                   {fileName(path), QString::number(kMaxInflationRatio)})
        .withCode("inflation");
}

Message cellTooLong(const QString &path)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                               "A cell of “%1” holds more than %2 MB of text, the "
                                               "most one field may hold. It is not read."),
                   {fileName(path), megabytes(kMaxFieldBytes)})
        .withCode("field-too-long");
}

QString namedColumns(const QStringList &names, qsizetype *leftOut)
{
    const qsizetype shown = std::min<qsizetype>(names.size(), kColumnsNamed);
    *leftOut = names.size() - shown;
    return names.mid(0, shown).join(QStringLiteral(", "));
}

} // namespace Segmenta::ImportLimits
