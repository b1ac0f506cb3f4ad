// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/tableimportreport.h"

#include "base/csvwriter.h"

#include <QJsonArray>

namespace Segmenta {

QJsonObject TableImportReport::toJson() const
{
    QJsonObject columns;
    for (auto it = roleColumns.cbegin(); it != roleColumns.cend(); ++it)
        columns.insert(it.key(), it.value());
    QJsonObject orders;
    for (auto it = dateOrders.cbegin(); it != dateOrders.cend(); ++it)
        orders.insert(it.key(), it.value());
    QJsonArray warns;
    for (const Message &m : warnings)
        warns.append(m.toString());
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("delimiter"), delimiter},
                       {QStringLiteral("header"), hasHeader},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("loaded"), loaded},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("blank"), blank},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("date_orders"), orders},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("warnings"), warns}};
}

Status TableImportReport::writeRejected(const QString &target) const
{
    CsvWriter writer(target);
    if (Status st = writer.open(); !st)
        return st;
    writer.writeRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                     QStringLiteral("reason"), QStringLiteral("text")});
    for (const RejectedLine &r : rejections)
        writer.writeRow({path, QString::number(r.line), r.column, r.reason.toString(), r.text});
    return writer.commit();
}

} // namespace Segmenta
