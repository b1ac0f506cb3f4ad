// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

// The sizes an import refuses to go beyond, in one place, and the sentences it says at them
// (docs/user/import.md, "Limits"). They keep a hostile or broken file from taking the
// machine's memory or time: what an import holds stays bounded by the data it keeps.
namespace Segmenta::ImportLimits {

// One field (a CSV field, an XLSX cell or shared string): far above any name, address or note.
inline constexpr qint64 kMaxFieldBytes = qint64(1) << 20;
// One record of a text file (its line, or lines when a quoted field holds line breaks).
inline constexpr qint64 kMaxRecordBytes = qint64(16) << 20;
// Columns of a table: as many as Excel has (A to XFD).
inline constexpr int kMaxColumns = 16384;
// A compressed file or workbook part is refused when it inflates both beyond this size and
// beyond kMaxInflationRatio times its compressed size. Real CSV and sheet XML shrink 5 to 20
// times; a run of one byte shrinks about 1000 times, which is what a decompression bomb is.
inline constexpr qint64 kInflationFreeBytes = qint64(64) << 20;
inline constexpr qint64 kMaxInflationRatio = 200;
// Column names listed in a message before "and N more".
inline constexpr int kColumnsNamed = 20;

bool inflatesTooMuch(qint64 compressedBytes, qint64 inflatedBytes);

// Refuses what is not a regular file (a folder, a FIFO, a device, a socket) before it is
// opened: opening a FIFO would wait for a writer for ever.
Status checkSourceFile(const QString &path);

Message fieldTooLong(const QString &path, qint64 line);
Message recordTooLong(const QString &path, qint64 line);
Message tooManyColumns(const QString &path, qint64 line);
Message inflationBomb(const QString &path);
// A cell (or shared string) of a workbook over kMaxFieldBytes.
Message cellTooLong(const QString &path);

// The first kColumnsNamed names joined by ", ", and how many were left out.
QString namedColumns(const QStringList &names, qsizetype *leftOut);

} // namespace Segmenta::ImportLimits
