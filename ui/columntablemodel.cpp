// SPDX-License-Identifier: GPL-3.0-or-later
#include "columntablemodel.h"

#include "data/dataset.h"
#include "rolenames.h"

#include <QLocale>

namespace Segmenta {

ColumnTableModel::ColumnTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ColumnTableModel::setTable(std::shared_ptr<const Dataset> dataset, TableKind kind)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_kind = kind;
    m_rows.reset();
    m_shown = std::min<qsizetype>(rowTotal(), m_chunk);
    endResetModel();
}

void ColumnTableModel::setRows(std::shared_ptr<const std::vector<qint32>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_shown = std::min<qsizetype>(rowTotal(), m_chunk);
    endResetModel();
}

qsizetype ColumnTableModel::rowTotal() const
{
    const Table *t = table();
    return !t ? 0 : m_rows ? qsizetype(m_rows->size()) : t->rowCount();
}

bool ColumnTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < rowTotal();
}

void ColumnTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qsizetype more = std::min<qsizetype>(rowTotal(), m_shown + m_chunk);
    beginInsertRows(QModelIndex(), int(m_shown), int(more - 1));
    m_shown = more;
    endInsertRows();
}

const Table *ColumnTableModel::table() const
{
    if (!m_dataset)
        return nullptr;
    return m_kind == TableKind::Customers ? &m_dataset->customers : &m_dataset->transactions;
}

int ColumnTableModel::rowCount(const QModelIndex &parent) const
{
    const Table *t = table();
    return parent.isValid() || !t ? 0 : int(m_shown);
}

int ColumnTableModel::columnCount(const QModelIndex &parent) const
{
    const Table *t = table();
    return parent.isValid() || !t ? 0 : int(t->columnCount());
}

QVariant ColumnTableModel::data(const QModelIndex &index, int role) const
{
    const Table *t = table();
    if (!t || !index.isValid())
        return {};
    const Column &c = t->column(index.column());
    const qsizetype row = sourceRow(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        if (c.isMissing(row))
            return {};
        if (c.type() == ColumnType::Number)
            return QLocale().toString(c.number(row), 'f',
                                      c.number(row) == std::floor(c.number(row)) ? 0 : 2);
        if (c.type() == ColumnType::Date && !c.hasTime())
            return QLocale().toString(c.date(row), QLocale::ShortFormat);
        return c.displayText(row);
    }
    case Qt::TextAlignmentRole:
        return c.type() == ColumnType::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Table *t = table();
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !t)
        return {};
    if (orientation == Qt::Vertical)
        return qlonglong(sourceRow(section) + 1); // the row's number in the file, kept when sorted
    const Column &c = t->column(section);
    if (role == Qt::ToolTipRole || c.role() == Role::None)
        return c.name();
    // A header that already names its role (客户编号 is the customer id in Chinese) is shown once.
    const QString roleName = RoleNames::displayName(c.role());
    if (c.name().compare(roleName, Qt::CaseInsensitive) == 0)
        return c.name();
    return QStringLiteral("%1 (%2)").arg(c.name(), roleName);
}

} // namespace Segmenta
