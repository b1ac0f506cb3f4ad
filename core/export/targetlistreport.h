// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Segmenta {

// What an export wrote, for the UI and the CLI's JSON summary.
struct TargetListReport
{
    struct List
    {
        QString segment;
        qint64 rows = 0;       // customers written
        qint64 suppressed = 0; // customers of the segment left out by the suppression list
        QString file;          // absolute path of the CSV file or of the workbook
        QString sheet;         // XLSX: the worksheet's name
    };

    QString format;   // "csv" or "xlsx"
    QString encoding; // "utf-8" or "gb18030" (XLSX: always "utf-8")
    QStringList files;
    QStringList columns;
    QString expectedValue; // what expected_value holds: "clv" or "monetary"
    QList<List> lists;     // in priority order
    qint64 rows = 0;
    qint64 suppressed = 0;
    qint64 suppressionEntries = 0;

    QJsonObject toJson() const;
};

} // namespace Segmenta
