// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/migrationmatrix.h"

#include <QAbstractTableModel>

#include <optional>

namespace Segmenta {

// A migration matrix as a table that reads like a heatmap: each cell coloured by its share of
// its row (where the row's customers went), a Total column and a Total row; the "unassigned"
// or "unranked" category, "new" and "gone" in the user's language.
class MigrationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit MigrationTableModel(QObject *parent = nullptr);

    void setMatrix(std::optional<MigrationMatrix> matrix);
    const MigrationMatrix *matrix() const { return m_matrix ? &*m_matrix : nullptr; }

    // Sum of a row (or column) of the matrix, as the Total column (row) shows it.
    qint64 rowTotal(int row) const;
    qint64 columnTotal(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString rowName(int row) const;
    QString columnName(int column) const;
    QString categoryName(const QString &name, qsizetype index, qsizetype last) const;
    qint64 value(int row, int column) const;

    std::optional<MigrationMatrix> m_matrix;
};

} // namespace Segmenta
