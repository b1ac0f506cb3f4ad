// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerlistmodel.h"

#include "segments/rules/customerfields.h"
#include "data/query/roworder.h"

#include <QLocale>

#include <cmath>
#include <unordered_set>

namespace Segmenta {

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomerListModel::setCustomers(std::shared_ptr<const CustomerFields> fields,
                                     std::vector<qint32> rows)
{
    beginResetModel();
    m_fields = std::move(fields);
    m_rows = std::move(rows);
    m_columns.clear();
    if (m_fields) {
        const auto &all = m_fields->fields();
        // Imported id and name columns first, so a person can be recognised; then the
        // computed measures; then the other imported columns.
        // A column with a role is also a field under the role's canonical name ("customer"
        // beside 客户编号): it is shown once.
        std::vector<int> imported;
        std::unordered_set<const Column *> listed;
        for (int i = 0; i < int(all.size()); ++i) {
            if (all[size_t(i)].computed || !listed.insert(all[size_t(i)].column).second)
                continue;
            const Role role = all[size_t(i)].column->role();
            if (role == Role::Customer || role == Role::Name)
                m_columns.push_back(i);
            else
                imported.push_back(i);
        }
        for (int i = 0; i < int(all.size()); ++i)
            if (all[size_t(i)].computed)
                m_columns.push_back(i);
        m_columns.insert(m_columns.end(), imported.begin(), imported.end());
    }
    endResetModel();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_fields)
        return {};
    const Column &c = *m_fields->fields()[size_t(m_columns[size_t(index.column())])].column;
    const qsizetype row = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return c.type() == ColumnType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole || c.isMissing(row))
        return {};
    if (c.type() == ColumnType::Number) {
        const double v = c.number(row);
        const bool whole = v == std::floor(v) && std::abs(v) < 1e15;
        return QLocale().toString(v, 'f', whole ? 0 : (std::abs(v) < 1 ? 3 : 2));
    }
    if (c.type() == ColumnType::Date && !c.hasTime())
        return QLocale().toString(c.date(row), QLocale::ShortFormat);
    return c.displayText(row);
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_fields)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_fields->fields()[size_t(m_columns[size_t(section)])].name;
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (!m_fields || column < 0 || column >= int(m_columns.size()))
        return;
    const Column &c = *m_fields->fields()[size_t(m_columns[size_t(column)])].column;
    beginResetModel();
    m_rows = RowOrder::sorted(c, order == Qt::AscendingOrder, &m_rows);
    endResetModel();
}

} // namespace Segmenta
