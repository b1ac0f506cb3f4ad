// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationtablemodel.h"

#include "data/valuetier.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace Segmenta {

MigrationTableModel::MigrationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MigrationTableModel::setMatrix(std::optional<MigrationMatrix> matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

int MigrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_matrix ? 0 : int(m_matrix->rows.size()) + 1; // + Total
}

int MigrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_matrix ? 0 : int(m_matrix->columns.size()) + 1;
}

qint64 MigrationTableModel::rowTotal(int row) const
{
    qint64 sum = 0;
    for (qsizetype c = 0; c < m_matrix->columns.size(); ++c)
        sum += m_matrix->at(row, c);
    return sum;
}

qint64 MigrationTableModel::columnTotal(int column) const
{
    qint64 sum = 0;
    for (qsizetype r = 0; r < m_matrix->rows.size(); ++r)
        sum += m_matrix->at(r, column);
    return sum;
}

// A cell of the table, the totals included.
qint64 MigrationTableModel::value(int row, int column) const
{
    const int rows = int(m_matrix->rows.size());
    const int columns = int(m_matrix->columns.size());
    if (row < rows && column < columns)
        return m_matrix->at(row, column);
    if (row < rows)
        return rowTotal(row);
    if (column < columns)
        return columnTotal(column);
    qint64 all = 0;
    for (int r = 0; r < rows; ++r)
        all += rowTotal(r);
    return all;
}

QString MigrationTableModel::categoryName(const QString &name, qsizetype index,
                                          qsizetype last) const
{
    // The last category of a snapshot is "unassigned" or "unranked"; tiers have titles.
    if (index == last - 1)
        return m_matrix->by == MigrationMatrix::By::Segment ? tr("Unassigned") : tr("Not ranked");
    ValueTier tier;
    if (m_matrix->by == MigrationMatrix::By::Tier && valueTierFromName(name, tier))
        return QCoreApplication::translate("Segmenta::Analysis", valueTierTitle(tier));
    return name;
}

QString MigrationTableModel::rowName(int row) const
{
    if (row == int(m_matrix->rows.size()))
        return tr("Total");
    if (row == int(m_matrix->newRow()))
        return tr("New since");
    return categoryName(m_matrix->rows[row], row, m_matrix->newRow());
}

QString MigrationTableModel::columnName(int column) const
{
    if (column == int(m_matrix->columns.size()))
        return tr("Total");
    if (column == int(m_matrix->goneColumn()))
        return tr("Gone since");
    return categoryName(m_matrix->columns[column], column, m_matrix->goneColumn());
}

QVariant MigrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_matrix || !index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool isTotal = row == int(m_matrix->rows.size()) || column == int(m_matrix->columns.size());
    const qint64 n = value(row, column);
    const qint64 ofRow = value(row, int(m_matrix->columns.size()));
    const double share = ofRow > 0 ? double(n) / double(ofRow) : 0;
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(n);
    case Qt::UserRole:
        return n;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        if (isTotal || n == 0)
            return {};
        // Stayed on the diagonal in green, moved in blue; deeper for a larger share of the row.
        const bool stayed = row < int(m_matrix->newRow()) && column < int(m_matrix->goneColumn())
                            && m_matrix->rows[row].compare(m_matrix->columns[column],
                                                           Qt::CaseInsensitive) == 0;
        QColor colour = stayed ? QColor(0x2e, 0x7d, 0x32) : QColor(0x15, 0x65, 0xc0);
        colour.setAlphaF(float(0.12 + 0.75 * share));
        return QBrush(colour);
    }
    case Qt::ForegroundRole:
        if (!isTotal && n > 0 && share > 0.55)
            return QBrush(Qt::white);
        return {};
    case Qt::ToolTipRole:
        if (isTotal)
            return {};
        return tr("%1 → %2: %L3 customers, %4 % of the row")
            .arg(rowName(row), columnName(column))
            .arg(n)
            .arg(QLocale().toString(share * 100, 'f', 1));
    default:
        return {};
    }
}

QVariant MigrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_matrix || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return orientation == Qt::Horizontal ? columnName(section) : rowName(section);
}

} // namespace Segmenta
