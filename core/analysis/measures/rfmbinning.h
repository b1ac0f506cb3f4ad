// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace Segmenta {

// Turns the values of one RFM dimension into scores 1..bins, for RfmScores. Values are NaN for
// customers without a score (they get 0 and take no part). One object serves the three
// dimensions in turn and keeps its buffers, as they are large for a million customers.
//
// Whole-number values in a short range (days, order counts) are counted in a histogram, which
// gives both the order statistics and stable ranks in two passes; other values go through
// std::nth_element (share) or a stable radix sort (split).
class RfmBinning
{
public:
    // useHistograms = false always sorts (tests compare both paths).
    explicit RfmBinning(bool useHistograms = true) : m_useHistograms(useHistograms) {}

    // Share rule: R's quantile(values, probs = seq(0, 1, length.out = bins + 1), type = 7)
    // [2..bins] + offset, bit for bit, made non-decreasing. `count` = number of non-NaN values.
    std::vector<double> shareCuts(const std::vector<double> &values, qint64 count, int bins,
                                  double offset, double min, double max);

    // Split rule: ranks from worst to best (ascending values, or descending when
    // higherIsBetter is false), equal values by position in `values`; rank i of n scores
    // i * bins / n + 1. Writes `scores` and returns the ascending cut points: the smallest value
    // of the group starting there (max + 1 for groups left empty when n < bins).
    std::vector<double> split(const std::vector<double> &values, qint64 count, int bins,
                              bool higherIsBetter, double min, double max,
                              std::vector<quint8> &scores);

    // Applies ascending cut points (at most 8): value v lies in group g = number of cut points
    // <= v; the score is g + 1, or bins - g when higherIsBetter is false. NaN scores 0.
    static void apply(const std::vector<double> &values, const std::vector<double> &cuts,
                      bool higherIsBetter, std::vector<quint8> &scores);

private:
    bool buildHistogram(const std::vector<double> &values, qint64 count, double min, double max);
    // Scores from the histogram's counts, which become each value's first rank.
    void scoreByHistogram(const std::vector<double> &values, qint64 count, qint64 bins,
                          bool higherIsBetter, std::vector<quint8> &scores);
    // m_rows = the scored rows, best last, equal values in row order (m_keys their sort keys).
    void radixSortRows(const std::vector<double> &values, qint64 count, bool higherIsBetter);
    // Order statistics (0-based positions in ascending order, any order, repeats allowed).
    std::vector<double> orderStatistics(const std::vector<double> &values,
                                        const std::vector<size_t> &positions);

    bool m_useHistograms = true;
    bool m_hasHistogram = false;
    double m_histogramMin = 0;
    std::vector<qint32> m_counts; // per whole number from m_histogramMin
    std::vector<double> m_buffer;
    std::vector<quint64> m_keys, m_keys2;
    std::vector<qint32> m_rows, m_rows2;
    std::vector<std::array<qint64, 2048>> m_digitCounts; // per radix digit
};

} // namespace Segmenta
