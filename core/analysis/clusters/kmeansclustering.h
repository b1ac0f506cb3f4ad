// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/designmatrix.h"

namespace Segmenta {

class TaskControl;

// One cluster of a k-means solution, described in the attributes' own units.
struct ClusterProfile
{
    qint64 size = 0;
    double share = 0;                // of the rows used
    std::vector<double> mean;        // per feature, original units
    std::vector<double> sd;          // per feature, original units
    std::vector<double> z;           // (cluster mean - overall mean) / overall sd, per feature
    std::vector<int> distinguishing; // features, largest |z| first
};

// The best of the restarts for one k.
struct KMeansSolution
{
    int k = 0;
    double withinSS = 0;   // within-cluster sum of squares, standardized units (the elbow)
    double silhouette = 0; // mean silhouette width (on the sample when sampled)
    int iterations = 0;    // Lloyd iterations on all rows (of the best restart)
    bool converged = true; // assignments stopped changing before the iteration limit
    Eigen::MatrixXd centres;            // k × features, standardized units
    std::vector<qint32> labels;         // per row used: 0 .. k - 1, cluster 0 the largest
    std::vector<ClusterProfile> clusters;
};

// k-means on standardized features (docs/domain.md, "Clusters") for a range of k: k-means++ seeding
// from a seeded generator (the same seed gives the same clusters, whatever the number of threads),
// several restarts keeping the smallest within-cluster sum of squares (compared on a random
// sample of restartSample rows when there are more), Lloyd iterations (Hamerly's bounds skip
// the distances that cannot change an assignment) on every row until no assignment changes.
// Reports the within-cluster sum of squares and the mean silhouette of each k (exact up to
// silhouetteSample rows, else on a random sample of that many), suggests the k with the largest
// silhouette and profiles every cluster. Rows and columns are processed in parallel.
class KMeansClustering
{
public:
    struct Options
    {
        int minK = 2;
        int maxK = 10;
        int restarts = 4;
        int maxIterations = 100;
        quint64 seed = 1;
        qint64 silhouetteSample = 10000;
        // With more rows than this, the restarts run (up to 30 iterations) on a random sample
        // of this many rows and the best of them per k is refined on every row.
        qint64 restartSample = 100000;
        int threads = 0; // 0 = one per core
        // false: the features are already on a common scale and are only centred (the
        // attribute clusters weigh each attribute's one-hot block themselves, docs/clusters.md).
        bool standardize = true;
    };

    static Result<KMeansClustering> run(const std::vector<DesignVariable> &features,
                                        const Options &options, TaskControl *control = nullptr);
    static Result<KMeansClustering> run(const std::vector<DesignVariable> &features)
    {
        return run(features, Options());
    }

    const KMeansSolution *solution(int k) const;
    const KMeansSolution *suggested() const { return solution(suggestedK); }
    // The cluster of every source row for a k; -1 for rows left out.
    std::vector<qint32> labelsForSourceRows(int k) const;

    QStringList features;          // the features used (constant ones are left out)
    std::vector<double> means;     // per feature, for standardizing
    std::vector<double> sds;
    std::vector<qint64> rows;      // source row of each row used
    qint64 sourceRows = 0;
    qint64 droppedRows = 0;        // rows left out for a missing value
    double totalSS = 0;            // total sum of squares, standardized units
    std::vector<KMeansSolution> solutions; // ascending k
    int suggestedK = 0;            // the k with the largest mean silhouette
    bool silhouetteSampled = false;
    qint64 silhouetteRows = 0;     // rows the silhouette was computed on
    QList<Message> notes;          // what the user should know (sampling, rows left out, ...)
};

} // namespace Segmenta
