// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/datasetimporter.h"

#include "import/tableimporter.h"
#include "base/taskcontrol.h"

#include <future>

namespace Segmenta {

Result<Dataset> DatasetImporter::run(const std::optional<TableImportOptions> &customers,
                                     const std::optional<TableImportOptions> &transactions,
                                     TaskControl *control)
{
    if (!customers && !transactions)
        return Message("Segmenta::Import",
                       QT_TRANSLATE_NOOP("Segmenta::Import",
                                         "Nothing to import: give a customers file, a "
                                         "transactions file, or both."));
    Table customerTable(TableKind::Customers);
    Table transactionTable(TableKind::Transactions);
    QList<TableImportReport> reports;
    // The two files are read at the same time, one per core. Progress: the customer list is
    // usually the smaller file; weigh it as a fifth.
    const double customerShare = customers && transactions ? 0.2 : (customers ? 1.0 : 0.0);
    // Both steps report into one sum, from their own threads.
    std::atomic<double> customerDone{0}, transactionDone{0};
    auto report = [control, customerShare, &customerDone, &transactionDone] {
        if (control)
            control->reportProgress(customerDone * customerShare
                                    + transactionDone * (1.0 - customerShare));
    };
    TaskControl customerStep(control, 0.0, 0.0);
    TaskControl transactionStep(control, 0.0, 0.0);
    customerStep.setProgressFunction([&](double f) { customerDone = f; report(); });
    transactionStep.setProgressFunction([&](double f) { transactionDone = f; report(); });
    // The customer list's length sizes the index of the transactions' customer ids (both
    // files are read at once, so the real count comes too late).
    const qsizetype expectedCustomers =
        customers && transactions && transactions->expectedCustomers == 0
            ? TableImporter::estimateRows(customers->path)
            : 0;
    auto importOne = [expectedCustomers](const TableImportOptions &opts, TableKind kind,
                                         TaskControl *step) {
        TableImportOptions o = opts;
        o.kind = kind;
        if (kind == TableKind::Transactions && o.expectedCustomers == 0)
            o.expectedCustomers = expectedCustomers;
        return TableImporter::run(o, step);
    };
    // Threads of their own rather than pool threads: callers may already run on the pool.
    std::future<Result<ImportedTable>> customerFuture;
    if (customers && transactions)
        customerFuture = std::async(std::launch::async, importOne, *customers,
                                    TableKind::Customers, &customerStep);
    std::optional<Result<ImportedTable>> customerResult, transactionResult;
    if (transactions)
        transactionResult = importOne(*transactions, TableKind::Transactions, &transactionStep);
    if (customers && transactions)
        customerResult = customerFuture.get();
    else if (customers)
        customerResult = importOne(*customers, TableKind::Customers, &customerStep);
    for (auto *result : {&customerResult, &transactionResult}) {
        if (!*result)
            continue;
        if (!**result)
            return (*result)->error();
        reports.append((*result)->value().report);
        ((*result)->value().table.kind() == TableKind::Customers ? customerTable : transactionTable) =
            std::move((*result)->value().table);
    }
    Dataset d = Dataset::link(std::move(customerTable), std::move(transactionTable));
    d.imports = reports;
    return d;
}

} // namespace Segmenta
