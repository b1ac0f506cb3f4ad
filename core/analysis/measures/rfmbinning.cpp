// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/rfmbinning.h"

#include "base/memoryadvice.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

namespace Segmenta {

namespace {

constexpr int kMaxCuts = 8;
constexpr double kMaxHistogramSpan = double(1 << 20);
// Radix sort digits: 2048 buckets keep the scatter within the caches; 6 passes cover 64 bits.
constexpr int kDigitBits = 11;
constexpr int kDigits = 6;
constexpr quint64 kDigitMask = (1u << kDigitBits) - 1;

// One IEEE operation at a time, each result rounded to double, as R's vector arithmetic does
// (no fused multiply-add, which the compiler could otherwise contract to).
double rounded(double v)
{
    volatile double r = v;
    return r;
}

bool isScored(double v)
{
    return v == v; // not NaN
}

// Order-preserving unsigned key of a double (no NaN): ascending keys = ascending values.
quint64 sortKey(double v)
{
    const quint64 bits = std::bit_cast<quint64>(v == 0.0 ? 0.0 : v);
    return (bits & 0x8000000000000000ull) ? ~bits : bits | 0x8000000000000000ull;
}

// Group g of n ranks split into `bins` starts at rank ceil(g * n / bins).
qint64 groupStart(qint64 g, qint64 n, qint64 bins)
{
    return (g * n + bins - 1) / bins;
}

} // namespace

bool RfmBinning::buildHistogram(const std::vector<double> &values, qint64 count, double min,
                                double max)
{
    m_hasHistogram = false;
    const double span = max - min + 1;
    if (!m_useHistograms || count == 0 || !(span <= kMaxHistogramSpan)
        || span > 4.0 * double(count) + 1024.0 || min != std::floor(min)
        || std::fabs(min) > 1e15)
        return false;
    m_counts.assign(size_t(span), 0);
    for (double v : values) {
        if (!isScored(v))
            continue;
        if (v != std::floor(v))
            return false;
        ++m_counts[size_t(v - min)];
    }
    m_histogramMin = min;
    m_hasHistogram = true;
    return true;
}

std::vector<double> RfmBinning::orderStatistics(const std::vector<double> &values,
                                                const std::vector<size_t> &positions)
{
    std::vector<size_t> order(positions.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return positions[a] < positions[b]; });
    std::vector<double> out(positions.size());
    if (m_hasHistogram) {
        qint64 seen = 0;
        size_t j = 0;
        for (size_t b = 0; b < m_counts.size() && j < order.size(); ++b) {
            seen += m_counts[b];
            while (j < order.size() && qint64(positions[order[j]]) < seen)
                out[order[j++]] = m_histogramMin + double(b);
        }
        return out;
    }
    m_buffer.clear();
    MemoryAdvice::reserve(m_buffer, values.size());
    for (double v : values)
        if (isScored(v))
            m_buffer.push_back(v);
    auto from = m_buffer.begin();
    for (size_t k : order) {
        const auto at = m_buffer.begin() + qsizetype(positions[k]);
        if (at >= from) { // else a repeat of the previous position, already in place
            std::nth_element(from, at, m_buffer.end());
            from = at + 1;
        }
        out[k] = *at;
    }
    return out;
}

std::vector<double> RfmBinning::shareCuts(const std::vector<double> &values, qint64 count,
                                          int bins, double offset, double min, double max)
{
    // seq(0, 1, length.out = bins + 1) gives probs k * (1 / bins); quantile() then takes
    // index = 1 + (n - 1) * p, lo = floor, hi = ceiling, and interpolates
    // (1 - h) * x[lo] + h * x[hi] when index > lo and the two order statistics differ.
    const double by = 1.0 / double(bins);
    std::vector<double> index;
    std::vector<size_t> positions;
    for (int k = 1; k < bins; ++k) {
        const double p = rounded(double(k) * by);
        const double i = rounded(1.0 + rounded(double(count - 1) * p));
        index.push_back(i);
        positions.push_back(size_t(std::floor(i)) - 1);
        positions.push_back(size_t(std::ceil(i)) - 1);
    }
    buildHistogram(values, count, min, max);
    const std::vector<double> x = orderStatistics(values, positions);
    std::vector<double> cuts;
    for (size_t k = 0; k < index.size(); ++k) {
        const double lo = std::floor(index[k]);
        const double xlo = x[2 * k], xhi = x[2 * k + 1];
        double q = xlo;
        if (index[k] > lo && xhi != xlo) {
            const double h = rounded(index[k] - lo);
            q = rounded(rounded(rounded(1.0 - h) * xlo) + rounded(h * xhi));
        }
        q = rounded(q + offset);
        cuts.push_back(cuts.empty() ? q : std::max(q, cuts.back())); // an ulp can break order
    }
    return cuts;
}

void RfmBinning::scoreByHistogram(const std::vector<double> &values, qint64 count, qint64 bins,
                                  bool higherIsBetter, std::vector<quint8> &scores)
{
    // First rank of each value, worst first, then ranks in row order.
    qint64 sum = 0;
    const size_t span = m_counts.size();
    for (size_t j = 0; j < span; ++j) {
        qint32 &c = m_counts[higherIsBetter ? j : span - 1 - j];
        const qint32 t = c;
        c = qint32(sum);
        sum += t;
    }
    for (size_t i = 0; i < values.size(); ++i) {
        if (!isScored(values[i]))
            continue;
        const qint64 rank = m_counts[size_t(values[i] - m_histogramMin)]++;
        scores[i] = quint8(rank * bins / count + 1);
    }
    m_hasHistogram = false; // the counts are ranks now
}

void RfmBinning::radixSortRows(const std::vector<double> &values, qint64 count,
                               bool higherIsBetter)
{
    // Stable LSD radix sort of the rows by key, 11 bits a pass; passes where every key has the
    // same digit are skipped. Rows are added in ascending order, so equal keys stay in row order.
    m_keys.clear();
    m_rows.clear();
    m_keys.reserve(size_t(count));
    m_rows.reserve(size_t(count));
    for (size_t i = 0; i < values.size(); ++i) {
        if (!isScored(values[i]))
            continue;
        const quint64 k = sortKey(values[i]);
        m_keys.push_back(higherIsBetter ? k : ~k);
        m_rows.push_back(qint32(i));
    }
    const size_t n = m_keys.size();
    m_digitCounts.resize(kDigits);
    for (auto &c : m_digitCounts)
        c.fill(0);
    for (quint64 k : m_keys)
        for (int d = 0; d < kDigits; ++d)
            ++m_digitCounts[size_t(d)][(k >> (kDigitBits * d)) & kDigitMask];
    m_keys2.resize(n);
    m_rows2.resize(n);
    for (int d = 0; d < kDigits; ++d) {
        auto &c = m_digitCounts[size_t(d)];
        if (n == 0 || c[(m_keys[0] >> (kDigitBits * d)) & kDigitMask] == qint64(n))
            continue;
        qint64 sum = 0;
        for (qint64 &x : c) {
            const qint64 t = x;
            x = sum;
            sum += t;
        }
        for (size_t i = 0; i < n; ++i) {
            const size_t to = size_t(c[(m_keys[i] >> (kDigitBits * d)) & kDigitMask]++);
            m_keys2[to] = m_keys[i];
            m_rows2[to] = m_rows[i];
        }
        m_keys.swap(m_keys2);
        m_rows.swap(m_rows2);
    }
}

std::vector<double> RfmBinning::split(const std::vector<double> &values, qint64 count, int bins,
                                      bool higherIsBetter, double min, double max,
                                      std::vector<quint8> &scores)
{
    const qint64 b = bins;
    // Ascending positions of the cut values: for ascending ranks the start of group k; for
    // descending ranks (recency) the smallest value of groups 0 .. bins - 1 - k.
    std::vector<size_t> positions;
    for (qint64 k = 1; k < b; ++k) {
        const qint64 at = higherIsBetter ? groupStart(k, count, b)
                                         : count - groupStart(b - k, count, b);
        positions.push_back(size_t(std::min(at, count - 1)));
    }
    auto cutsFrom = [&](const std::vector<double> &x) {
        std::vector<double> cuts(x);
        for (qint64 k = 1; k < b; ++k)
            if (higherIsBetter && groupStart(k, count, b) >= count)
                cuts[size_t(k - 1)] = max + 1; // empty top groups (fewer customers than bins)
        return cuts;
    };

    if (buildHistogram(values, count, min, max)) {
        const std::vector<double> cuts = cutsFrom(orderStatistics(values, positions));
        scoreByHistogram(values, count, b, higherIsBetter, scores);
        return cuts;
    }

    radixSortRows(values, count, higherIsBetter);
    for (qint64 rank = 0; rank < count; ++rank)
        scores[size_t(m_rows[size_t(rank)])] = quint8(rank * b / count + 1);
    std::vector<double> x;
    for (size_t p : positions) // ascending position p is rank p, or count - 1 - p descending
        x.push_back(values[size_t(m_rows[higherIsBetter ? p : size_t(count) - 1 - p])]);
    return cutsFrom(x);
}

void RfmBinning::apply(const std::vector<double> &values, const std::vector<double> &cuts,
                       bool higherIsBetter, std::vector<quint8> &scores)
{
    // Branch-free over a fixed eight cut points, padded with +infinity (no value reaches it).
    std::array<double, kMaxCuts> c;
    c.fill(std::numeric_limits<double>::infinity());
    std::copy(cuts.begin(), cuts.begin() + std::min<qsizetype>(qsizetype(cuts.size()), kMaxCuts),
              c.begin());
    const int bins = int(cuts.size()) + 1;
    const int base = higherIsBetter ? 1 : bins, sign = higherIsBetter ? 1 : -1;
    for (size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        int g = 0;
        for (double cut : c)
            g += v >= cut;
        scores[i] = quint8(int(isScored(v)) * (base + sign * g));
    }
}

} // namespace Segmenta
