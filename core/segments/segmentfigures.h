// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

#include <vector>

namespace Segmenta {

class CustomerAnalysis;
class Dataset;
class SegmentAssignment;
class Segmentation;

// Each segment's P&L (docs/domain.md, "Segments"): customers, revenue and its share, margin (gross
// profit), cost to serve, profit = margin - cost to serve, mean CLV and mean purchase probability.
// One row per segment in priority order, then one for the unassigned customers.
// Means are over the customers that have the measure (NaN when none has it).
class SegmentFigures
{
public:
    struct Row
    {
        QString name; // empty for the unassigned row
        qint64 customers = 0;
        double customerShare = 0;
        double revenue = 0;
        double revenueShare = 0; // of all customers' revenue (0 when that is 0)
        double margin = 0;
        double costToServe = 0;
        double profit = 0;
        double meanClv = 0;
        double meanPurchaseProbability = 0;
    };

    static SegmentFigures compute(const Dataset &data, const CustomerAnalysis &analysis,
                                  const Segmentation &segmentation,
                                  const SegmentAssignment &assignment);

    std::vector<Row> rows; // segments in priority order, then unassigned
    bool hasCostToServe = false;
    bool hasLifetime = false;

    QJsonArray toJson() const;
};

} // namespace Segmenta
