// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"
#include "analysis/measures/rfmoptions.h"

#include <QList>

#include <vector>

namespace Segmenta {

class CustomerSummary;
class TaskControl;

// Recency, frequency and monetary values and 1..bins scores per customer (docs/domain.md, "RFM"),
// in CustomerSummary (= Dataset::customers) row order.
//
// Values: recency = days from the last purchase to the analysis date; frequency = distinct
// orders or purchase days; monetary = total revenue or revenue per order. Customers without a
// purchase before the analysis date have NaN values and score 0 ("not scored"); they are
// counted in unscoredCount and never enter the cut points.
//
// Scores, per dimension, from ascending cut points (see RfmThresholds): value v lies in group
// g = number of cut points <= v; frequency and monetary score g + 1, recency bins - g.
// - Share rule: cut point k = R's quantile(values, k / bins, type = 7) + quantileOffset, as the
//   R package rfm computes them (rfm_table_order: bins(), bins_lower(), bins_upper()); with the
//   default offset 1 this reproduces that package customer by customer. Equal values share a
//   score; when values tie heavily some scores stay empty and a warning says so.
// - Split rule: customers are ranked from worst to best (recency: most days first; frequency
//   and monetary: smallest first); equal values are ranked by customer row, the earlier row
//   first, i.e. it gets the lower score. Rank i of n (0-based) scores floor(i * bins / n) + 1
//   (dplyr's ntile()), so group sizes differ by at most one. The reported cut points are the
//   values where the groups meet (for recency, counted from the most-days end); applied later
//   as frozen thresholds, these half-open cut points give equal values one score again.
// - Custom cut points (per dimension) and frozen thresholds are applied as given.
// The binning itself (R's quantile() bit for bit, ranks, histograms) is in RfmBinning.
class RfmScores
{
public:
    enum class CutSource { Computed, Custom, Frozen };

    // What was used for one dimension.
    struct Dimension
    {
        std::vector<double> cuts;     // ascending, bins - 1 values
        int bins = 0;
        CutSource source = CutSource::Computed;
        double min = 0;               // over the scored customers (0 when there are none)
        double max = 0;
        std::vector<qint64> counts;   // customers per score, counts[score - 1]
        int scoresUsed() const;
        // R rfm's threshold table, row i = 0..bins - 1: [lower(i), upper(i)) with lower(0) =
        // min and upper(bins - 1) = max + 1. Row i holds recency score bins - i and frequency /
        // monetary score i + 1.
        double lower(int row) const { return row == 0 ? min : cuts[size_t(row - 1)]; }
        double upper(int row) const { return row == bins - 1 ? max + 1 : cuts[size_t(row)]; }
    };

    static Result<RfmScores> compute(const CustomerSummary &summary, const RfmOptions &options,
                                     TaskControl *control = nullptr);

    qsizetype size() const { return qsizetype(r.size()); }
    bool isScored(qsizetype row) const { return r[size_t(row)] != 0; }
    // Code such as 545 (r f m digits), 0 when not scored.
    int code(qsizetype row) const
    {
        const size_t i = size_t(row);
        return r[i] ? r[i] * 100 + f[i] * 10 + m[i] : 0;
    }
    const Dimension &dimension(RfmDimension d) const;
    // The cut points in use, to be saved and applied to a later import.
    RfmThresholds thresholds() const;
    QList<qint32> unscoredCustomers() const;

    RfmOptions options;           // as given, with asOfDay filled in
    qint32 asOfDay = 0;
    std::vector<double> recency;  // days; NaN when not scored
    std::vector<double> frequency;
    std::vector<double> monetary;
    std::vector<quint8> r;        // 1..bins, 0 = not scored
    std::vector<quint8> f;
    std::vector<quint8> m;
    Dimension recencyDimension;
    Dimension frequencyDimension;
    Dimension monetaryDimension;
    qint64 scoredCount = 0;
    qint64 unscoredCount = 0;
    // Plain-language notes for the user: unscored customers, empty scores because of ties.
    QList<Message> warnings;
};

} // namespace Segmenta
