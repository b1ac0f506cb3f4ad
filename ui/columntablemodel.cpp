#include "columntablemodel.h"

#include "dataset.h"
#include "rolenames.h"

#include <QLocale>

namespace Segmenta {

ColumnTableModel::ColumnTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ColumnTableModel::setTable(std::shared_ptr<const Dataset> dataset, TableKind kind)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_kind = kind;
    endResetModel();
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
    return parent.isValid() || !t ? 0 : int(t->rowCount());
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
    switch (role) {
    case Qt::DisplayRole: {
        if (c.isMissing(index.row()))
            return {};
        if (c.type() == ColumnType::Number)
            return QLocale().toString(c.number(index.row()), 'f',
                                      c.number(index.row()) == std::floor(c.number(index.row())) ? 0 : 2);
        if (c.type() == ColumnType::Date && !c.hasTime())
            return QLocale().toString(c.date(index.row()), QLocale::ShortFormat);
        return c.displayText(index.row());
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
        return section + 1;
    const Column &c = t->column(section);
    if (role == Qt::ToolTipRole || c.role() == Role::None)
        return c.name();
    return QStringLiteral("%1 (%2)").arg(c.name(), RoleNames::displayName(c.role()));
}

} // namespace Segmenta
