// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/table.h"

namespace Segmenta {

qsizetype Table::indexOf(Role role) const
{
    if (role == Role::None)
        return -1;
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].role() == role)
            return qsizetype(i);
    return -1;
}

qsizetype Table::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name)
            return qsizetype(i);
    return -1;
}

const Column *Table::find(Role role) const
{
    const qsizetype i = indexOf(role);
    return i < 0 ? nullptr : &m_columns[size_t(i)];
}

const Column *Table::find(const QString &name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? nullptr : &m_columns[size_t(i)];
}

Column &Table::addColumn(Column column)
{
    m_columns.push_back(std::move(column));
    return m_columns.back();
}

void Table::compact(const std::vector<char> &keep)
{
    for (Column &c : m_columns)
        c.compact(keep);
}

} // namespace Segmenta
