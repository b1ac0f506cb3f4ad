// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/kmeanslloyd.h"

#include "base/parallelchunks.h"
#include "base/prefetch.h"
#include "base/seededrandom.h"
#include "base/taskcontrol.h"

#include <cmath>
#include <limits>
#include <numeric>
#include <type_traits>

namespace Segmenta {

namespace {

inline double squaredDistance(const double *a, const double *b, int d)
{
    double s = 0;
    for (int f = 0; f < d; ++f) {
        const double t = a[f] - b[f];
        s += t * t;
    }
    return s;
}

// Calls f with std::integral_constant<int, d> for 1 <= d <= 8 (loops the compiler unrolls),
// with 0 (the run-time dimension) otherwise.
template<typename Function>
void withDimension(int d, Function &&f)
{
    switch (d) {
    case 1: return f(std::integral_constant<int, 1>());
    case 2: return f(std::integral_constant<int, 2>());
    case 3: return f(std::integral_constant<int, 3>());
    case 4: return f(std::integral_constant<int, 4>());
    case 5: return f(std::integral_constant<int, 5>());
    case 6: return f(std::integral_constant<int, 6>());
    case 7: return f(std::integral_constant<int, 7>());
    case 8: return f(std::integral_constant<int, 8>());
    default: return f(std::integral_constant<int, 0>());
    }
}

template<int D>
inline double distance2(const double *a, const double *b, int d)
{
    if constexpr (D > 0) {
        double s = 0;
        for (int f = 0; f < D; ++f) {
            const double t = a[f] - b[f];
            s += t * t;
        }
        return s;
    } else {
        return squaredDistance(a, b, d);
    }
}

// The nearest and second nearest centre of x.
template<int D>
inline void nearestTwo(const AssignState &s, const double *x, int &best, double &bestDistance,
                       double &second)
{
    const int d = D > 0 ? D : s.dimensions;
    best = 0;
    bestDistance = std::numeric_limits<double>::infinity();
    second = std::numeric_limits<double>::infinity();
    for (int j = 0; j < s.k; ++j) {
        const double v = distance2<D>(x, s.centres + size_t(j) * size_t(d), d);
        if (v < bestDistance) {
            second = bestDistance;
            bestDistance = v;
            best = j;
        } else if (v < second) {
            second = v;
        }
    }
}

template<int D>
void assignAllChunk(const AssignState &s, qsizetype chunk, qsizetype begin, qsizetype end)
{
    const int d = D > 0 ? D : s.dimensions;
    double *sums = s.chunkSums + size_t(chunk) * size_t(s.k) * size_t(d);
    qint64 *counts = s.chunkCounts + size_t(chunk) * size_t(s.k);
    std::fill(sums, sums + size_t(s.k) * size_t(d), 0.0);
    std::fill(counts, counts + s.k, 0);
    for (qsizetype i = begin; i < end; ++i) {
        const double *x = s.points + size_t(i) * size_t(d);
        int best;
        double bestDistance, second;
        nearestTwo<D>(s, x, best, bestDistance, second);
        s.labels[i] = best;
        s.upper[i] = std::sqrt(bestDistance) - s.drift[best];
        s.lower[i] = std::sqrt(second) + s.maxDrift;
        ++counts[best];
        for (int f = 0; f < d; ++f)
            sums[size_t(best) * size_t(d) + size_t(f)] += x[f];
    }
}

// Hamerly's step: after the centres moved, the bounds loosen by the moves; only points whose
// upper bound exceeds both their lower bound and half the gap to their centre's nearest
// neighbour are looked at again. Bounds are stored relative to the centres' cumulative drift
// (upper - drift[centre], lower + maxDrift), so that a point that is skipped costs three
// reads and no write.
template<int D>
qint64 assignBoundedChunk(const AssignState &s, qsizetype chunk, qsizetype begin, qsizetype end)
{
    const int d = D > 0 ? D : s.dimensions;
    double *sums = s.chunkSums + size_t(chunk) * size_t(s.k) * size_t(d);
    qint64 *counts = s.chunkCounts + size_t(chunk) * size_t(s.k);
    qint64 changes = 0;
    // First the bounds of a block of points (read in sequence), prefetching the coordinates of
    // the few that must be looked at; then those points, whose reads now overlap instead of
    // waiting one after the other.
    constexpr qsizetype kBlock = 256;
    qsizetype pending[kBlock];
    for (qsizetype first = begin; first < end; first += kBlock) {
        const qsizetype last = std::min(end, first + kBlock);
        int count = 0;
        for (qsizetype i = first; i < last; ++i) {
            const int a = s.labels[i];
            if (s.upper[i] + s.drift[a] > std::max(s.half[a], s.lower[i] - s.maxDrift)) {
                pending[count++] = i;
                prefetchRead(s.points + size_t(i) * size_t(d));
                prefetchRead(s.points + size_t(i) * size_t(d) + (d - 1));
            }
        }
        for (int p = 0; p < count; ++p) {
            const qsizetype i = pending[p];
            const int a = s.labels[i];
            const double bound = std::max(s.half[a], s.lower[i] - s.maxDrift);
            const double *x = s.points + size_t(i) * size_t(d);
            const double exact = std::sqrt(distance2<D>(x, s.centres + size_t(a) * size_t(d), d));
            if (exact <= bound) {
                s.upper[i] = exact - s.drift[a];
                continue;
            }
            int best;
            double bestDistance, second;
            nearestTwo<D>(s, x, best, bestDistance, second);
            if (best != a) {
                for (int f = 0; f < d; ++f) {
                    sums[size_t(a) * size_t(d) + size_t(f)] -= x[f];
                    sums[size_t(best) * size_t(d) + size_t(f)] += x[f];
                }
                --counts[a];
                ++counts[best];
                s.labels[i] = best;
                ++changes;
            }
            s.upper[i] = std::sqrt(bestDistance) - s.drift[best];
            s.lower[i] = std::sqrt(second) + s.maxDrift;
        }
    }
    return changes;
}
} // namespace

KMeansLloyd::KMeansLloyd(const KMeansPoints &points, ParallelChunks &parallel)
    : m_points(points), m_parallel(parallel)
{}

std::vector<double> KMeansLloyd::seed(int kMax, SeededRandom &random)
{
    const KMeansPoints &p = m_points;
    const int d = p.dimensions;
    std::vector<double> chosen;
    if (p.rows == 0 || kMax <= 0)
        return chosen;
    std::vector<double> nearest(static_cast<size_t>(p.rows));
    std::vector<double> chunkTotals(size_t(p.chunks), 0.0);
    auto add = [&](qsizetype row, bool first) {
        chosen.insert(chosen.end(), p.row(row), p.row(row) + d);
        const std::vector<double> centre(p.row(row), p.row(row) + d);
        m_parallel.run(p.chunks, [&](qsizetype chunk) {
            double total = 0;
            for (qsizetype i = p.begin(chunk); i < p.end(chunk); ++i) {
                double v = squaredDistance(p.row(i), centre.data(), d);
                if (!first)
                    v = std::min(v, nearest[size_t(i)]);
                nearest[size_t(i)] = v;
                total += v;
            }
            chunkTotals[size_t(chunk)] = total;
        });
    };
    add(qsizetype(random.below(quint64(p.rows))), true);
    while (int(chosen.size()) / d < kMax) {
        // Draw a row with probability proportional to its squared distance to the nearest
        // centre so far: first the chunk, then the row within it.
        const double total = std::accumulate(chunkTotals.begin(), chunkTotals.end(), 0.0);
        if (!(total > 0))
            break; // every row coincides with a centre: no more distinct centres
        double target = random.uniform() * total;
        qsizetype chunk = -1;
        qsizetype lastChunk = -1;
        for (qsizetype c = 0; c < p.chunks; ++c) {
            if (!(chunkTotals[size_t(c)] > 0))
                continue;
            lastChunk = c;
            if (target < chunkTotals[size_t(c)]) {
                chunk = c;
                break;
            }
            target -= chunkTotals[size_t(c)];
        }
        if (chunk < 0) { // rounding ran past the end
            chunk = lastChunk;
            target = std::numeric_limits<double>::infinity();
        }
        qsizetype pick = -1;
        qsizetype lastRow = -1;
        for (qsizetype i = p.begin(chunk); i < p.end(chunk); ++i) {
            if (!(nearest[size_t(i)] > 0))
                continue;
            lastRow = i;
            if (target < nearest[size_t(i)]) {
                pick = i;
                break;
            }
            target -= nearest[size_t(i)];
        }
        add(pick >= 0 ? pick : lastRow, false);
    }
    return chosen;
}

bool KMeansLloyd::run(const double *initialCentres, int k, int maxIterations,
                      TaskControl *control)
{
    const KMeansPoints &p = m_points;
    const int d = p.dimensions;
    m_k = k;
    centres.assign(initialCentres, initialCentres + size_t(k) * size_t(d));
    labels.assign(size_t(p.rows), 0);
    m_upper.assign(size_t(p.rows), 0.0);
    m_lower.assign(size_t(p.rows), 0.0);
    m_chunkSums.assign(size_t(p.chunks) * size_t(k) * size_t(d), 0.0);
    m_chunkCounts.assign(size_t(p.chunks) * size_t(k), 0);
    m_chunkChanges.assign(size_t(p.chunks), 0);
    m_drift.assign(size_t(k), 0.0);
    m_maxDrift = 0;
    m_half.assign(size_t(k), 0.0);

    assignAll();
    iterations = 1;
    qint64 changes = p.rows;
    converged = false;
    for (;;) {
        const bool reseeded = updateCentres();
        if (!reseeded && changes == 0) {
            converged = true;
            break;
        }
        if (iterations >= maxIterations)
            break;
        if (control && control->isCancelled())
            return false;
        changes = assignBounded();
        ++iterations;
    }
    withinSS = computeWithinSS();
    return true;
}

void KMeansLloyd::assignAll()
{
    const KMeansPoints &p = m_points;
    const AssignState state = assignState();
    withDimension(p.dimensions, [&](auto dimension) {
        constexpr int D = decltype(dimension)::value;
        m_parallel.run(p.chunks, [&](qsizetype chunk) {
            assignAllChunk<D>(state, chunk, p.begin(chunk), p.end(chunk));
        });
    });
}

qint64 KMeansLloyd::assignBounded()
{
    const KMeansPoints &p = m_points;
    const AssignState state = assignState();
    withDimension(p.dimensions, [&](auto dimension) {
        constexpr int D = decltype(dimension)::value;
        m_parallel.run(p.chunks, [&](qsizetype chunk) {
            m_chunkChanges[size_t(chunk)] =
                assignBoundedChunk<D>(state, chunk, p.begin(chunk), p.end(chunk));
        });
    });
    return std::accumulate(m_chunkChanges.begin(), m_chunkChanges.end(), qint64(0));
}

AssignState KMeansLloyd::assignState()
{
    AssignState s;
    s.points = m_points.data;
    s.dimensions = m_points.dimensions;
    s.k = m_k;
    s.centres = centres.data();
    s.labels = labels.data();
    s.upper = m_upper.data();
    s.lower = m_lower.data();
    s.chunkSums = m_chunkSums.data();
    s.chunkCounts = m_chunkCounts.data();
    s.drift = m_drift.data();
    s.half = m_half.data();
    s.maxDrift = m_maxDrift;
    return s;
}

bool KMeansLloyd::updateCentres()
{
    const KMeansPoints &p = m_points;
    const int d = p.dimensions;
    const int k = m_k;
    std::vector<double> sums(size_t(k) * size_t(d), 0.0);
    std::vector<qint64> counts(size_t(k), 0);
    for (qsizetype chunk = 0; chunk < p.chunks; ++chunk) {
        const double *s = m_chunkSums.data() + size_t(chunk) * size_t(k) * size_t(d);
        const qint64 *c = m_chunkCounts.data() + size_t(chunk) * size_t(k);
        for (size_t j = 0; j < sums.size(); ++j)
            sums[j] += s[j];
        for (int j = 0; j < k; ++j)
            counts[size_t(j)] += c[j];
    }
    const std::vector<double> old = centres;
    std::vector<int> empty;
    for (int j = 0; j < k; ++j) {
        if (counts[size_t(j)] == 0) {
            empty.push_back(j);
            continue;
        }
        for (int f = 0; f < d; ++f) {
            centres[size_t(j) * size_t(d) + size_t(f)] =
                sums[size_t(j) * size_t(d) + size_t(f)] / double(counts[size_t(j)]);
        }
    }
    if (!empty.empty())
        reseedEmpty(empty);

    double maxMoved = 0;
    for (int j = 0; j < k; ++j) {
        const double moved = std::sqrt(squaredDistance(old.data() + size_t(j) * size_t(d),
                                                       centres.data() + size_t(j) * size_t(d), d));
        m_drift[size_t(j)] += moved;
        maxMoved = std::max(maxMoved, moved);
    }
    m_maxDrift += maxMoved;
    for (int j = 0; j < k; ++j) {
        double nearest = std::numeric_limits<double>::infinity();
        for (int other = 0; other < k; ++other) {
            if (other != j) {
                nearest = std::min(nearest, squaredDistance(centres.data() + size_t(j) * size_t(d),
                                                            centres.data()
                                                                + size_t(other) * size_t(d),
                                                            d));
            }
        }
        m_half[size_t(j)] = 0.5 * std::sqrt(nearest);
    }
    return !empty.empty();
}

void KMeansLloyd::reseedEmpty(const std::vector<int> &empty)
{
    // The points farthest from their centres (ties: the first) become the empty clusters'
    // centres; the next assignment moves them over.
    const KMeansPoints &p = m_points;
    const int d = p.dimensions;
    std::vector<double> distance(static_cast<size_t>(p.rows));
    m_parallel.run(p.chunks, [&](qsizetype chunk) {
        for (qsizetype i = p.begin(chunk); i < p.end(chunk); ++i) {
            distance[size_t(i)] = squaredDistance(
                p.row(i), centres.data() + size_t(labels[size_t(i)]) * size_t(d), d);
        }
    });
    std::vector<qsizetype> order(static_cast<size_t>(p.rows));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const size_t take = std::min(empty.size(), order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(take), order.end(),
                      [&](qsizetype a, qsizetype b) {
                          return distance[size_t(a)] > distance[size_t(b)]
                                 || (distance[size_t(a)] == distance[size_t(b)] && a < b);
                      });
    for (size_t e = 0; e < take; ++e) {
        std::copy_n(p.row(order[e]), d, centres.begin() + qsizetype(empty[e]) * d);
    }
}

double KMeansLloyd::computeWithinSS()
{
    const KMeansPoints &p = m_points;
    const int d = p.dimensions;
    std::vector<double> partial(size_t(p.chunks), 0.0);
    m_parallel.run(p.chunks, [&](qsizetype chunk) {
        double total = 0;
        for (qsizetype i = p.begin(chunk); i < p.end(chunk); ++i) {
            total += squaredDistance(p.row(i),
                                     centres.data() + size_t(labels[size_t(i)]) * size_t(d), d);
        }
        partial[size_t(chunk)] = total;
    });
    return std::accumulate(partial.begin(), partial.end(), 0.0);
}

} // namespace Segmenta
