// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Segmenta {

// What a HeatmapWidget shows: a grid of cells, each with its customers, the mean of one or
// more per-customer values over them (the first one colours the cell) and a tooltip, plus the
// cell of every customer so that a click can list the customers behind a cell.
class HeatmapData
{
public:
    struct Cell
    {
        qint64 count = 0;
        std::vector<double> means; // NaN when the cell is empty
        QString toolTip;
    };

    using CellOf = std::function<int(qsizetype customer)>;  // row * columns + column, or -1
    using Value = std::function<double(qsizetype customer)>; // NaN values are left out

    // Counts the customers of every cell and averages each of values over them.
    static HeatmapData aggregate(QStringList rowLabels, QStringList columnLabels,
                                 qsizetype customers, const CellOf &cellOf,
                                 const std::vector<Value> &values);

    int rows() const { return int(rowLabels.size()); }
    int columns() const { return int(columnLabels.size()); }
    bool isEmpty() const { return cells.empty(); }
    const Cell &cell(int row, int column) const { return cells[size_t(row * columns() + column)]; }
    Cell &cell(int row, int column) { return cells[size_t(row * columns() + column)]; }
    qint64 totalCount() const;
    // Row numbers of the customers in a cell, in customer order.
    std::vector<qint32> customersIn(int row, int column) const;

    QString title;
    QString rowTitle;    // drawn vertically left of the row labels
    QString columnTitle; // drawn below the column labels
    QString legendTitle; // what the colour means
    QStringList rowLabels;    // top to bottom
    QStringList columnLabels; // left to right
    int decimals = 0;         // of the colouring mean in cells and legend
    std::vector<Cell> cells;  // row major
    std::vector<qint32> cellOfCustomer;
};

} // namespace Segmenta
