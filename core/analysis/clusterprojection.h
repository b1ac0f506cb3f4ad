// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QPointF>
#include <QStringList>

#include <vector>

namespace Segmenta {

class CustomerAnalysis;

// What the clusters page draws, computed off the GUI thread (no GUI in it, so it is core's):
// the clustered customers on the first two principal components of the clustering features (a
// fixed-seed sample of at most maxPoints, so a million customers draw as fast as a thousand)
// and a profile per cluster in the manager's units.
struct ClusterProjection
{
    struct Profile
    {
        qint64 customers = 0;
        double share = 0;          // of the clustered customers
        double meanRecency = 0;    // days since the last purchase
        double meanFrequency = 0;  // orders
        double meanMonetary = 0;   // revenue per customer
        double revenueShare = 0;   // of the clustered customers' revenue
    };

    static constexpr qint64 kMaxPoints = 5000;
    static constexpr quint64 kSeed = 20240601;

    static ClusterProjection compute(const CustomerAnalysis &analysis,
                                     qint64 maxPoints = kMaxPoints);

    std::vector<std::vector<QPointF>> points; // per cluster: (PC1, PC2)
    std::vector<Profile> profiles;            // per cluster
    qint64 clustered = 0;
    qint64 drawn = 0;
    double explained[2] = {0, 0};             // variance share of PC1 and PC2
    QStringList axisNames;                    // "PC1 (log_monetary, log_frequency)"…
    QStringList axisFeatures[2];              // the features that name PC1 and PC2
    Message error;                            // why there is no picture
};

} // namespace Segmenta
