#pragma once

#include "table.h"

#include <QAbstractTableModel>

#include <memory>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Table *table() const;

    std::shared_ptr<const Dataset> m_dataset;
    TableKind m_kind = TableKind::Customers;
};

} // namespace Segmenta
