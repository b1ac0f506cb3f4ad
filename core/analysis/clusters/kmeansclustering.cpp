// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/kmeansclustering.h"

#include "analysis/clusters/kmeanslloyd.h"
#include "base/parallelchunks.h"
#include "base/seededrandom.h"
#include "analysis/clusters/silhouette.h"
#include "base/taskcontrol.h"
#include "stats/standardization.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";
constexpr int kSampleIterations = 30;

Message cancelledMessage()
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Analysis", "The clustering was cancelled."))
        .withCode("cancelled");
}

// The best run (smallest within-cluster sum of squares) of the restarts for one k.
struct RestartBest
{
    double withinSS = std::numeric_limits<double>::infinity();
    int iterations = 0;
    bool converged = false;
    std::vector<double> centres;
    std::vector<qint32> labels;
};

// Runs every restart for every k on the points; false when cancelled.
bool bestOfRestarts(const KMeansPoints &points, ParallelChunks &parallel,
                    const KMeansClustering::Options &options, int maxIterations, int minK,
                    int maxK, std::vector<RestartBest> &best, int &available,
                    TaskControl *control)
{
    const int restarts = std::max(1, options.restarts);
    const int kCount = maxK - minK + 1;
    const int d = points.dimensions;
    KMeansLloyd lloyd(points, parallel);
    for (int restart = 0; restart < restarts; ++restart) {
        // k-means++ centres for the largest k; the first k of them are k-means++ centres
        // for k, so one seeding serves every k of a restart.
        SeededRandom random(options.seed, quint64(restart) + 1);
        const std::vector<double> seeds = lloyd.seed(maxK, random);
        available = std::max(available, int(seeds.size()) / d);
        for (int k = minK; k <= std::min(maxK, int(seeds.size()) / d); ++k) {
            if (!lloyd.run(seeds.data(), k, maxIterations, control))
                return false;
            RestartBest &b = best[size_t(k - minK)];
            if (lloyd.withinSS < b.withinSS) {
                b.withinSS = lloyd.withinSS;
                b.iterations = lloyd.iterations;
                b.converged = lloyd.converged;
                b.centres = lloyd.centres;
                b.labels = lloyd.labels;
            }
            control->reportProgress(double(restart * kCount + (k - minK + 1))
                                    / double(restarts * kCount));
        }
    }
    return true;
}

// Renumbers the clusters by size (largest first) and describes each in original units.
void finishSolution(KMeansSolution &s, const KMeansPoints &points, const std::vector<double> &raw,
                    const std::vector<double> &means, const std::vector<double> &sds,
                    ParallelChunks &parallel)
{
    const int k = s.k;
    const int d = points.dimensions;
    std::vector<qint64> counts(size_t(k), 0);
    for (qint32 label : s.labels)
        ++counts[size_t(label)];
    std::vector<int> order(static_cast<size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
    std::vector<qint32> newLabel(static_cast<size_t>(k));
    for (int c = 0; c < k; ++c)
        newLabel[size_t(order[size_t(c)])] = c;
    for (qint32 &label : s.labels)
        label = newLabel[size_t(label)];
    s.centres.resize(k, d);
    for (int c = 0; c < k; ++c) {
        for (int f = 0; f < d; ++f)
            s.centres(c, f) = raw[size_t(order[size_t(c)]) * size_t(d) + size_t(f)];
    }

    // Per chunk: count, Σz and Σz² of each cluster; combined in chunk order.
    const size_t stride = size_t(k) * size_t(2 * d + 1);
    std::vector<double> partial(size_t(points.chunks) * stride, 0.0);
    parallel.run(points.chunks, [&](qsizetype chunk) {
        double *acc = partial.data() + size_t(chunk) * stride;
        for (qsizetype i = points.begin(chunk); i < points.end(chunk); ++i) {
            double *cluster = acc + size_t(s.labels[size_t(i)]) * size_t(2 * d + 1);
            const double *x = points.row(i);
            cluster[0] += 1.0;
            for (int f = 0; f < d; ++f) {
                cluster[1 + f] += x[f];
                cluster[1 + d + f] += x[f] * x[f];
            }
        }
    });
    std::vector<double> total(stride, 0.0);
    for (qsizetype chunk = 0; chunk < points.chunks; ++chunk) {
        for (size_t j = 0; j < stride; ++j)
            total[j] += partial[size_t(chunk) * stride + j];
    }
    s.clusters.assign(size_t(k), ClusterProfile());
    for (int c = 0; c < k; ++c) {
        ClusterProfile &profile = s.clusters[size_t(c)];
        const double *acc = total.data() + size_t(c) * size_t(2 * d + 1);
        const double count = acc[0];
        profile.size = qint64(count);
        profile.share = count / double(points.rows);
        for (int f = 0; f < d; ++f) {
            const double meanZ = count > 0 ? acc[1 + f] / count : s.centres(c, f);
            const double varZ = count > 1
                                    ? std::max(0.0, (acc[1 + d + f] - count * meanZ * meanZ)
                                                        / (count - 1.0))
                                    : 0.0;
            profile.mean.push_back(means[size_t(f)] + sds[size_t(f)] * meanZ);
            profile.sd.push_back(sds[size_t(f)] * std::sqrt(varZ));
            profile.z.push_back(meanZ); // standardized features: the mean is the z already
        }
        profile.distinguishing.resize(size_t(d));
        std::iota(profile.distinguishing.begin(), profile.distinguishing.end(), 0);
        std::stable_sort(profile.distinguishing.begin(), profile.distinguishing.end(),
                         [&](int a, int b) {
                             return std::fabs(profile.z[size_t(a)])
                                    > std::fabs(profile.z[size_t(b)]);
                         });
    }
}

// Progress: the restarts and their refinement take this share, the silhouettes the rest.
constexpr double kClusteringShare = 0.85;
// Of which the restarts on a sample take this much before the refinement on every row.
constexpr double kSampleRestartShare = 0.25;
// Mixed into the seed of the restarts' sample so that it differs from the silhouette's.
constexpr quint64 kRestartSampleSalt = 0x5A3B1Eu;

// Clusters are found on numeric features only.
Status requireNumeric(const std::vector<DesignVariable> &features)
{
    for (const DesignVariable &v : features) {
        if (v.kind != DesignVariable::Kind::Numeric) {
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "“%1” is not numeric; clusters are found on "
                                             "numeric features."),
                           {v.name})
                .withCode("not-numeric");
        }
    }
    return Status::success();
}

// The used columns standardized, row by row (n x d, row-major).
std::vector<double> standardizedRows(const DesignMatrix &design,
                                     const std::vector<qsizetype> &used,
                                     const KMeansClustering &result)
{
    const qsizetype n = design.rowCount();
    const size_t d = used.size();
    std::vector<double> z(size_t(n) * d);
    for (size_t f = 0; f < d; ++f) {
        const double *column = design.x.col(used[f]).data();
        for (qsizetype i = 0; i < n; ++i)
            z[size_t(i) * d + f] = (column[i] - result.means[f]) / result.sds[f];
    }
    return z;
}

// The points of the given rows, copied side by side.
std::vector<double> rowsOf(const KMeansPoints &points, const std::vector<qint64> &rows)
{
    const int d = points.dimensions;
    std::vector<double> out(rows.size() * size_t(d));
    for (size_t i = 0; i < rows.size(); ++i)
        std::copy_n(points.row(rows[i]), d, out.begin() + qsizetype(i) * d);
    return out;
}

// The restarts on a random sample of the rows, then the best of them per k refined on every
// row; false when cancelled.
bool restartsOnSample(const KMeansPoints &points, ParallelChunks &parallel,
                      const KMeansClustering::Options &options, int minK, int maxK,
                      std::vector<RestartBest> &best, int &available, KMeansClustering &result,
                      TaskControl *control)
{
    const qsizetype n = points.rows;
    const int d = points.dimensions;
    const std::vector<qint64> rowsOfSample =
        Silhouette::sample(n, options.restartSample, options.seed ^ kRestartSampleSalt);
    const std::vector<double> samplePoints = rowsOf(points, rowsOfSample);
    const KMeansPoints sample(samplePoints.data(), qsizetype(rowsOfSample.size()), d);
    TaskControl sampleStep(control, 0.0, kSampleRestartShare);
    // On the sample the restarts only need to be told apart: a few dozen iterations do.
    const int sampleIterations = std::min(options.maxIterations, kSampleIterations);
    if (!bestOfRestarts(sample, parallel, options, sampleIterations, minK, maxK, best, available,
                        &sampleStep))
        return false;
    const int kCount = maxK - minK + 1;
    KMeansLloyd lloyd(points, parallel);
    for (int k = minK; k <= std::min(maxK, available); ++k) {
        RestartBest &b = best[size_t(k - minK)];
        if (!lloyd.run(b.centres.data(), k, options.maxIterations, control))
            return false;
        b.withinSS = lloyd.withinSS;
        b.iterations = lloyd.iterations;
        b.converged = lloyd.converged;
        b.centres = lloyd.centres;
        b.labels = lloyd.labels;
        if (control) {
            control->reportProgress(kSampleRestartShare
                                    + (kClusteringShare - kSampleRestartShare)
                                          * double(k - minK + 1) / double(kCount));
        }
    }
    result.notes.append(Message(kContext,
                                QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                  "The %1 restarts of each k were compared "
                                                  "on a random sample of %2 rows; the best "
                                                  "was then refined on all %3 rows."),
                                {QString::number(std::max(1, options.restarts)),
                                 QString::number(rowsOfSample.size()), QString::number(n)}));
    return true;
}

// One solution per k from the best restarts, profiled, ascending k.
void collectSolutions(std::vector<RestartBest> &best, int minK, int lastK,
                      const KMeansPoints &points, ParallelChunks &parallel,
                      KMeansClustering &result)
{
    for (int k = minK; k <= lastK; ++k) {
        RestartBest &b = best[size_t(k - minK)];
        KMeansSolution s;
        s.k = k;
        s.withinSS = b.withinSS;
        s.iterations = b.iterations;
        s.converged = b.converged;
        s.labels = std::move(b.labels);
        finishSolution(s, points, b.centres, result.means, result.sds, parallel);
        if (!s.converged) {
            result.notes.append(Message(kContext,
                                        QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                          "For k = %1 a few rows still changed "
                                                          "cluster after %2 iterations; the "
                                                          "clusters are close to, not exactly "
                                                          "at, a stable solution."),
                                        {QString::number(k), QString::number(s.iterations)}));
        }
        result.solutions.push_back(std::move(s));
    }
}

// The mean silhouette of every solution, on the same rows for every k, and the suggested k;
// false when cancelled.
bool scoreSilhouettes(const KMeansPoints &points, ParallelChunks &parallel,
                      const KMeansClustering::Options &options, KMeansClustering &result,
                      TaskControl *control)
{
    const qsizetype n = points.rows;
    const std::vector<qint64> sample =
        Silhouette::sample(n, std::max<qint64>(2, options.silhouetteSample), options.seed);
    result.silhouetteRows = qint64(sample.size());
    result.silhouetteSampled = result.silhouetteRows < n;
    const std::vector<double> samplePoints = rowsOf(points, sample);
    std::vector<std::vector<qint32>> labelings;
    std::vector<int> clusterCounts;
    for (const KMeansSolution &s : result.solutions) {
        std::vector<qint32> labels(sample.size());
        for (size_t i = 0; i < sample.size(); ++i)
            labels[i] = s.labels[size_t(sample[i])];
        labelings.push_back(std::move(labels));
        clusterCounts.push_back(s.k);
    }
    TaskControl silhouetteStep(control, kClusteringShare, 1.0 - kClusteringShare);
    const std::vector<double> widths = Silhouette::means(
        samplePoints, points.dimensions, labelings, clusterCounts, parallel, &silhouetteStep);
    if (widths.size() != result.solutions.size())
        return false;
    double bestWidth = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < widths.size(); ++i) {
        result.solutions[i].silhouette = widths[i];
        if (widths[i] > bestWidth) {
            bestWidth = widths[i];
            result.suggestedK = result.solutions[i].k;
        }
    }
    if (result.silhouetteSampled) {
        result.notes.append(Message(kContext,
                                    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                      "The silhouette was computed on a random "
                                                      "sample of %1 of the %2 rows (the same "
                                                      "sample for every k); the clusters use "
                                                      "every row."),
                                    {QString::number(result.silhouetteRows), QString::number(n)}));
    }
    return true;
}

} // namespace

const KMeansSolution *KMeansClustering::solution(int k) const
{
    for (const KMeansSolution &s : solutions) {
        if (s.k == k)
            return &s;
    }
    return nullptr;
}

std::vector<qint32> KMeansClustering::labelsForSourceRows(int k) const
{
    std::vector<qint32> labels(size_t(sourceRows), -1);
    if (const KMeansSolution *s = solution(k)) {
        for (size_t i = 0; i < rows.size(); ++i)
            labels[size_t(rows[i])] = s->labels[i];
    }
    return labels;
}

Result<KMeansClustering> KMeansClustering::run(const std::vector<DesignVariable> &features,
                                               const Options &options, TaskControl *control)
{
    if (Status s = requireNumeric(features); !s)
        return s.error();
    Result<DesignMatrix> built = DesignMatrix::build(features, {}, false);
    if (!built)
        return built.error();
    DesignMatrix &design = *built;
    KMeansClustering result;
    result.sourceRows = design.sourceRows;
    result.droppedRows = design.droppedRows;
    result.rows = std::move(design.rows);
    result.notes = design.warnings;
    const qsizetype n = design.rowCount();

    Standardization st = Standardization::of(design);
    result.notes += st.notes;
    result.features = st.names;
    result.means = std::move(st.means);
    result.sds = std::move(st.sds);
    if (!options.standardize)
        std::fill(result.sds.begin(), result.sds.end(), 1.0);
    const std::vector<qsizetype> &used = st.used;
    const int d = int(used.size());
    const int minK = std::max(2, options.minK);
    const int maxK = int(std::min<qsizetype>(std::max(minK, options.maxK), n - 1));
    if (d == 0 || maxK < minK) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Clusters need at least one varying numeric feature "
                                         "and more rows than clusters; there are %1 rows."),
                       {QString::number(n)})
            .withCode("too-few-rows");
    }
    const std::vector<double> z = standardizedRows(design, used, result);
    design.x.resize(0, 0);
    result.totalSS = std::inner_product(z.begin(), z.end(), z.begin(), 0.0);

    const KMeansPoints points(z.data(), n, d);
    ParallelChunks parallel(options.threads);
    std::vector<RestartBest> best(static_cast<size_t>(maxK - minK + 1));
    int available = 0;
    if (n > options.restartSample) {
        if (!restartsOnSample(points, parallel, options, minK, maxK, best, available, result,
                              control))
            return cancelledMessage();
    } else {
        TaskControl step(control, 0.0, kClusteringShare);
        if (!bestOfRestarts(points, parallel, options, options.maxIterations, minK, maxK, best,
                            available, &step))
            return cancelledMessage();
    }
    if (available < minK) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The rows have only %1 distinct combinations of the "
                                         "features, too few for %2 clusters."),
                       {QString::number(available), QString::number(minK)})
            .withCode("too-few-distinct");
    }
    if (available < maxK) {
        result.notes.append(Message(kContext,
                                    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                      "The rows have only %1 distinct "
                                                      "combinations of the features, so k stops "
                                                      "at %1."),
                                    {QString::number(available)}));
    }
    collectSolutions(best, minK, std::min(maxK, available), points, parallel, result);
    if (!scoreSilhouettes(points, parallel, options, result, control))
        return cancelledMessage();
    if (control)
        control->reportProgress(1.0);
    return result;
}

} // namespace Segmenta
