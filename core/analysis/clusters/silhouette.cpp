// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/silhouette.h"

#include "base/parallelchunks.h"
#include "base/seededrandom.h"
#include "base/taskcontrol.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Segmenta {

namespace {

// Points per parallel work item: each costs a pass over all the points.
constexpr qsizetype kChunk = 64;
// Chunks per thread between two looks at cancellation and progress.
constexpr qsizetype kChunksPerThreadPerBatch = 16;

// The sample's points and every labeling's clusters, laid out for the pairwise pass.
struct SilhouetteWork
{
    const std::vector<double> &points;
    int dimensions;
    qsizetype m; // points
    const std::vector<std::vector<qint32>> &labelings;
    const std::vector<int> &clusterCounts;
    std::vector<size_t> offset;  // of each labeling's clusters in one per-point sum array
    std::vector<qint64> sizes;   // of every cluster, at its offset
    std::vector<qint32> packed;  // per point, its cluster's offset in every labeling

    SilhouetteWork(const std::vector<double> &points, int dimensions, qsizetype m,
                   const std::vector<std::vector<qint32>> &labelings,
                   const std::vector<int> &clusterCounts)
        : points(points), dimensions(dimensions), m(m), labelings(labelings),
          clusterCounts(clusterCounts)
    {
        const size_t labelingCount = labelings.size();
        offset.assign(labelingCount + 1, 0);
        for (size_t l = 0; l < labelingCount; ++l)
            offset[l + 1] = offset[l] + size_t(clusterCounts[l]);
        sizes.assign(offset.back(), 0);
        for (size_t l = 0; l < labelingCount; ++l) {
            for (qsizetype i = 0; i < m; ++i)
                ++sizes[offset[l] + size_t(labelings[l][size_t(i)])];
        }
        // One stream of small integers for the inner loop instead of one per labeling.
        packed.resize(size_t(m) * labelingCount);
        for (qsizetype j = 0; j < m; ++j) {
            for (size_t l = 0; l < labelingCount; ++l)
                packed[size_t(j) * labelingCount + l] = qint32(offset[l]) + labelings[l][size_t(j)];
        }
    }

    // Adds point i's silhouette in every labeling to `out`, from its summed distances to each
    // cluster (`sums`).
    void addSilhouettes(qsizetype i, const std::vector<double> &sums, double *out) const
    {
        for (size_t l = 0; l < labelings.size(); ++l) {
            const qint32 own = labelings[l][size_t(i)];
            const qint64 ownSize = sizes[offset[l] + size_t(own)];
            if (ownSize <= 1)
                continue; // s(i) = 0
            const double a = sums[offset[l] + size_t(own)] / double(ownSize - 1);
            double b = std::numeric_limits<double>::infinity();
            for (int c = 0; c < clusterCounts[l]; ++c) {
                const qint64 size = sizes[offset[l] + size_t(c)];
                if (c != own && size > 0)
                    b = std::min(b, sums[offset[l] + size_t(c)] / double(size));
            }
            const double denominator = std::max(a, b);
            if (std::isfinite(b) && denominator > 0)
                out[l] += (b - a) / denominator;
        }
    }

    // The silhouettes of the chunk's points summed per labeling into `out`.
    void accumulate(qsizetype chunk, double *out) const
    {
        const size_t labelingCount = labelings.size();
        std::vector<double> distance(static_cast<size_t>(m));
        std::vector<double> sums(offset.back());
        const qsizetype end = std::min(m, (chunk + 1) * kChunk);
        for (qsizetype i = chunk * kChunk; i < end; ++i) {
            const double *a = points.data() + i * dimensions;
            for (qsizetype j = 0; j < m; ++j) {
                const double *b = points.data() + j * dimensions;
                double s = 0;
                for (int d = 0; d < dimensions; ++d) {
                    const double t = a[d] - b[d];
                    s += t * t;
                }
                distance[size_t(j)] = s;
            }
            for (qsizetype j = 0; j < m; ++j) // vectorizes
                distance[size_t(j)] = std::sqrt(distance[size_t(j)]);
            std::fill(sums.begin(), sums.end(), 0.0);
            const qint32 *cluster = packed.data();
            for (qsizetype j = 0; j < m; ++j, cluster += labelingCount) {
                const double dj = distance[size_t(j)];
                for (size_t l = 0; l < labelingCount; ++l)
                    sums[size_t(cluster[l])] += dj;
            }
            addSilhouettes(i, sums, out);
        }
    }
};

} // namespace

std::vector<double> Silhouette::means(const std::vector<double> &points, int dimensions,
                                      const std::vector<std::vector<qint32>> &labelings,
                                      const std::vector<int> &clusterCounts,
                                      ParallelChunks &parallel, TaskControl *control)
{
    const qsizetype m = dimensions > 0 ? qsizetype(points.size()) / dimensions : 0;
    const size_t labelingCount = labelings.size();
    if (m == 0 || labelingCount == 0)
        return std::vector<double>(labelingCount, 0.0);

    const SilhouetteWork work(points, dimensions, m, labelings, clusterCounts);
    const qsizetype chunks = (m + kChunk - 1) / kChunk;
    std::vector<double> chunkSums(size_t(chunks) * labelingCount, 0.0);
    // Batches of chunks, so that cancellation and progress are handled on the calling thread.
    const qsizetype batch = kChunksPerThreadPerBatch * qsizetype(parallel.threads());
    for (qsizetype first = 0; first < chunks; first += batch) {
        if (control && control->isCancelled())
            return {};
        if (control)
            control->reportProgress(double(first) / double(chunks));
        const qsizetype count = std::min(batch, chunks - first);
        parallel.run(count, [&](qsizetype index) {
            const qsizetype chunk = first + index;
            work.accumulate(chunk, chunkSums.data() + size_t(chunk) * labelingCount);
        });
    }
    std::vector<double> result(labelingCount, 0.0);
    for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
        for (size_t l = 0; l < labelingCount; ++l)
            result[l] += chunkSums[size_t(chunk) * labelingCount + l];
    }
    for (double &r : result)
        r /= double(m);
    return result;
}

std::vector<qint64> Silhouette::sample(qint64 rows, qint64 size, quint64 seed)
{
    std::vector<qint64> chosen;
    if (rows <= size || size <= 0) {
        chosen.resize(size_t(std::max<qint64>(rows, 0)));
        std::iota(chosen.begin(), chosen.end(), qint64(0));
        return chosen;
    }
    // Partial Fisher-Yates shuffle of 0 .. rows - 1.
    std::vector<qint64> index(static_cast<size_t>(rows));
    std::iota(index.begin(), index.end(), qint64(0));
    SeededRandom random(seed, 0x5111u);
    for (qint64 i = 0; i < size; ++i) {
        const qint64 j = i + qint64(random.below(quint64(rows - i)));
        std::swap(index[size_t(i)], index[size_t(j)]);
    }
    chosen.assign(index.begin(), index.begin() + size);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace Segmenta
