// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/dataset.h"

#include <future>

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
        Column &ids = customers.column(customerKey);
        // The customer of row i gets code i. An imported list already has that (one row per
        // new id): its pool is taken as it is.
        const std::vector<qint32> &codes = ids.codes();
        bool rowOrder = qsizetype(codes.size()) == ids.pool().size();
        for (size_t i = 0; rowOrder && i < codes.size(); ++i)
            rowOrder = codes[i] == qint32(i);
        if (rowOrder) {
            *pool = std::move(ids.mutablePool());
        } else {
            pool->reserve(ids.size(), qsizetype(ids.pool().bytes().size()));
            for (qint32 code : ids.codes())
                pool->intern(ids.pool().view(code));
        }
        listed = ids.size();
    } else {
        customers = Table(TableKind::Customers);
    }

    if (orderKey >= 0) {
        Column &ids = transactions.column(orderKey);
        // Map each distinct id of the transactions once, then rewrite the codes (on two
        // cores: 7M order lines read a remap table of a million entries at random).
        const std::vector<qint32> remap = pool->internAll(ids.pool());
        std::vector<qint32> &codes = ids.codes();
        auto rewrite = [&](size_t from, size_t to) {
            for (size_t i = from; i < to; ++i)
                codes[i] = remap[size_t(codes[i])];
        };
        const size_t half = codes.size() / 2;
        if (half >= (1 << 20)) {
            auto other = std::async(std::launch::async, rewrite, half, codes.size());
            rewrite(0, half);
            other.get();
        } else {
            rewrite(0, codes.size());
        }
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
