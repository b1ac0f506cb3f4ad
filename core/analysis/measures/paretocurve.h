// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"

#include <QJsonObject>
#include <QList>

#include <array>
#include <vector>

namespace Segmenta {

struct ParetoOptions
{
    // Most points kept in the drawn curve. A chart is at most a few thousand pixels wide, and
    // 1,000 points keep it smooth while the project file stays small; the figures (Gini, top
    // shares, customers for 80 %) are always computed on every customer, never on the points.
    int maxCurvePoints = 1000;
    static constexpr int kMinCurvePoints = 3; // (0, 0), the 80 % point, (1, 1)
    // Values within ±zeroTolerance of 0 count as exactly 0. Refunds that cancel purchases
    // leave floating-point dust (e.g. -2.8e-14 for a customer whose lines sum to 0 exactly),
    // which must not turn into "negative" customers; 1e-6 is far below any currency's
    // smallest unit and far above the dust of summing even millions of lines.
    double zeroTolerance = 1e-6;

    QJsonObject toJson() const;
    static Result<ParetoOptions> fromJson(const QJsonObject &json);
};

// The 80/20 view (docs/domain.md, "80/20"): customers sorted by value, best first, and the
// cumulative share of value against the cumulative share of customers (the Pareto curve; read from
// the other end it is the Lorenz curve).
//
// Included customers are those whose include flag is set (all when include is null) and whose
// value is finite (NaN = unknown, skipped and counted in missingCount). A negative value
// (refunds, a loss) counts as 0 for the curve, the shares and the Gini coefficient: a share of
// value is only meaningful for non-negative parts. Such customers are counted and their sum
// reported, and a note says so. Values within options.zeroTolerance of 0 count as 0.
//
// With the n included customers x_1 >= x_2 >= ... >= x_n (negatives as 0) and T = Σ x_i:
// - gini = Σ_i (n + 1 - 2i) x_i / (n T), exact (0 when all are equal, (n - 1) / n when one
//   customer has everything), 0 when n = 0 or T = 0;
// - topShare(p) = (x_1 + ... + x_k) / T with k = ceil(p n / 100), for p in kTopPercents;
// - customersFor80 = the smallest k with x_1 + ... + x_k >= 80 % of T, customerShareFor80 =
//   k / n, valueShareAt80 = that k's share of value (>= 0.8);
// - curve: (k / n, cumulative share of the top k) for k = 0..n when n + 1 <= maxCurvePoints,
//   else for evenly spaced k; always with (0, 0), (1, 1) and the point at customersFor80.
// When T = 0 (no customers, or nobody brings a positive value) every share is 0, the curve is
// empty and a note says why.
class ParetoCurve
{
public:
    static constexpr std::array<int, 5> kTopPercents = {1, 5, 10, 20, 50};

    struct Point
    {
        double customerShare = 0; // x: share of customers, best first
        double valueShare = 0;    // y: their share of value
        qint64 customers = 0;     // k
    };

    static ParetoCurve compute(const std::vector<double> &values,
                               const std::vector<char> *include = nullptr,
                               const ParetoOptions &options = {});

    // Rows of the included customers with a value (not NaN), best first: by value descending,
    // equal values by row ascending (the earlier row first). Linear time (radix sort), so that
    // analyses which rank customers (pyramid, value groups, bands) share one tie rule.
    static std::vector<qint32> rankDescending(const std::vector<double> &values,
                                              const std::vector<char> *include = nullptr);
    // The first k rows of rankDescending(values, include), in no particular order: the same
    // customers and the same tie rule, found by selection in linear time without a full sort.
    static std::vector<qint32> topRows(const std::vector<double> &values,
                                       const std::vector<char> *include, size_t k);

    // Share of value of the top ceil(percent × n / 100) customers, for percent in
    // kTopPercents; NaN for any other percent.
    double topShare(int percent) const;
    qint64 topCustomers(int percent) const;

    QJsonObject toJson() const;

    ParetoOptions options;
    qint64 customers = 0;      // n: included customers with a value
    qint64 missingCount = 0;   // included, but NaN
    qint64 negativeCount = 0;  // counted as 0
    double negativeTotal = 0;  // their sum (<= 0)
    qint64 zeroCount = 0;      // exactly 0 (negatives not included)
    double total = 0;          // T, the sum of the non-negative parts
    double gini = 0;
    std::array<double, kTopPercents.size()> topShares{};
    std::array<qint64, kTopPercents.size()> topCounts{};
    qint64 customersFor80 = 0;
    double customerShareFor80 = 0;
    double valueShareAt80 = 0;
    std::vector<Point> curve;
    QList<Message> notes;
};

} // namespace Segmenta
