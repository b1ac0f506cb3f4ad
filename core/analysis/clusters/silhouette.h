// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Segmenta {

class ParallelChunks;
class TaskControl;

// Mean silhouette width (Rousseeuw 1987) of several labelings of the same points, computed
// together: each pairwise distance is computed once and credited to every labeling.
// For a point i in cluster A: a(i) = mean distance to the other members of A, b(i) = the
// smallest mean distance to the members of another cluster, s(i) = (b - a) / max(a, b);
// s(i) = 0 for a point alone in its cluster.
class Silhouette
{
public:
    // points: row-major, rows × dimensions. labelings[l][i] is the cluster (0 .. clusterCounts[l]
    // - 1) of row i. Returns one mean per labeling, or an empty vector when cancelled.
    static std::vector<double> means(const std::vector<double> &points, int dimensions,
                                     const std::vector<std::vector<qint32>> &labelings,
                                     const std::vector<int> &clusterCounts,
                                     ParallelChunks &parallel, TaskControl *control = nullptr);

    // Rows 0 .. rows - 1 when rows <= size, else a random sample of size rows without
    // replacement, determined by the seed; ascending.
    static std::vector<qint64> sample(qint64 rows, qint64 size, quint64 seed);
};

} // namespace Segmenta
