// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/table.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace Segmenta {

class Dataset;

// A read-only view of one table's columns. Cells are formatted on demand from the column
// vectors: nothing is copied into items, so a million rows scroll like a thousand.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ColumnTableModel(QObject *parent = nullptr);

    void setTable(std::shared_ptr<const Dataset> dataset, TableKind kind);
    // Shows only these rows, in this order (a filter's and a sort's result); null: all rows
    // in file order.
    void setRows(std::shared_ptr<const std::vector<qint32>> rows);
    std::shared_ptr<const std::vector<qint32>> rows() const { return m_rows; }
    const Table *table() const;

    // Rows are handed to the view in chunks as it scrolls (as DB Browser for SQLite does): a
    // QHeaderView keeps one entry per row, and creating 7M of them at once froze the window
    // for half a second. The total is rowTotal().
    qsizetype rowTotal() const;
    void setFetchChunk(int rows) { m_chunk = rows; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    qsizetype sourceRow(int row) const { return m_rows ? (*m_rows)[size_t(row)] : row; }

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const std::vector<qint32>> m_rows;
    int m_chunk = 200000;
    qsizetype m_shown = 0; // rows handed to the view so far
    TableKind m_kind = TableKind::Customers;
};

} // namespace Segmenta
