#include "datasetimporter.h"

#include "tableimporter.h"
#include "taskcontrol.h"

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
    // Progress: the customer list is usually the smaller file; weigh it as a fifth.
    const double customerShare = customers && transactions ? 0.2 : (customers ? 1.0 : 0.0);
    for (const auto *opts : {&customers, &transactions}) {
        if (!*opts)
            continue;
        const bool isCustomers = opts == &customers;
        TaskControl step(control, isCustomers ? 0.0 : customerShare,
                         isCustomers ? customerShare : 1.0 - customerShare);
        TableImportOptions o = **opts;
        o.kind = isCustomers ? TableKind::Customers : TableKind::Transactions;
        auto imported = TableImporter::run(o, &step);
        if (!imported)
            return imported.error();
        reports.append(imported->report);
        (isCustomers ? customerTable : transactionTable) = std::move(imported->table);
    }
    Dataset d = Dataset::link(std::move(customerTable), std::move(transactionTable));
    d.imports = reports;
    return d;
}

} // namespace Segmenta
