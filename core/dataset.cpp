#include "dataset.h"

namespace Segmenta {

const std::vector<qint32> &Dataset::transactionCustomers() const
{
    static const std::vector<qint32> none;
    const Column *c = transactions.find(Role::Customer);
    return c ? c->codes() : none;
}

Dataset Dataset::link(Table customers, Table transactions)
{
    Dataset d;
    auto pool = std::make_shared<StringPool>();
    const qsizetype customerKey = customers.indexOf(Role::Customer);
    const qsizetype orderKey = transactions.indexOf(Role::Customer);

    qsizetype listed = 0;
    if (customerKey >= 0) {
        const Column &ids = customers.column(customerKey);
        pool->reserve(ids.size(), qsizetype(ids.pool().bytes().size()));
        for (qint32 code : ids.codes())
            pool->intern(ids.pool().view(code));
        listed = ids.size();
    } else {
        customers = Table(TableKind::Customers);
    }

    if (orderKey >= 0) {
        Column &ids = transactions.column(orderKey);
        // Map each distinct id of the transactions once, then rewrite the codes.
        std::vector<qint32> remap(size_t(ids.pool().size()));
        for (qint32 c = 0; c < ids.pool().size(); ++c)
            remap[size_t(c)] = pool->intern(ids.pool().view(c));
        for (qint32 &code : ids.codes())
            code = remap[size_t(code)];
        ids.setPool(pool);
    }

    pool->dropIndex(); // rebuilt by the first lookup that needs it
    const qsizetype total = pool->size();
    d.customersFromTransactionsOnly = total - listed;
    // Customers only seen in transactions: extend every customer column with missing values.
    if (customerKey < 0)
        customers.addColumn(Column(QStringLiteral("customer"), ColumnType::Text, Role::Customer));
    for (Column &c : customers.columns()) {
        if (c.role() == Role::Customer) {
            c.codes().resize(size_t(total));
            for (qsizetype i = 0; i < total; ++i)
                c.codes()[size_t(i)] = qint32(i);
            c.setPool(pool);
            continue;
        }
        switch (c.type()) {
        case ColumnType::Text:
            c.codes().resize(size_t(total), Column::kMissingCode);
            break;
        case ColumnType::Number:
            c.numbers().resize(size_t(total), std::nan(""));
            break;
        case ColumnType::Date:
            c.days().resize(size_t(total), Column::kMissingDate);
            if (c.hasTime())
                c.secondsOfDay().resize(size_t(total), 0);
            break;
        }
    }
    d.customers = std::move(customers);
    d.transactions = std::move(transactions);
    return d;
}

} // namespace Segmenta
