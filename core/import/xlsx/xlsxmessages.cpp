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
