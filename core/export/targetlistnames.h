// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Segmenta {

// Names for the files and worksheets of a target-list export, from the segments' names.
class TargetListNames
{
public:
    // A file name (without extension) that Windows, macOS and Linux all accept: characters
    // <>:"/\|?* and control characters become '_', leading/trailing spaces and dots go,
    // reserved device names (CON, NUL, COM1, ...) get a trailing '_', at most 80 characters
    // (Chinese kept as is). Empty results become "segment".
    static QString safeFileName(const QString &name);
    // File names for all segments, unique regardless of case (macOS and Windows folders are
    // case-insensitive): a repeat gets " (2)", " (3)", ...
    static QStringList fileNames(const QStringList &segmentNames);

    // Excel's rules for sheet names: at most 31 characters, none of []:*?/\, no leading or
    // trailing apostrophe, not "History", unique regardless of case. Empty: "Segment N".
    static QStringList sheetNames(const QStringList &segmentNames);
};

} // namespace Segmenta
