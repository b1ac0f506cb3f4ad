// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"

#include <QString>

#include <vector>

namespace Segmenta {

// A named set of equally long columns: the customers or the transactions of a project.
class Table
{
public:
    Table() = default;
    explicit Table(TableKind kind) : m_kind(kind) {}

    TableKind kind() const { return m_kind; }
    qsizetype rowCount() const { return m_columns.empty() ? 0 : m_columns.front().size(); }
    qsizetype columnCount() const { return qsizetype(m_columns.size()); }
    bool isEmpty() const { return m_columns.empty(); }

    Column &column(qsizetype i) { return m_columns[size_t(i)]; }
    const Column &column(qsizetype i) const { return m_columns[size_t(i)]; }
    std::vector<Column> &columns() { return m_columns; }
    const std::vector<Column> &columns() const { return m_columns; }

    // -1 when absent.
    qsizetype indexOf(Role role) const;
    qsizetype indexOf(const QString &name) const;
    const Column *find(Role role) const;
    const Column *find(const QString &name) const;

    Column &addColumn(Column column);
    void compact(const std::vector<char> &keep);

private:
    TableKind m_kind = TableKind::Transactions;
    std::vector<Column> m_columns;
};

} // namespace Segmenta
