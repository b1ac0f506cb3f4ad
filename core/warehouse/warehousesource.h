// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "base/result.h"
#include "import/tableimportoptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Segmenta {

// Where a project's orders (and optionally customers) live when they stay in a PostgreSQL-
// compatible database or warehouse. Never holds a password: the caller supplies it for each
// connection (environment, prompt or keychain), so the source can be kept in the project
// settings for a refresh.
struct WarehouseSource
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // libpq sslmode: disable, prefer, require, verify-full...

    // Orders: a table (optionally schema.table) or a read-only SELECT; exactly one is set.
    QString ordersTable;
    QString ordersQuery;
    // Customers, optional: a table or a SELECT with one row per customer.
    QString customersTable;
    QString customersQuery;
    // Roles of the orders' and customers' columns; the rest are detected from the column
    // names as in file import (customer, order, date, amount or quantity × unit_price, margin).
    QList<ColumnMapping> mappings;
    // Roles of the customers relation's columns when they differ from the orders' (its id
    // column is often named otherwise); empty: `mappings` apply to both.
    QList<ColumnMapping> customersMappings;
    // The mappings that apply to the customers relation.
    const QList<ColumnMapping> &customerMappings() const
    {
        return customersMappings.isEmpty() ? mappings : customersMappings;
    }

    qint32 asOfDay = Column::kMissingDate; // missing: the day after the last order
    // Always a limit: a statement that runs on holds a server connection and locks
    // (docs/warehouse.md, "Time limit").
    int statementTimeoutSeconds = 600;
    static constexpr int kMinTimeoutSeconds = 1;
    static constexpr int kMaxTimeoutSeconds = 24 * 3600;
    qint64 fetchRows = 50000;              // rows per FETCH from the server-side cursor

    // Beyond this many customers only a uniform sample of this size comes to the desktop,
    // with exact totals over all of them computed on the server (CustomerSample); 0: no
    // limit. The sample is the customers with the smallest md5(seed:key), so a refresh with
    // the same seed samples the same customers (docs/warehouse.md).
    qint64 maxCustomers = kDefaultMaxCustomers;
    qint64 sampleSeed = 0;
    static constexpr qint64 kDefaultMaxCustomers = 1000000;

    // "postgresql://user@host:port/database?sslmode=require" (also postgres://). A password
    // in the URL is refused: it would end up in shell histories and process lists.
    static Result<WarehouseSource> fromUrl(const QString &url);
    QString url() const; // without password

    Status validate() const;
    QJsonObject toJson() const;
    static Result<WarehouseSource> fromJson(const QJsonObject &json);
};

} // namespace Segmenta
