// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/paretocurve.h"

#include "analysis/measures/measuresettings.h"
#include "base/memoryadvice.h"

#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";
constexpr quint64 kSignBit = quint64(1) << 63;

// Bits of a double that sort, as unsigned integers, in the order of the values (-0 as +0).
quint64 ascendingKey(double v)
{
    const quint64 u = std::bit_cast<quint64>(v == 0 ? 0.0 : v);
    return (u & kSignBit) ? ~u : (u | kSignBit);
}

// Stable LSD radix sort of keys ascending, rows (when given) moved along with their keys.
// 13-bit digits, 5 passes; a pass where all keys share the digit is skipped. Small inputs go
// to std::sort on (key, row), which is the same order since rows start ascending.
void radixSort(std::vector<quint64> &keys, std::vector<qint32> *rows)
{
    const size_t n = keys.size();
    if (n < 2048) {
        if (!rows) {
            std::sort(keys.begin(), keys.end());
            return;
        }
        std::vector<std::pair<quint64, qint32>> pairs(n);
        for (size_t i = 0; i < n; ++i)
            pairs[i] = {keys[i], (*rows)[i]};
        std::sort(pairs.begin(), pairs.end());
        for (size_t i = 0; i < n; ++i)
            std::tie(keys[i], (*rows)[i]) = pairs[i];
        return;
    }
    constexpr int kBits = 13, kPasses = 5;
    constexpr size_t kBuckets = size_t(1) << kBits, kMask = kBuckets - 1;
    std::vector<size_t> counts(kBuckets * kPasses, 0);
    for (quint64 k : keys)
        for (int p = 0; p < kPasses; ++p)
            ++counts[size_t(p) * kBuckets + ((k >> (p * kBits)) & kMask)];
    std::vector<quint64> keyBuffer(n);
    std::vector<qint32> rowBuffer(rows ? n : 0);
    quint64 *src = keys.data(), *dst = keyBuffer.data();
    qint32 *rowSrc = rows ? rows->data() : nullptr, *rowDst = rows ? rowBuffer.data() : nullptr;
    for (int p = 0; p < kPasses; ++p) {
        size_t *c = &counts[size_t(p) * kBuckets];
        const int shift = p * kBits;
        if (c[(src[0] >> shift) & kMask] == n)
            continue;
        size_t sum = 0;
        for (size_t b = 0; b < kBuckets; ++b)
            sum += std::exchange(c[b], sum);
        for (size_t i = 0; i < n; ++i) {
            const size_t at = c[(src[i] >> shift) & kMask]++;
            dst[at] = src[i];
            if (rowSrc)
                rowDst[at] = rowSrc[i];
        }
        std::swap(src, dst);
        std::swap(rowSrc, rowDst);
    }
    if (src != keys.data()) {
        std::memcpy(keys.data(), src, n * sizeof(quint64));
        if (rows)
            std::memcpy(rows->data(), rowSrc, n * sizeof(qint32));
    }
}

bool included(const std::vector<char> *include, size_t i)
{
    return !include || (i < include->size() && (*include)[i]);
}

qsizetype topIndex(int percent)
{
    const auto it = std::find(ParetoCurve::kTopPercents.begin(),
                              ParetoCurve::kTopPercents.end(), percent);
    if (it == ParetoCurve::kTopPercents.end())
        return -1;
    return qsizetype(it - ParetoCurve::kTopPercents.begin());
}

} // namespace

QJsonObject ParetoOptions::toJson() const
{
    return {{QStringLiteral("max_curve_points"), maxCurvePoints},
            {QStringLiteral("zero_tolerance"), zeroTolerance}};
}

Result<ParetoOptions> ParetoOptions::fromJson(const QJsonObject &json)
{
    auto invalid = [](const QString &key) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The 80/20 setting “%1” is not valid."),
                       {key})
            .withCode("pareto-settings");
    };
    ParetoOptions o;
    const QJsonValue points = MeasureSettings::value(json, QStringLiteral("max_curve_points"));
    if (!points.isUndefined()) {
        const double p = points.toDouble(-1);
        if (p != std::floor(p) || p < kMinCurvePoints || p > 1e6)
            return invalid(QStringLiteral("max_curve_points"));
        o.maxCurvePoints = int(p);
    }
    const QJsonValue tolerance = MeasureSettings::value(json, QStringLiteral("zero_tolerance"));
    if (!tolerance.isUndefined()) {
        const double t = tolerance.toDouble(-1);
        if (!std::isfinite(t) || t < 0)
            return invalid(QStringLiteral("zero_tolerance"));
        o.zeroTolerance = t;
    }
    return o;
}

std::vector<qint32> ParetoCurve::rankDescending(const std::vector<double> &values,
                                                const std::vector<char> *include)
{
    std::vector<quint64> keys;
    std::vector<qint32> rows;
    MemoryAdvice::reserve(keys, values.size());
    MemoryAdvice::reserve(rows, values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!included(include, i) || std::isnan(values[i]))
            continue;
        keys.push_back(~ascendingKey(values[i])); // complement: descending
        rows.push_back(qint32(i));
    }
    radixSort(keys, &rows);
    return rows;
}

std::vector<qint32> ParetoCurve::topRows(const std::vector<double> &values,
                                         const std::vector<char> *include, size_t k)
{
    std::vector<quint64> keys;
    MemoryAdvice::reserve(keys, values.size());
    for (size_t i = 0; i < values.size(); ++i)
        keys.push_back(included(include, i) && !std::isnan(values[i]) ? ascendingKey(values[i])
                                                                        : 0);
    // Key 0 is below every value's key (ascendingKey sets the top bit for non-negative values
    // and complements negative ones, and NaN is excluded), so it marks "not ranked".
    std::vector<quint64> ranked;
    MemoryAdvice::reserve(ranked, values.size());
    for (quint64 key : keys)
        if (key)
            ranked.push_back(key);
    std::vector<qint32> rows;
    if (k >= ranked.size()) {
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i])
                rows.push_back(qint32(i));
        return rows;
    }
    if (k == 0)
        return rows;
    // The k-th largest key; every larger one is in, equal ones by row ascending until k.
    const auto nth = ranked.end() - qsizetype(k);
    std::nth_element(ranked.begin(), nth, ranked.end());
    const quint64 threshold = *nth;
    size_t equalTaken = size_t(std::count_if(nth, ranked.end(),
                                             [threshold](quint64 x) { return x == threshold; }));
    rows.reserve(k);
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] > threshold) {
            rows.push_back(qint32(i));
        } else if (keys[i] == threshold && equalTaken > 0) {
            rows.push_back(qint32(i));
            --equalTaken;
        }
    }
    return rows;
}

namespace {

// The included values' bits in ascending order, negative ones and those within the tolerance
// of zero counted and taken as 0, missing ones counted and left out. Non-negative doubles sort
// like their bits.
std::vector<quint64> sortedValueBits(const std::vector<double> &values,
                                     const std::vector<char> *include,
                                     const ParetoOptions &options, ParetoCurve &r)
{
    std::vector<quint64> bits;
    MemoryAdvice::reserve(bits, values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!included(include, i))
            continue;
        double v = values[i];
        if (!std::isfinite(v)) {
            ++r.missingCount;
            continue;
        }
        if (v < -options.zeroTolerance) {
            ++r.negativeCount;
            r.negativeTotal += v;
            v = 0;
        } else if (v <= options.zeroTolerance) {
            ++r.zeroCount;
            v = 0; // also -0 as +0
        }
        bits.push_back(std::bit_cast<quint64>(v));
    }
    radixSort(bits, nullptr);
    return bits;
}

void addValueNotes(ParetoCurve &r)
{
    if (r.missingCount > 0)
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "%1 customers have no value and are left out."),
                               {QString::number(r.missingCount)}));
    if (r.negativeCount > 0)
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "%1 customers have a negative value (together "
                                                 "%2); they count as 0 in the curve, the shares "
                                                 "and the Gini coefficient."),
                               {QString::number(r.negativeCount),
                                QString::number(r.negativeTotal, 'f', 2)}));
}

// The ranks k whose cumulative value the curve shows: every k, or evenly spaced k leaving room
// for the 80 % point.
std::vector<qint64> curveProbes(qint64 n, const ParetoOptions &options)
{
    std::vector<qint64> probes;
    const qint64 maxPoints = std::max<qint64>(options.maxCurvePoints,
                                              ParetoOptions::kMinCurvePoints);
    if (n + 1 <= maxPoints) {
        for (qint64 k = 0; k <= n; ++k)
            probes.push_back(k);
    } else {
        const qint64 steps = maxPoints - 2; // leaves room for the 80 % point
        for (qint64 j = 0; j <= steps; ++j)
            probes.push_back(qint64(std::llround(double(j) * double(n) / double(steps))));
    }
    return probes;
}

// One pass down the ranking (valueAt(i): the i-th best, 1-based): the top shares, the 80 %
// point, the Gini coefficient and the cumulative value at each probe, which it returns.
template<typename ValueAt>
std::vector<double> walkRanking(qint64 n, ValueAt valueAt, const std::vector<qint64> &probes,
                                ParetoCurve &r)
{
    std::vector<double> probeCum(probes.size(), 0.0);
    const auto &topPercents = ParetoCurve::kTopPercents;
    size_t p = 1; // probes[0] = 0, cumulative value 0
    size_t t = 0; // topCounts ascend with kTopPercents
    double cum = 0;
    long double weighted = 0; // Σ (n + 1 - 2i) x_i
    double cumAt80 = 0;
    for (qint64 i = 1; i <= n; ++i) {
        const double x = valueAt(i);
        cum += x;
        weighted += (long double)(n + 1 - 2 * i) * x;
        if (r.customersFor80 == 0 && cum * 5.0 >= r.total * 4.0) { // cum >= 0.8 T, exactly
            r.customersFor80 = i;
            cumAt80 = cum;
        }
        while (t < topPercents.size() && r.topCounts[t] == i)
            r.topShares[t++] = cum / r.total;
        while (p < probes.size() && probes[p] == i)
            probeCum[p++] = cum;
    }
    r.gini = std::max(0.0, double(weighted / ((long double)n * r.total)));
    r.customerShareFor80 = double(r.customersFor80) / double(n);
    r.valueShareAt80 = cumAt80 / r.total;
    return probeCum;
}

} // namespace

ParetoCurve ParetoCurve::compute(const std::vector<double> &values,
                                 const std::vector<char> *include, const ParetoOptions &options)
{
    ParetoCurve r;
    r.options = options;
    const std::vector<quint64> bits = sortedValueBits(values, include, options, r);
    const qint64 n = qint64(bits.size());
    r.customers = n;
    // x_i, 1-based, best first.
    auto valueAt = [&](qint64 i) { return std::bit_cast<double>(bits[size_t(n - i)]); };
    addValueNotes(r);
    for (size_t t = 0; t < kTopPercents.size(); ++t)
        r.topCounts[t] = (qint64(kTopPercents[t]) * n + 99) / 100;

    for (qint64 i = 1; i <= n; ++i)
        r.total += valueAt(i);
    if (n == 0) {
        r.notes.append(Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                           "There are no customers to rank.")));
        return r;
    }
    if (r.total <= 0) {
        r.notes.append(Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                 "No customer brings a positive value, so "
                                                 "there is no share of value to show.")));
        return r;
    }

    // The curve's points, plus the 80 % point found on the way.
    const std::vector<qint64> probes = curveProbes(n, options);
    const std::vector<double> probeCum = walkRanking(n, valueAt, probes, r);
    r.curve.reserve(probes.size() + 1);
    for (size_t j = 0; j < probes.size(); ++j) {
        if (j > 0 && probes[j - 1] < r.customersFor80 && probes[j] > r.customersFor80)
            r.curve.push_back({r.customerShareFor80, r.valueShareAt80, r.customersFor80});
        r.curve.push_back({double(probes[j]) / double(n), probeCum[j] / r.total, probes[j]});
    }
    r.curve.back().valueShare = 1.0; // cum(n) is T: the same sum in the same order
    return r;
}

double ParetoCurve::topShare(int percent) const
{
    const qsizetype t = topIndex(percent);
    return t < 0 ? std::numeric_limits<double>::quiet_NaN() : topShares[size_t(t)];
}

qint64 ParetoCurve::topCustomers(int percent) const
{
    const qsizetype t = topIndex(percent);
    return t < 0 ? 0 : topCounts[size_t(t)];
}

QJsonObject ParetoCurve::toJson() const
{
    QJsonArray top;
    for (size_t t = 0; t < kTopPercents.size(); ++t)
        top.append(QJsonObject{{QStringLiteral("percent"), kTopPercents[t]},
                               {QStringLiteral("customers"), topCounts[t]},
                               {QStringLiteral("share"), topShares[t]}});
    QJsonArray points;
    for (const Point &q : curve)
        points.append(QJsonArray{q.customerShare, q.valueShare});
    QJsonArray texts;
    for (const Message &m : notes)
        texts.append(m.toString());
    return {{QStringLiteral("options"), options.toJson()},
            {QStringLiteral("customers"), customers},
            {QStringLiteral("missing"), missingCount},
            {QStringLiteral("negative"), negativeCount},
            {QStringLiteral("negative_total"), negativeTotal},
            {QStringLiteral("zero"), zeroCount},
            {QStringLiteral("total"), total},
            {QStringLiteral("gini"), gini},
            {QStringLiteral("top"), top},
            {QStringLiteral("customers_for_80"), customersFor80},
            {QStringLiteral("customer_share_for_80"), customerShareFor80},
            {QStringLiteral("value_share_at_80"), valueShareAt80},
            {QStringLiteral("curve"), points},
            {QStringLiteral("notes"), texts}};
}

} // namespace Segmenta
