// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistreport.h"

#include <QJsonArray>

namespace Segmenta {

QJsonObject TargetListReport::toJson() const
{
    QJsonArray listArray;
    QJsonObject rowsBySegment;
    QJsonObject suppressedBySegment;
    for (const List &l : lists) {
        QJsonObject o{{QStringLiteral("segment"), l.segment},
                      {QStringLiteral("rows"), l.rows},
                      {QStringLiteral("suppressed"), l.suppressed},
                      {QStringLiteral("file"), l.file}};
        if (!l.sheet.isEmpty())
            o.insert(QStringLiteral("sheet"), l.sheet);
        listArray.append(o);
        rowsBySegment.insert(l.segment, l.rows);
        suppressedBySegment.insert(l.segment, l.suppressed);
    }
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                       {QStringLiteral("expected_value"), expectedValue},
                       {QStringLiteral("lists"), listArray},
                       {QStringLiteral("rows_per_segment"), rowsBySegment},
                       {QStringLiteral("suppressed_per_segment"), suppressedBySegment},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("suppressed"), suppressed},
                       {QStringLiteral("suppression_entries"), suppressionEntries}};
}

} // namespace Segmenta
