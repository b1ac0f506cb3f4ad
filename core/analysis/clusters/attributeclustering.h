// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clusters/clusterattribute.h"
#include "analysis/clusters/kmeansclustering.h"

namespace Segmenta {

class TaskControl;

// k-means on the customer attributes a manager chooses (docs/clusters.md): numeric ones
// standardised, categorical ones one-hot with each attribute's block scaled to a total variance
// of one, so that every attribute weighs as much as one standardised number whatever its count
// of values. Missing values are kept (a "missing" value, or the mean) and counted. k is chosen
// by the mean silhouette on a fixed-seed sample, the restarts are compared on another; the final
// assignment covers every customer.
class AttributeClustering
{
public:
    struct Options
    {
        KMeansClustering::Options kmeans = defaultKMeansOptions();
        int k = 0; // 0: the k with the largest mean silhouette
        // Below this best mean silhouette the result says the attributes show no clear groups
        // (Kaufman and Rousseeuw: under 0.25 "no substantial structure").
        double weakSilhouette = 0.25;
        // With more customers than this, k is chosen on a fixed-seed sample of this many and
        // only the chosen k runs on every customer (docs/clusters.md, "Choosing k").
        qint64 selectionSample = 20000;

        static KMeansClustering::Options defaultKMeansOptions();
    };

    static Result<AttributeClustering> run(std::vector<ClusterAttribute> attributes,
                                           const Options &options, TaskControl *control = nullptr);

    // The matrix k-means works on, row-major (customers × columns()), before centring: what
    // tests/benchmarks/compare_sklearn.py hands to scikit-learn.
    static std::vector<double> encode(const std::vector<ClusterAttribute> &attributes,
                                      QStringList &columns);

    std::vector<ClusterAttribute> attributes;
    QStringList columns;            // "lifestyle=追求潮流", "age"
    // Every k tried, with its silhouette and within-cluster sum of squares: on a fixed-seed
    // sample of selectionSample customers when there are more (selectionRows says how many).
    KMeansClustering selection;
    qint64 selectionRows = 0;
    KMeansClustering kmeans;        // the chosen k on every customer
    int k = 0;                      // the k used
    std::vector<qint32> labels;     // per customer, 0 .. k - 1 (group 0 the largest)
    bool weakStructure = false;
    QList<Message> notes;
};

} // namespace Segmenta
