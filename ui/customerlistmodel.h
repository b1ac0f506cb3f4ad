// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace Segmenta {

class CustomerFields;

// Some customers (row numbers into the customer table) with every field a rule can name:
// the computed measures first (tier, RFM, CLV, ...), then the imported columns. Cells are
// formatted on demand from the columns; nothing is copied. Used wherever a chart or a table
// shows "the customers behind" a bar, a cell or a segment.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CustomerListModel(QObject *parent = nullptr);

    // fields must stay alive as long as the model shows them (shared, so it does).
    void setCustomers(std::shared_ptr<const CustomerFields> fields, std::vector<qint32> rows);
    const std::vector<qint32> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    std::shared_ptr<const CustomerFields> m_fields;
    std::vector<qint32> m_rows;
    std::vector<int> m_columns; // field indexes, in display order
};

} // namespace Segmenta
