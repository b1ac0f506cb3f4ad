// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/adjustedrandindex.h"

#include <QHash>

#include <algorithm>

namespace Segmenta {

namespace {

double pairs(double n)
{
    return n * (n - 1.0) / 2.0;
}

} // namespace

double AdjustedRandIndex::of(const std::vector<qint32> &a, const std::vector<qint32> &b)
{
    const size_t n = std::min(a.size(), b.size());
    QHash<quint64, qint64> cells;
    QHash<qint32, qint64> rowsA;
    QHash<qint32, qint64> rowsB;
    double used = 0;
    for (size_t i = 0; i < n; ++i) {
        if (a[i] < 0 || b[i] < 0)
            continue;
        ++cells[(quint64(quint32(a[i])) << 32) | quint32(b[i])];
        ++rowsA[a[i]];
        ++rowsB[b[i]];
        used += 1;
    }
    double index = 0;
    for (qint64 c : std::as_const(cells))
        index += pairs(double(c));
    double sumA = 0;
    for (qint64 c : std::as_const(rowsA))
        sumA += pairs(double(c));
    double sumB = 0;
    for (qint64 c : std::as_const(rowsB))
        sumB += pairs(double(c));
    const double total = pairs(used);
    if (total <= 0)
        return 1.0;
    const double expected = sumA * sumB / total;
    const double maximum = (sumA + sumB) / 2.0;
    // Both partitions put every row in one cluster (or every row alone): they agree exactly.
    if (maximum == expected)
        return 1.0;
    return (index - expected) / (maximum - expected);
}

} // namespace Segmenta
