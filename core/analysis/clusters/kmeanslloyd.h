// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Segmenta {

class ParallelChunks;
class SeededRandom;
class TaskControl;

// Row-major points cut into fixed chunks of rows: work is shared out by chunk and partial
// results are combined in chunk order, so results do not depend on the number of threads.
struct KMeansPoints
{
    static constexpr qsizetype kChunkRows = 8192;

    KMeansPoints(const double *data, qsizetype rows, int dimensions)
        : data(data), rows(rows), dimensions(dimensions),
          chunks((rows + kChunkRows - 1) / kChunkRows)
    {}
    const double *row(qsizetype i) const { return data + i * dimensions; }
    qsizetype begin(qsizetype chunk) const { return chunk * kChunkRows; }
    qsizetype end(qsizetype chunk) const { return std::min(rows, (chunk + 1) * kChunkRows); }

    const double *data;
    qsizetype rows;
    int dimensions;
    qsizetype chunks;
};

// Raw pointers into a KMeansLloyd's state, for the assignment loops.
struct AssignState
{
    const double *points = nullptr;
    int dimensions = 0;
    int k = 0;
    const double *centres = nullptr;
    qint32 *labels = nullptr;
    double *upper = nullptr;
    double *lower = nullptr;
    double *chunkSums = nullptr;
    qint64 *chunkCounts = nullptr;
    const double *drift = nullptr; // per centre: the sum of its moves so far
    const double *half = nullptr;
    double maxDrift = 0;           // the sum of the largest move of each update
};

// The k-means engine of KMeansClustering: k-means++ seeding, and Lloyd's iterations with
// Hamerly's bounds (2010): each point keeps an upper bound on the distance to its centre and a
// lower bound on the distance to any other, so most points skip the distance computations once
// the centres settle. Empty clusters are re-seeded with the point farthest from its centre.
class KMeansLloyd
{
public:
    KMeansLloyd(const KMeansPoints &points, ParallelChunks &parallel);

    // Up to kMax k-means++ centres (row-major), fewer if the points have fewer distinct values.
    std::vector<double> seed(int kMax, SeededRandom &random);
    // Runs from the first k of the given centres; false when cancelled.
    bool run(const double *initialCentres, int k, int maxIterations, TaskControl *control);

    std::vector<double> centres; // k × dimensions
    std::vector<qint32> labels;  // per point
    double withinSS = 0;
    int iterations = 0;
    bool converged = false;

private:
    AssignState assignState();
    void assignAll();
    qint64 assignBounded();
    bool updateCentres();
    void reseedEmpty(const std::vector<int> &empty);
    double computeWithinSS();

    const KMeansPoints &m_points;
    ParallelChunks &m_parallel;
    int m_k = 0;
    std::vector<double> m_upper;       // per point: ≥ distance to its centre, minus its drift
    std::vector<double> m_lower;       // per point: ≤ distance to any other, plus max drift
    std::vector<double> m_chunkSums;   // per chunk × centre × dimension
    std::vector<qint64> m_chunkCounts; // per chunk × centre
    std::vector<qint64> m_chunkChanges;
    std::vector<double> m_drift;       // per centre: the sum of its moves
    std::vector<double> m_half;        // per centre: half the distance to the nearest other
    double m_maxDrift = 0;             // the sum of the largest move of each update
};

} // namespace Segmenta
