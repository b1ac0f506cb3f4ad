// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/dataset.h"
#include "base/result.h"
#include "warehouse/warehousesource.h"

#include <QStringList>

namespace Segmenta {

class TaskControl;

// Brings a warehouse's customers into a Dataset without bringing their orders: the server
// computes the per-customer summary (WarehouseQuery::summary) inside a read-only transaction
// with a statement time limit, and only one row per customer is streamed back and kept as
// SummaryColumns. Customers from the optional customers relation are loaded as attributes,
// their roles detected or mapped as in file import. Cancelling through the TaskControl asks
// the server to cancel the running statement (pg_cancel_backend from a second connection).
// Errors: "warehouse-driver" (Qt's QPSQL driver missing), "warehouse-connect",
// "warehouse-timeout", "warehouse-query", "missing-role", "cancelled".
class WarehouseImporter
{
public:
    // The column names of the source's relations, as the server reports them.
    struct Columns
    {
        QStringList orders;
        QStringList customers; // empty when the source has no customers relation
    };

    // Connects and reads the column names of the orders and (when given) customers relations
    // without reading a row, in the same read-only, time-limited transaction as run(): what
    // the desktop's connection test shows and pre-fills the column roles from.
    static Result<Columns> describe(const WarehouseSource &source, const QString &password);

    static Result<Dataset> run(const WarehouseSource &source, const QString &password,
                               TaskControl *control = nullptr);
};

} // namespace Segmenta
