// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"
#include "data/role.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Segmenta {

// A line of the source that was not loaded, and why.
struct RejectedLine
{
    qint64 line = 0;
    QString column; // empty when the whole line is at fault
    Message reason;
    QString text;   // the line as in the source
};

// What an import did with every line of one file. lines = loaded + rejected + blank always.
struct TableImportReport
{
    QString path;
    TableKind kind = TableKind::Transactions;
    QString encoding;
    QString delimiter; // "comma", ..., or "xlsx"
    QString sheet;
    bool hasHeader = true;
    qint64 lines = 0;
    qint64 loaded = 0;
    qint64 rejected = 0;
    qint64 blank = 0;
    QList<RejectedLine> rejections;
    QMap<QString, QString> roleColumns; // role name -> source column (or how it was computed)
    QMap<QString, QString> dateOrders;  // column -> "dmy" / "mdy" / "ymd" where it mattered
    QString currency;                   // the sign seen in the amounts ("¥", "$"), or empty
    QList<Message> warnings;

    bool countsAddUp() const { return lines == loaded + rejected + blank; }
    QJsonObject toJson() const;
    // CSV (UTF-8 with BOM): line, column, reason, text.
    Status writeRejected(const QString &path) const;
};

} // namespace Segmenta
