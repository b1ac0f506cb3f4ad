// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapdata.h"

#include <cmath>
#include <limits>

namespace Segmenta {

HeatmapData HeatmapData::aggregate(QStringList rowLabels, QStringList columnLabels,
                                   qsizetype customers, const CellOf &cellOf,
                                   const std::vector<Value> &values)
{
    HeatmapData data;
    data.rowLabels = std::move(rowLabels);
    data.columnLabels = std::move(columnLabels);
    const size_t cellCount = size_t(data.rows() * data.columns());
    data.cells.resize(cellCount);
    data.cellOfCustomer.assign(size_t(customers), -1);
    // Sums and counts per value: a value may be missing for some customers of a cell.
    std::vector<double> sums(cellCount * values.size(), 0.0);
    std::vector<qint64> counted(cellCount * values.size(), 0);
    for (qsizetype i = 0; i < customers; ++i) {
        const int c = cellOf(i);
        if (c < 0 || size_t(c) >= cellCount)
            continue;
        data.cellOfCustomer[size_t(i)] = c;
        ++data.cells[size_t(c)].count;
        for (size_t v = 0; v < values.size(); ++v) {
            const double x = values[v](i);
            if (std::isfinite(x)) {
                sums[size_t(c) * values.size() + v] += x;
                ++counted[size_t(c) * values.size() + v];
            }
        }
    }
    for (size_t c = 0; c < cellCount; ++c) {
        Cell &cell = data.cells[c];
        cell.means.resize(values.size());
        for (size_t v = 0; v < values.size(); ++v) {
            const qint64 n = counted[c * values.size() + v];
            cell.means[v] = n > 0 ? sums[c * values.size() + v] / double(n)
                                  : std::numeric_limits<double>::quiet_NaN();
        }
    }
    return data;
}

qint64 HeatmapData::totalCount() const
{
    qint64 n = 0;
    for (const Cell &c : cells)
        n += c.count;
    return n;
}

std::vector<qint32> HeatmapData::customersIn(int row, int column) const
{
    const qint32 wanted = qint32(row * columns() + column);
    std::vector<qint32> rows;
    for (size_t i = 0; i < cellOfCustomer.size(); ++i)
        if (cellOfCustomer[i] == wanted)
            rows.push_back(qint32(i));
    return rows;
}

} // namespace Segmenta
