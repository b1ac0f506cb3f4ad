// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/rfmscores.h"

#include "analysis/measures/customersummary.h"
#include "base/memoryadvice.h"
#include "analysis/measures/rfmbinning.h"
#include "base/taskcontrol.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";
constexpr RfmDimension kDimensions[3] = {RfmDimension::Recency, RfmDimension::Frequency,
                                         RfmDimension::Monetary};

// Per dimension (recency, frequency, monetary), the plain-language collapse warnings.
// %1 scores used, %2 scores, %3 the empty scores, %4 distinct values.
constexpr const char *kFewValues[3] = {
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 recency scores are used (empty: %3): the customers "
                      "have only %4 different recency values, and customers with the same "
                      "value share a score. The split rule gives every score the same number "
                      "of customers; cut points can also be set by hand."),
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 frequency scores are used (empty: %3): the customers "
                      "have only %4 different frequency values, and customers with the same "
                      "value share a score. The split rule gives every score the same number "
                      "of customers; cut points can also be set by hand."),
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 monetary scores are used (empty: %3): the customers "
                      "have only %4 different monetary values, and customers with the same "
                      "value share a score. The split rule gives every score the same number "
                      "of customers; cut points can also be set by hand."),
};
constexpr const char *kBunched[3] = {
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 recency scores are used (empty: %3): many customers "
                      "have the same or nearly the same recency, so several cut points "
                      "coincide. The split rule gives every score the same number of "
                      "customers; cut points can also be set by hand."),
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 frequency scores are used (empty: %3): many customers "
                      "have the same or nearly the same frequency, so several cut points "
                      "coincide. The split rule gives every score the same number of "
                      "customers; cut points can also be set by hand."),
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 monetary scores are used (empty: %3): many customers "
                      "have the same or nearly the same monetary value, so several cut points "
                      "coincide. The split rule gives every score the same number of "
                      "customers; cut points can also be set by hand."),
};
constexpr const char *kEmptyBetweenCuts[3] = {
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 recency scores are used (empty: %3): no customer's "
                      "recency lies between some of the given cut points."),
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 frequency scores are used (empty: %3): no customer's "
                      "frequency lies between some of the given cut points."),
    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                      "Only %1 of the %2 monetary scores are used (empty: %3): no customer's "
                      "monetary value lies between some of the given cut points."),
};

Message error(const char *source, QStringList args = {})
{
    return Message(kContext, source, std::move(args)).withCode("rfm-settings");
}

Message cancelled()
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The RFM analysis was cancelled."))
        .withCode("cancelled");
}

bool validCuts(const std::vector<double> &cuts)
{
    if (cuts.empty() || int(cuts.size()) >= RfmOptions::kMaxBins)
        return false;
    for (size_t i = 0; i < cuts.size(); ++i)
        if (!std::isfinite(cuts[i]) || (i > 0 && cuts[i] < cuts[i - 1]))
            return false;
    return true;
}

// Number of distinct values, counted up to limit + 1.
int distinctUpTo(const std::vector<double> &values, int limit)
{
    std::vector<double> seen;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        if (std::find(seen.begin(), seen.end(), v) == seen.end()) {
            seen.push_back(v);
            if (int(seen.size()) > limit)
                break;
        }
    }
    return int(seen.size());
}

} // namespace

int RfmScores::Dimension::scoresUsed() const
{
    return int(std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; }));
}

const RfmScores::Dimension &RfmScores::dimension(RfmDimension d) const
{
    switch (d) {
    case RfmDimension::Recency:
        return recencyDimension;
    case RfmDimension::Frequency:
        return frequencyDimension;
    case RfmDimension::Monetary:
        break;
    }
    return monetaryDimension;
}

RfmThresholds RfmScores::thresholds() const
{
    RfmThresholds t;
    t.recency = recencyDimension.cuts;
    t.frequency = frequencyDimension.cuts;
    t.monetary = monetaryDimension.cuts;
    t.frequencyMeasure = options.frequency;
    t.monetaryMeasure = options.monetary;
    t.asOfDay = asOfDay;
    return t;
}

QList<qint32> RfmScores::unscoredCustomers() const
{
    QList<qint32> rows;
    for (size_t i = 0; i < r.size(); ++i)
        if (!r[i])
            rows.append(qint32(i));
    return rows;
}

namespace {

using CutSource = RfmScores::CutSource;

// Progress: the values take this share, each of the three dimensions as much again.
constexpr double kValuesShare = 0.1;
constexpr double kDimensionShare = 0.3;

Status validateOptions(const RfmOptions &options)
{
    if (options.bins < RfmOptions::kMinBins || options.bins > RfmOptions::kMaxBins)
        return error(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                       "The number of RFM scores must be between %1 and %2."),
                     {QString::number(RfmOptions::kMinBins),
                      QString::number(RfmOptions::kMaxBins)});
    if (!std::isfinite(options.quantileOffset))
        return error(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                       "The quantile offset must be a number."));
    for (RfmDimension d : kDimensions)
        if (const auto &c = options.customCuts(d); c && !validCuts(*c))
            return error(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                           "RFM cut points must be 1 to %1 numbers in "
                                           "ascending order."),
                         {QString::number(RfmOptions::kMaxBins - 1)});
    if (options.frozen) {
        const RfmThresholds &t = *options.frozen;
        if (t.frequencyMeasure != options.frequency || t.monetaryMeasure != options.monetary)
            return error(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                           "The saved RFM thresholds were computed for another "
                                           "frequency or monetary measure. Choose the same "
                                           "measures, or compute new thresholds."));
        for (RfmDimension d : kDimensions)
            if (!validCuts(t.cuts(d)))
                return error(QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The saved RFM thresholds are incomplete: each "
                                               "dimension needs ascending cut points."));
    }
    return Status::success();
}

// The recency, frequency and monetary values; they stay NaN for customers without a purchase,
// which marks them as not scored. An error when a purchase is on or after the analysis date.
Status computeValues(const CustomerSummary &summary, const RfmOptions &options, RfmScores &s)
{
    const size_t n = size_t(summary.size());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    MemoryAdvice::assign(s.recency, n, nan);
    MemoryAdvice::assign(s.frequency, n, nan);
    MemoryAdvice::assign(s.monetary, n, nan);
    MemoryAdvice::assign(s.r, n, 0);
    MemoryAdvice::assign(s.f, n, 0);
    MemoryAdvice::assign(s.m, n, 0);
    for (size_t i = 0; i < n; ++i) {
        if (summary.firstDay[i] == Column::kMissingDate) {
            ++s.unscoredCount;
            continue;
        }
        if (summary.lastDay[i] >= s.asOfDay)
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "The RFM analysis date %1 is not after every "
                                             "purchase (the last is on %2). Choose a later "
                                             "date, or leave later orders out of the data."),
                           {Column::fromDays(s.asOfDay).toString(Qt::ISODate),
                            Column::fromDays(summary.maxDay).toString(Qt::ISODate)})
                .withCode("date-order");
        ++s.scoredCount;
        s.recency[i] = double(s.asOfDay) - double(summary.lastDay[i]);
        const qint32 orders = summary.orders[i];
        s.frequency[i] = double(options.frequency == RfmFrequencyMeasure::Orders
                                    ? orders : summary.purchaseDays[i]);
        s.monetary[i] = options.monetary == RfmMonetaryMeasure::Total
                            ? summary.revenue[i]
                            : (orders > 0 ? summary.revenue[i] / double(orders) : 0.0);
    }
    return Status::success();
}

// The cut points of one dimension: given by hand, frozen, or computed by the tie rule (the
// split rule scores as it cuts).
void chooseCuts(const RfmScores &s, RfmDimension d, const std::vector<double> &values,
                RfmBinning &binning, RfmScores::Dimension &dim, std::vector<quint8> &score)
{
    const RfmOptions &options = s.options;
    if (const auto &custom = options.customCuts(d)) {
        dim.cuts = *custom;
        dim.source = CutSource::Custom;
    } else if (options.frozen) {
        dim.cuts = options.frozen->cuts(d);
        dim.source = CutSource::Frozen;
    } else if (s.scoredCount == 0) {
        dim.cuts.clear(); // nothing to compute from; nobody is scored
    } else if (options.ties == RfmTieRule::Share) {
        dim.cuts = binning.shareCuts(values, s.scoredCount, options.bins,
                                     options.quantileOffset, dim.min, dim.max);
    } else {
        dim.cuts = binning.split(values, s.scoredCount, options.bins, d != RfmDimension::Recency,
                                 dim.min, dim.max, score);
    }
}

// Why a dimension uses fewer scores than it has, in plain language; null when it uses them all
// or when too few customers explain it already.
std::optional<Message> collapseWarning(const RfmScores &s, RfmDimension d,
                                       const std::vector<double> &values,
                                       const RfmScores::Dimension &dim, bool tooFew)
{
    const int used = dim.scoresUsed();
    const bool explained = tooFew && dim.source == CutSource::Computed;
    if (s.scoredCount == 0 || used >= dim.bins || explained)
        return std::nullopt;
    const int di = int(d);
    QStringList empty;
    for (int k = 0; k < dim.bins; ++k)
        if (dim.counts[size_t(k)] == 0)
            empty.append(QString::number(k + 1));
    const QStringList args = {QString::number(used), QString::number(dim.bins),
                              empty.join(QStringLiteral(", "))};
    if (dim.source != CutSource::Computed)
        return Message(kContext, kEmptyBetweenCuts[di], args);
    const int distinct = distinctUpTo(values, dim.bins);
    if (distinct < dim.bins)
        return Message(kContext, kFewValues[di], args + QStringList{QString::number(distinct)});
    return Message(kContext, kBunched[di], args);
}

// Cuts, scores, counts and warnings of one dimension.
void scoreDimension(RfmScores &s, RfmDimension d, RfmBinning &binning, bool tooFew)
{
    const RfmOptions &options = s.options;
    const std::vector<double> &values = d == RfmDimension::Recency     ? s.recency
                                        : d == RfmDimension::Frequency ? s.frequency
                                                                       : s.monetary;
    std::vector<quint8> &score = d == RfmDimension::Recency     ? s.r
                                 : d == RfmDimension::Frequency ? s.f
                                                                : s.m;
    RfmScores::Dimension &dim = d == RfmDimension::Recency     ? s.recencyDimension
                                : d == RfmDimension::Frequency ? s.frequencyDimension
                                                               : s.monetaryDimension;
    const bool higherIsBetter = d != RfmDimension::Recency;

    // std::min / std::max keep the first argument when the value is NaN (not scored).
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    dim.min = s.scoredCount ? lo : 0.0;
    dim.max = s.scoredCount ? hi : 0.0;

    chooseCuts(s, d, values, binning, dim, score);
    dim.bins = s.scoredCount == 0 && dim.cuts.empty() ? options.bins : int(dim.cuts.size()) + 1;
    const bool split = dim.source == CutSource::Computed && options.ties == RfmTieRule::Split;
    if (!split && !dim.cuts.empty())
        RfmBinning::apply(values, dim.cuts, higherIsBetter, score);
    std::array<qint64, RfmOptions::kMaxBins + 1> histogram{};
    for (quint8 sc : score)
        ++histogram[sc];
    dim.counts.assign(histogram.begin() + 1, histogram.begin() + 1 + dim.bins);
    if (auto warning = collapseWarning(s, d, values, dim, tooFew))
        s.warnings.append(*warning);
}

// The warnings on who is scored at all, ahead of the per-dimension ones.
void prependCoverageWarnings(RfmScores &s, size_t n, bool tooFew)
{
    if (tooFew)
        s.warnings.prepend(Message(kContext,
                                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                     "Only %1 customers have purchases, fewer "
                                                     "than the %2 scores, so some scores stay "
                                                     "empty."),
                                   {QString::number(s.scoredCount),
                                    QString::number(s.options.bins)}));
    if (s.scoredCount == 0 && n > 0)
        s.warnings.prepend(Message(kContext,
                                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                     "No customer has a purchase before the "
                                                     "analysis date; nobody gets an RFM "
                                                     "score.")));
    else if (s.unscoredCount > 0)
        s.warnings.prepend(Message(kContext,
                                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                     "%1 customers have no purchase before the "
                                                     "analysis date and get no RFM score; they "
                                                     "are listed separately."),
                                   {QString::number(s.unscoredCount)}));
}

} // namespace

Result<RfmScores> RfmScores::compute(const CustomerSummary &summary, const RfmOptions &options,
                                     TaskControl *control)
{
    if (Status valid = validateOptions(options); !valid)
        return valid.error();
    RfmScores s;
    s.options = options;
    s.asOfDay = options.asOfDay == Column::kMissingDate ? summary.asOfDay : options.asOfDay;
    s.options.asOfDay = s.asOfDay;
    if (Status values = computeValues(summary, options, s); !values)
        return values.error();
    if (control)
        control->reportProgress(kValuesShare);

    const bool tooFew = s.scoredCount > 0 && s.scoredCount < options.bins;
    RfmBinning binning;
    int step = 0;
    for (RfmDimension d : kDimensions) {
        if (control && control->isCancelled())
            return cancelled();
        scoreDimension(s, d, binning, tooFew);
        if (control)
            control->reportProgress(kValuesShare + kDimensionShare * ++step);
    }
    prependCoverageWarnings(s, size_t(summary.size()), tooFew);
    return s;
}

} // namespace Segmenta
