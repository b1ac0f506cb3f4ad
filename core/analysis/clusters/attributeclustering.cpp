// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/attributeclustering.h"

#include "analysis/clusters/silhouette.h"
#include "base/message.h"
#include "base/taskcontrol.h"

#include <cmath>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

// The 0/1 columns of a categorical attribute, or its standardised numbers, scaled so that the
// block's total variance is one (docs/clusters.md, "Weighing the attributes").
void encodeAttribute(const ClusterAttribute &a, std::vector<std::vector<double>> &out,
                     QStringList &columns)
{
    const qsizetype n = a.rowCount();
    if (a.isNumeric()) {
        const std::vector<double> &x = a.numbers();
        double mean = 0;
        for (double v : x)
            mean += v;
        mean /= double(std::max<qsizetype>(1, n));
        double ss = 0;
        for (double v : x)
            ss += (v - mean) * (v - mean);
        const double sd = std::sqrt(ss / double(std::max<qsizetype>(1, n)));
        if (sd <= 0)
            return;
        std::vector<double> column(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i)
            column[size_t(i)] = (x[size_t(i)] - mean) / sd;
        out.push_back(std::move(column));
        columns.append(a.name());
        return;
    }
    const int values = int(a.values().size());
    std::vector<std::vector<double>> block(size_t(values), std::vector<double>(size_t(n), 0.0));
    std::vector<double> counts(size_t(values), 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        a.forEachValue(i, [&](qint32 v) {
            block[size_t(v)][size_t(i)] = 1.0;
            counts[size_t(v)] += 1.0;
        });
    }
    double variance = 0;
    for (double c : counts) {
        const double p = c / double(std::max<qsizetype>(1, n));
        variance += p * (1.0 - p);
    }
    if (variance <= 0)
        return;
    const double scale = 1.0 / std::sqrt(variance);
    for (int v = 0; v < values; ++v) {
        if (counts[size_t(v)] == 0)
            continue;
        for (double &x : block[size_t(v)])
            x *= scale;
        out.push_back(std::move(block[size_t(v)]));
        columns.append(a.name() + u'=' + a.values()[v]);
    }
}

// Progress: choosing k on the sample takes this share, the chosen k on everyone the rest.
constexpr double kSelectionShare = 0.5;
// Mixed into the seed so that the sample differs from those inside KMeansClustering.
constexpr quint64 kSelectionSalt = 0x6B2D5Cu;
constexpr qint64 kFinalSilhouetteRows = 1000;

// The features of a fixed-seed sample of the customers, for choosing k.
std::vector<DesignVariable> sampleOf(const std::vector<DesignVariable> &features,
                                     const AttributeClustering::Options &options)
{
    const qsizetype n = features.front().size();
    const std::vector<qint64> rows =
        Silhouette::sample(n, options.selectionSample, options.kmeans.seed ^ kSelectionSalt);
    std::vector<DesignVariable> out;
    for (const DesignVariable &f : features) {
        std::vector<double> values(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            values[i] = f.numbers[size_t(rows[i])];
        out.push_back(DesignVariable::numeric(f.name, std::move(values)));
    }
    return out;
}

void noteMissing(const ClusterAttribute &a, QList<Message> &notes)
{
    if (a.missingCount() == 0)
        return;
    if (a.isNumeric()) {
        notes.append(Message(kContext,
                             QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "%1 customers have no “%2”; they are kept, "
                                               "clustered at its mean and shown as missing."),
                             {QString::number(a.missingCount()), a.name()}));
    } else {
        notes.append(Message(kContext,
                             QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "%1 customers have no “%2”; they are kept, "
                                               "with “missing” as their value."),
                             {QString::number(a.missingCount()), a.name()}));
    }
}

} // namespace

KMeansClustering::Options AttributeClustering::Options::defaultKMeansOptions()
{
    KMeansClustering::Options o;
    o.minK = 2;
    o.maxK = 10;
    o.seed = 20;
    // The restarts are told apart, and k chosen, on fixed-seed samples; every customer is
    // assigned in the end (docs/clusters.md, "Large data").
    o.restartSample = 20000;
    o.silhouetteSample = 5000;
    o.standardize = false;
    return o;
}

std::vector<double> AttributeClustering::encode(const std::vector<ClusterAttribute> &attributes,
                                                QStringList &columns)
{
    std::vector<std::vector<double>> cols;
    columns.clear();
    for (const ClusterAttribute &a : attributes)
        encodeAttribute(a, cols, columns);
    const size_t n = attributes.empty() ? 0 : size_t(attributes.front().rowCount());
    const size_t d = cols.size();
    std::vector<double> rows(n * d);
    for (size_t f = 0; f < d; ++f) {
        for (size_t i = 0; i < n; ++i)
            rows[i * d + f] = cols[f][i];
    }
    return rows;
}

Result<AttributeClustering> AttributeClustering::run(std::vector<ClusterAttribute> attributes,
                                                     const Options &options, TaskControl *control)
{
    AttributeClustering result;
    std::vector<std::vector<double>> cols;
    for (const ClusterAttribute &a : attributes) {
        encodeAttribute(a, cols, result.columns);
        noteMissing(a, result.notes);
    }
    std::vector<DesignVariable> features;
    features.reserve(cols.size());
    for (qsizetype f = 0; f < result.columns.size(); ++f)
        features.push_back(DesignVariable::numeric(result.columns[f], std::move(cols[size_t(f)])));
    cols.clear();
    const qsizetype n = features.empty() ? 0 : features.front().size();
    KMeansClustering::Options kmeansOptions = options.kmeans;
    kmeansOptions.standardize = false;
    if (options.k > 0) {
        kmeansOptions.minK = options.k;
        kmeansOptions.maxK = options.k;
    }
    const bool sampled = options.k == 0 && n > options.selectionSample;
    if (sampled) {
        TaskControl selectionStep(control, 0.0, kSelectionShare);
        auto selection = KMeansClustering::run(sampleOf(features, options), kmeansOptions,
                                               &selectionStep);
        if (!selection)
            return selection.error();
        result.selection = selection.takeValue();
        result.selectionRows = result.selection.sourceRows;
        kmeansOptions.minK = kmeansOptions.maxK = result.selection.suggestedK;
        result.notes.append(Message(kContext,
                                    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                      "k was chosen on a random sample of %1 of "
                                                      "the %2 customers (fixed seed); the groups "
                                                      "cover every customer."),
                                    {QString::number(result.selectionRows), QString::number(n)}));
    }
    // The silhouette that chose k is the sample's; on everyone a small one only checks it.
    if (sampled)
        kmeansOptions.silhouetteSample = std::min<qint64>(kmeansOptions.silhouetteSample, kFinalSilhouetteRows);
    TaskControl finalStep(control, sampled ? kSelectionShare : 0.0,
                          sampled ? 1.0 - kSelectionShare : 1.0);
    auto kmeans = KMeansClustering::run(features, kmeansOptions, &finalStep);
    if (!kmeans)
        return kmeans.error();
    result.kmeans = kmeans.takeValue();
    if (!sampled) {
        result.selection = result.kmeans;
        result.selectionRows = n;
    }
    for (const Message &m : std::as_const(result.kmeans.notes)) {
        // When k was chosen on a sample, the note about the final run's check would mislead.
        if (!sampled || !QByteArray(m.source()).startsWith("The silhouette was computed"))
            result.notes.append(m);
    }
    result.attributes = std::move(attributes);
    result.k = result.kmeans.suggestedK; // the only k when it was chosen or fixed
    result.labels = result.kmeans.labelsForSourceRows(result.k);
    const KMeansSolution *best = result.selection.suggested();
    // One k has no silhouette to compare with; its own still says whether groups are clear.
    if (best && best->silhouette < options.weakSilhouette) {
        result.weakStructure = true;
        result.notes.append(Message(kContext,
                                    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                      "The best mean silhouette is %1, below "
                                                      "%2: these attributes show no clear "
                                                      "groups, and the groups below are cuts "
                                                      "through a continuum rather than types of "
                                                      "customer."),
                                    {QString::number(best->silhouette, 'f', 2),
                                     QString::number(options.weakSilhouette, 'f', 2)})
                                .withCode("weak-structure"));
    }
    return result;
}

} // namespace Segmenta
