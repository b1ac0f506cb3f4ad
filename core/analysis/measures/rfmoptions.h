// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "base/result.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace Segmenta {

enum class RfmDimension { Recency, Frequency, Monetary };
enum class RfmFrequencyMeasure { Orders, PurchaseDays };
enum class RfmMonetaryMeasure { Total, MeanPerOrder };

// How customers with equal values are scored (docs/domain.md, "RFM" and "Pitfalls of other tools").
enum class RfmTieRule {
    // Cut points from quantiles, as the R package rfm (rfm_table_order) computes them: equal
    // values always get the same score, so heavy ties leave some scores empty.
    Share,
    // Equal-size groups by rank: ties are split, in customer row order (see RfmScores).
    Split,
};

// The cut points of the three dimensions, saved so that a later import can be scored on the
// same scale ("frozen" thresholds). Each list is ascending, bins - 1 values; a value v falls in
// group g = the number of cut points <= v (half-open ranges [cut(g), cut(g + 1))). Frequency
// and monetary score g + 1; recency, where fewer days is better, scores bins - g.
struct RfmThresholds
{
    std::vector<double> recency;
    std::vector<double> frequency;
    std::vector<double> monetary;
    // The measures the cut points were computed for; applying them to another measure is
    // refused.
    RfmFrequencyMeasure frequencyMeasure = RfmFrequencyMeasure::Orders;
    RfmMonetaryMeasure monetaryMeasure = RfmMonetaryMeasure::Total;
    qint32 asOfDay = Column::kMissingDate; // analysis date they were computed at (information)

    const std::vector<double> &cuts(RfmDimension d) const;
    std::vector<double> &cuts(RfmDimension d);
    bool isEmpty() const { return recency.empty() && frequency.empty() && monetary.empty(); }
    bool operator==(const RfmThresholds &other) const = default;

    QJsonObject toJson() const;
    static Result<RfmThresholds> fromJson(const QJsonObject &json);
};

struct RfmOptions
{
    static constexpr int kMinBins = 2;
    static constexpr int kMaxBins = 9; // scores stay single digits, codes such as 545

    // Analysis date: recency = asOfDay - last purchase day, in days (as R's
    // as.numeric(analysis_date - date_most_recent, units = "days")). Missing = the summary's
    // asOfDay, the day after the last order. Must be after every customer's last purchase.
    qint32 asOfDay = Column::kMissingDate;
    RfmFrequencyMeasure frequency = RfmFrequencyMeasure::Orders;
    RfmMonetaryMeasure monetary = RfmMonetaryMeasure::Total; // mean = revenue / orders
    RfmTieRule ties = RfmTieRule::Share;
    int bins = 5;
    // Share rule: cut point k = quantile(k / bins, type 7) + quantileOffset. The R package adds
    // 1 (so that, for whole numbers, "above the quantile" moves up a score); 0 makes a value
    // equal to the quantile move up. Keep 1 to match the package.
    double quantileOffset = 1.0;

    // Cut points typed by the user for one dimension (ascending, 1 to kMaxBins - 1 values;
    // that dimension then has cuts + 1 scores). They take precedence over frozen thresholds.
    std::optional<std::vector<double>> recencyCuts;
    std::optional<std::vector<double>> frequencyCuts;
    std::optional<std::vector<double>> monetaryCuts;
    // Thresholds saved from an earlier run, applied instead of computing new ones.
    std::optional<RfmThresholds> frozen;

    const std::optional<std::vector<double>> &customCuts(RfmDimension d) const;
    bool operator==(const RfmOptions &other) const = default;

    QJsonObject toJson() const;
    static Result<RfmOptions> fromJson(const QJsonObject &json);
};

} // namespace Segmenta
