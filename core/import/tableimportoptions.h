// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/parse/dateparser.h"
#include "import/text/delimitedformat.h"
#include "data/role.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Segmenta {

// A user's choice of the column for a role: a header name or "#N" (1-based position), with an
// optional date pattern such as "yyyyMMdd".
struct ColumnMapping
{
    Role role = Role::None;
    QString column;
    QString format;

    // Parses "ROLE=COLUMN[:FORMAT]" as given on the command line.
    static std::optional<ColumnMapping> parse(const QString &text);
};

struct TableImportOptions
{
    QString path;
    TableKind kind = TableKind::Transactions;
    QByteArray encoding;                   // empty: detect
    std::optional<DelimitedFormat> format; // delimiter / space runs; empty: detect
    std::optional<bool> hasHeader;         // empty: detect
    QString sheet;                         // for workbooks; empty: the first sheet
    DateOrder dateOrder = DateOrder::Unknown; // for columns whose values read both ways
    QList<ColumnMapping> mappings;         // explicit roles; the rest are detected from headers
    bool detectRoles = true;
    qint64 previewBytes = 0;               // > 0: read only this much of a text file (previews)
    // Customers a transaction file is expected to name (0 = unknown): sizes the index of its
    // customer ids up front. DatasetImporter estimates it from the customer list's size.
    qsizetype expectedCustomers = 0;
    // The day of the import, which bounds the dates accepted (data/parse/daterange.h); an
    // invalid date: today. Tests set it so that their data does not age.
    QDate importDay;
};

} // namespace Segmenta
