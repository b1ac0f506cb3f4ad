// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentcounter.h"

#include <QAbstractTableModel>

namespace Segmenta {

class SegmentDocument;

// The segments in priority order with their live figures (customers, share, revenue share,
// profit, mean CLV, mean purchase probability), then a last row for the unassigned customers.
// Rows are dragged to change the priority (an undoable move).
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Priority, Name, Customers, CustomerShare, RevenueShare, Profit, MeanClv,
                  MeanProbability, ColumnCount };

    explicit SegmentTableModel(SegmentDocument *document, QObject *parent = nullptr);

    void setCounts(std::shared_ptr<const SegmentCounter::Counts> counts);
    // The money columns' headers name the project's currency ("Profit (¥)").
    void setCurrency(const QString &currency);
    // True for the last row (unassigned), which is not a segment.
    bool isUnassignedRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    QVariant figure(int row, int column, int role) const;

    SegmentDocument *m_document;
    std::shared_ptr<const SegmentCounter::Counts> m_counts;
    QString m_currency;
};

} // namespace Segmenta
