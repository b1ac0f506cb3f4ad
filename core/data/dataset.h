// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/table.h"
#include "data/tableimportreport.h"
#include "data/customersample.h"

#include <QList>

#include <optional>

namespace Segmenta {

// The customers and transactions of a project, linked: the customer column of the
// transactions holds row numbers of the customers table (both share one id pool), so analysis
// can aggregate orders per customer with plain array indexing.
class Dataset
{
public:
    Table customers{TableKind::Customers};
    Table transactions{TableKind::Transactions};
    QList<TableImportReport> imports; // how each table was loaded

    qsizetype customerCount() const { return customers.rowCount(); }
    qsizetype transactionCount() const { return transactions.rowCount(); }
    // Row in customers of each transaction (empty when there are no transactions).
    const std::vector<qint32> &transactionCustomers() const;
    const Column *customerIds() const { return customers.find(Role::Customer); }
    // Customers that appear in transactions but not in the customer list.
    qint64 customersFromTransactionsOnly = 0;
    // Set when the per-customer summary was computed elsewhere (a warehouse, see
    // SummaryColumns) and the project holds no transactions: the exclusive end of the window
    // the summary covers. Column::kMissingDate for ordinary, transaction-level data.
    qint32 summaryAsOfDay = Column::kMissingDate;
    // Set when the warehouse held more customers than the import's limit: the customers here
    // are a uniform sample, and this holds how it was drawn and the exact totals over all.
    std::optional<CustomerSample> sample;

    // Links an imported customers table and/or transactions table: every customer id seen in
    // the transactions becomes a customer (with empty attributes) if the list lacks it.
    static Dataset link(Table customers, Table transactions);
};

} // namespace Segmenta
