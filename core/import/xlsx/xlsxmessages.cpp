// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxmessages.h"

#include "import/importlimits.h"
#include "import/xlsx/xlsxpart.h"

#include <QFileInfo>

namespace Segmenta::Xlsx {

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

Message notAWorkbook(const QString &path)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not an Excel workbook (.xlsx)."),
                   {fileNameOf(path)});
}

Message damaged(const QString &path)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is damaged and could not be read completely. Open it "
                               "in Excel and save it again."),
                   {fileNameOf(path)});
}

Message missingSharedStrings(const QString &path, const QString &part)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is incomplete: the text of its cells (%2) is missing. "
                                                         "Open it in Excel and save it again."),
                   {fileNameOf(path), part});
}

Message malformedSheet(const QString &path, const QString &sheet, const XmlPart &part)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "The sheet “%1” of “%2” is damaged: its XML breaks off or "
                                                         "is malformed at line %3 (%4). Open it in Excel and save it again."),
                   {sheet, fileNameOf(path), QString::number(part.xml().lineNumber()), part.xml().errorString()});
}

Message emptyArchive(const QString &path)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is an empty ZIP archive, not an Excel workbook: it "
                                                         "holds no files at all."),
                   {fileNameOf(path)});
}

Message partError(const XmlPart &part, const QString &path)
{
    if (part.limit() == XmlPart::Limit::Field)
        return ImportLimits::cellTooLong(path);
    if (part.limit() == XmlPart::Limit::Inflation)
        return ImportLimits::inflationBomb(path);
    if (part.isDamaged())
        return damaged(path);
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "The workbook “%1” could not be read: %2 (%3, line %4)."),
                   {fileNameOf(path), part.xml().errorString(), part.name(),
                    QString::number(part.xml().lineNumber())});
}

} // namespace Segmenta::Xlsx
