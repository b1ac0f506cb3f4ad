// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusterprojection.h"

#include "analysis/customeranalysis.h"
#include "base/seededrandom.h"
#include "stats/principalcomponents.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Segmenta {

namespace {
// Profiles over every clustered customer, in the units a manager reads.
void fillProfiles(const CustomerAnalysis &analysis, int k,
                  std::vector<ClusterProjection::Profile> &profiles, qint64 &clustered)
{
    using Profile = ClusterProjection::Profile;
    const CustomerSummary &s = analysis.summary;
    double revenue = 0;
    for (qsizetype row = 0; row < s.size(); ++row) {
        const qint32 c = analysis.clusterLabels[size_t(row)];
        if (c < 0 || c >= k)
            continue;
        Profile &profile = profiles[size_t(c)];
        ++profile.customers;
        profile.meanRecency += double(s.asOfDay - s.lastDay[size_t(row)]);
        profile.meanFrequency += double(s.orders[size_t(row)]);
        profile.meanMonetary += s.revenue[size_t(row)];
        revenue += s.revenue[size_t(row)];
        ++clustered;
    }
    for (Profile &profile : profiles) {
        if (profile.customers == 0)
            continue;
        profile.revenueShare = revenue != 0 ? profile.meanMonetary / revenue : 0;
        profile.share = double(profile.customers) / double(clustered);
        profile.meanRecency /= double(profile.customers);
        profile.meanFrequency /= double(profile.customers);
        profile.meanMonetary /= double(profile.customers);
    }
}
} // namespace

ClusterProjection ClusterProjection::compute(const CustomerAnalysis &analysis, qint64 maxPoints)
{
    ClusterProjection p;
    if (!analysis.clusters)
        return p;
    const KMeansSolution *solution = analysis.clusters->suggested();
    const int k = solution ? solution->k : 0;
    p.points.resize(size_t(k));
    p.profiles.resize(size_t(k));

    fillProfiles(analysis, k, p.profiles, p.clustered);

    // The same features the clustering used, so the picture shows what k-means saw.
    std::vector<qint64> rows;
    auto pca = PrincipalComponents::compute(
        CustomerAnalysis::clusterFeatures(analysis.summary, rows));
    if (!pca) {
        p.error = pca.error();
        return p;
    }
    if (pca->componentCount() < 2) {
        // The clusters page's own sentence: it was written there first.
        p.error = Message("Segmenta::ClustersPage",
                          QT_TRANSLATE_NOOP("Segmenta::ClustersPage",
                                            "The clusters have fewer than two features to draw."));
        return p;
    }
    for (int c = 0; c < 2; ++c) {
        p.explained[c] = pca->explainedRatio[c];
        // Name each axis after the features that load most on it.
        std::vector<int> order(size_t(pca->loadings.rows()));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&pca, c](int a, int b) {
            return std::abs(pca->loadings(a, c)) > std::abs(pca->loadings(b, c));
        });
        QStringList top;
        for (size_t i = 0; i < order.size() && i < 2; ++i)
            top << pca->attributes[order[i]];
        p.axisFeatures[c] = top;
        p.axisNames << QStringLiteral("PC%1 (%2)").arg(c + 1).arg(top.join(QStringLiteral(", ")));
    }

    // A fixed-seed sample (partial Fisher–Yates) of the score rows: the same picture each time.
    const qint64 n = pca->scores.rows();
    std::vector<qint64> pick(static_cast<size_t>(n));
    std::iota(pick.begin(), pick.end(), 0);
    const qint64 m = std::min(n, maxPoints);
    SeededRandom generator(kSeed);
    for (qint64 i = 0; i < m; ++i)
        std::swap(pick[size_t(i)], pick[size_t(i + qint64(generator.below(quint64(n - i))))]);
    for (qint64 i = 0; i < m; ++i) {
        const qint64 scoreRow = pick[size_t(i)];
        const qint64 customer = rows[size_t(pca->rows[size_t(scoreRow)])];
        const qint32 c = analysis.clusterLabels[size_t(customer)];
        if (c < 0 || c >= k)
            continue;
        p.points[size_t(c)].emplace_back(pca->scores(scoreRow, 0), pca->scores(scoreRow, 1));
        ++p.drawn;
    }
    return p;
}

} // namespace Segmenta
