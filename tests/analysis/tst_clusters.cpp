// SPDX-License-Identifier: GPL-3.0-or-later
// Clusters and principal components (docs/domain.md, "Clusters", "Drivers"; also for plotting
// clusters on PC1/PC2).
#include "analysis/clusters/kmeansclustering.h"
#include "stats/principalcomponents.h"
#include "base/taskcontrol.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace Segmenta;

namespace {

// R's datasets::USArrests (McNeil 1977): Murder, Assault, UrbanPop, Rape for the 50 states in
// alphabetical order; checked against github.com/selva86/datasets (USArrests.csv).
const double kUSArrests[50][4] = {
    {13.2, 236, 58, 21.2}, {10.0, 263, 48, 44.5}, {8.1, 294, 80, 31.0}, {8.8, 190, 50, 19.5},
    {9.0, 276, 91, 40.6},  {7.9, 204, 78, 38.7},  {3.3, 110, 77, 11.1}, {5.9, 238, 72, 15.8},
    {15.4, 335, 80, 31.9}, {17.4, 211, 60, 25.8}, {5.3, 46, 83, 20.2},  {2.6, 120, 54, 14.2},
    {10.4, 249, 83, 24.0}, {7.2, 113, 65, 21.0},  {2.2, 56, 57, 11.3},  {6.0, 115, 66, 18.0},
    {9.7, 109, 52, 16.3},  {15.4, 249, 66, 22.2}, {2.1, 83, 51, 7.8},   {11.3, 300, 67, 27.8},
    {4.4, 149, 85, 16.3},  {12.1, 255, 74, 35.1}, {2.7, 72, 66, 14.9},  {16.1, 259, 44, 17.1},
    {9.0, 178, 70, 28.2},  {6.0, 109, 53, 16.4},  {4.3, 102, 62, 16.5}, {12.2, 252, 81, 46.0},
    {2.1, 57, 56, 9.5},    {7.4, 159, 89, 18.8},  {11.4, 285, 70, 32.1}, {11.1, 254, 86, 26.1},
    {13.0, 337, 45, 16.1}, {0.8, 45, 44, 7.3},    {7.3, 120, 75, 21.4}, {6.6, 151, 68, 20.0},
    {4.9, 159, 67, 29.3},  {6.3, 106, 72, 14.9},  {3.4, 174, 87, 8.3},  {14.4, 279, 48, 22.5},
    {3.8, 86, 45, 12.8},   {13.2, 188, 59, 26.9}, {12.7, 201, 80, 25.5}, {3.2, 120, 80, 22.9},
    {2.2, 48, 32, 11.2},   {8.5, 156, 63, 20.7},  {4.0, 145, 73, 26.2}, {5.7, 81, 39, 9.3},
    {2.6, 53, 66, 10.8},   {6.8, 161, 60, 15.6},
};

std::vector<DesignVariable> usArrests()
{
    const QStringList names = {"Murder", "Assault", "UrbanPop", "Rape"};
    std::vector<DesignVariable> vars;
    for (int c = 0; c < 4; ++c) {
        std::vector<double> v;
        for (const auto &row : kUSArrests)
            v.push_back(row[c]);
        vars.push_back(DesignVariable::numeric(names[c], std::move(v)));
    }
    return vars;
}

// Gaussian blobs (sd 1 in every dimension) around the corners of a simplex, centre c at 10 in
// dimension c and 0 elsewhere (so every pair of blobs is equally far apart; dimensions beyond
// the count are noise), in rows of `per` points each. Each feature is scaled differently so
// that standardizing matters.
struct Blobs
{
    std::vector<DesignVariable> features;
    std::vector<int> truth;
    std::vector<std::vector<double>> centres;
};

Blobs blobs(int count, int dimensions, int per, quint64 seed)
{
    std::mt19937_64 engine(seed);
    auto uniform = [&] { return double(engine() >> 11) * 0x1.0p-53; };
    auto gaussian = [&] { // Box-Muller, the same on every platform
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.141592653589793 * uniform());
    };
    Blobs b;
    std::vector<std::vector<double>> columns(static_cast<size_t>(dimensions));
    for (int c = 0; c < count; ++c) {
        std::vector<double> centre;
        for (int f = 0; f < dimensions; ++f)
            centre.push_back(f == c ? 10.0 : 0.0);
        b.centres.push_back(centre);
        for (int i = 0; i < per; ++i) {
            for (int f = 0; f < dimensions; ++f)
                columns[size_t(f)].push_back((centre[size_t(f)] + gaussian()) * (f + 1) * 100);
            b.truth.push_back(c);
        }
    }
    for (int f = 0; f < dimensions; ++f)
        b.features.push_back(
            DesignVariable::numeric(QStringLiteral("f%1").arg(f), columns[size_t(f)]));
    return b;
}

// Every true blob lands in one cluster and no two blobs share one.
bool recovers(const std::vector<int> &truth, const std::vector<qint32> &labels, int count)
{
    std::vector<int> clusterOf(static_cast<size_t>(count), -1);
    std::set<int> used;
    for (size_t i = 0; i < truth.size(); ++i) {
        int &c = clusterOf[size_t(truth[i])];
        if (c < 0) {
            c = labels[i];
            if (!used.insert(c).second)
                return false;
        } else if (c != labels[i]) {
            return false;
        }
    }
    return true;
}

// Rousseeuw's silhouette by the definition, for checking.
double bruteSilhouette(const std::vector<std::vector<double>> &points,
                       const std::vector<qint32> &labels, int k)
{
    const size_t n = points.size();
    double total = 0;
    for (size_t i = 0; i < n; ++i) {
        std::vector<double> sum(size_t(k), 0.0);
        std::vector<int> count(size_t(k), 0);
        for (size_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            double d = 0;
            for (size_t f = 0; f < points[i].size(); ++f)
                d += (points[i][f] - points[j][f]) * (points[i][f] - points[j][f]);
            sum[size_t(labels[j])] += std::sqrt(d);
            ++count[size_t(labels[j])];
        }
        const int own = labels[i];
        if (count[size_t(own)] == 0)
            continue;
        const double a = sum[size_t(own)] / count[size_t(own)];
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c) {
            if (c != own && count[size_t(c)] > 0)
                b = std::min(b, sum[size_t(c)] / count[size_t(c)]);
        }
        total += (b - a) / std::max(a, b);
    }
    return total / double(n);
}

bool hasNote(const KMeansClustering &k, const QString &part)
{
    for (const Message &m : k.notes) {
        if (m.toString().contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void principalComponentsUSArrests();
    void principalComponentsMissingAndConstant();
    void recoversBlobs_data();
    void recoversBlobs();
    void profiles();
    void deterministicForSeed();
    void silhouetteMatchesDefinition();
    void sampledSilhouette();
    void missingRowsAndLabels();
    void edgeCases();
    void progressAndCancel();
};

void TestClusters::principalComponentsUSArrests()
{
    // prcomp(USArrests, scale. = TRUE), as printed in ISLR's lab and e.g.
    // rstudio-pubs-static.s3.amazonaws.com/511726_e3316a84fa794393900f05fecf9e0f90.html:
    // sdev 1.5748783 0.9948694 0.5971291 0.4164494, proportion of variance 0.62006039
    // 0.24744129 0.08914080 0.04335752, and the rotation and first scores below.
    Result<PrincipalComponents> r = PrincipalComponents::compute(usArrests());
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    const double sdev[4] = {1.5748783, 0.9948694, 0.5971291, 0.4164494};
    const double pve[4] = {0.62006039, 0.24744129, 0.08914080, 0.04335752};
    const double rotation[4][4] = {{-0.5358995, 0.4181809, -0.3412327, 0.64922780},
                                   {-0.5831836, 0.1879856, -0.2681484, -0.74340748},
                                   {-0.2781909, -0.8728062, -0.3780158, 0.13387773},
                                   {-0.5434321, -0.1673186, 0.8177779, 0.08902432}};
    // Scores of Alabama and Alaska (R's signs flipped in that page for PC1 to PC4).
    const double scores[2][4] = {{0.9756604, -1.1220012, 0.43980366, -0.154696581},
                                 {1.9305379, -1.0624269, -2.01950027, 0.434175454}};
    QCOMPARE(r->componentCount(), 4);
    QCOMPARE(r->attributes, QStringList({"Murder", "Assault", "UrbanPop", "Rape"}));
    for (int k = 0; k < 4; ++k) {
        QVERIFY(std::fabs(r->standardDeviations[k] - sdev[k]) < 1e-7);
        QVERIFY(std::fabs(r->explainedRatio[k] - pve[k]) < 1e-8);
        // Eigenvectors have no sign of their own: compare up to one sign per component.
        const double sign = r->loadings(1, k) * rotation[1][k] > 0 ? 1.0 : -1.0;
        for (int v = 0; v < 4; ++v)
            QVERIFY(std::fabs(sign * r->loadings(v, k) - rotation[v][k]) < 1e-7);
        const double scoreSign = -sign; // the page's scores are -1 × R's
        for (int row = 0; row < 2; ++row)
            QVERIFY(std::fabs(scoreSign * r->scores(row, k) - scores[row][k]) < 1e-6);
        // Each loading vector's largest entry is positive (a stable convention).
        Eigen::Index largest = 0;
        r->loadings.col(k).cwiseAbs().maxCoeff(&largest);
        QVERIFY(r->loadings(largest, k) > 0);
    }
    QVERIFY(std::fabs(r->cumulativeRatio[1] - (pve[0] + pve[1])) < 1e-8);
    // Correlation of Assault with PC1 = loading × sdev.
    QVERIFY(std::fabs(std::fabs(r->correlations(1, 0)) - 0.5831836 * 1.5748783) < 1e-6);
    QCOMPARE(r->scores.rows(), 50);
}

void TestClusters::principalComponentsMissingAndConstant()
{
    std::vector<DesignVariable> vars = usArrests();
    vars[0].numbers[3] = std::numeric_limits<double>::quiet_NaN();
    vars.push_back(DesignVariable::numeric("flat", std::vector<double>(50, 2.0)));
    Result<PrincipalComponents> r = PrincipalComponents::compute(vars);
    QVERIFY(r.ok());
    QCOMPARE(r->droppedRows, 1);
    QCOMPARE(r->rows.size(), size_t(49));
    QCOMPARE(r->rows[3], 4); // Arkansas is left out
    QCOMPARE(r->componentCount(), 4);
    QVERIFY(r->warnings.size() == 2);
    QVERIFY(r->warnings[1].toString().contains(QStringLiteral("“flat”")));
    vars.push_back(DesignVariable::categorical("region", std::vector<qint32>(50, 0), {"east"}));
    r = PrincipalComponents::compute(vars);
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("not-numeric"));
}

void TestClusters::recoversBlobs_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("dimensions");
    QTest::addColumn<int>("per");
    QTest::newRow("2 blobs, 2-D") << 2 << 2 << 150;
    QTest::newRow("3 blobs, 3-D") << 3 << 3 << 200;
    QTest::newRow("4 blobs, 4-D") << 4 << 4 << 250;
    QTest::newRow("5 blobs, 6-D") << 5 << 6 << 120;
    QTest::newRow("7 blobs, 7-D") << 7 << 7 << 80;
}

void TestClusters::recoversBlobs()
{
    QFETCH(int, count);
    QFETCH(int, dimensions);
    QFETCH(int, per);
    const Blobs b = blobs(count, dimensions, per, 42 + quint64(count));
    Result<KMeansClustering> r = KMeansClustering::run(b.features);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->suggestedK, count);
    QCOMPARE(r->solutions.size(), size_t(9)); // k = 2 .. 10
    QVERIFY(!r->silhouetteSampled);
    const KMeansSolution *s = r->suggested();
    QVERIFY(s);
    QVERIFY(recovers(b.truth, s->labels, count));
    QVERIFY(s->converged);
    for (const ClusterProfile &c : s->clusters)
        QCOMPARE(c.size, qint64(per));
    // The elbow: a large drop up to the true k, little after it.
    if (count > 2) {
        const double before = r->solution(count - 1)->withinSS;
        const double at = r->solution(count)->withinSS;
        const double after = r->solution(count + 1)->withinSS;
        QVERIFY(before - at > 4 * (at - after));
    }
    for (const KMeansSolution &other : r->solutions)
        QVERIFY(other.k == count || other.silhouette < s->silhouette);
    const double totalSS = double(dimensions) * double(count * per - 1); // n - 1 per feature
    QVERIFY(std::fabs(r->totalSS - totalSS) < 1e-6 * totalSS);
}

void TestClusters::profiles()
{
    const Blobs b = blobs(3, 3, 200, 7);
    Result<KMeansClustering> r = KMeansClustering::run(b.features);
    QVERIFY(r.ok());
    const KMeansSolution *s = r->solution(3);
    double shares = 0;
    for (size_t c = 0; c < s->clusters.size(); ++c) {
        const ClusterProfile &p = s->clusters[c];
        shares += p.share;
        // Which blob? The one whose centre the profile mean is near (original units).
        int blob = -1;
        for (int t = 0; t < 3; ++t) {
            bool near = true;
            for (int f = 0; f < 3; ++f) {
                const double unscaled = p.mean[size_t(f)] / ((f + 1) * 100);
                near = near && std::fabs(unscaled - b.centres[size_t(t)][size_t(f)]) < 0.3;
            }
            if (near)
                blob = t;
        }
        QVERIFY2(blob >= 0, "a cluster mean is not at a blob centre");
        // Spread about sd 1 × scale; the feature a blob sits out on distinguishes it most.
        for (int f = 0; f < 3; ++f)
            QVERIFY(std::fabs(p.sd[size_t(f)] / ((f + 1) * 100) - 1.0) < 0.2);
        QCOMPARE(p.distinguishing.front(), blob);
        QVERIFY(p.z[size_t(blob)] > 1.0);
        // z is the standardized difference of the cluster mean from the overall mean.
        for (int f = 0; f < 3; ++f) {
            const double z = (p.mean[size_t(f)] - r->means[size_t(f)]) / r->sds[size_t(f)];
            QVERIFY(std::fabs(p.z[size_t(f)] - z) < 1e-9);
            QVERIFY(std::fabs(s->centres(qsizetype(c), f) - p.z[size_t(f)]) < 1e-9);
        }
    }
    QVERIFY(std::fabs(shares - 1.0) < 1e-12);
    // Clusters are numbered by size, largest first.
    const Blobs uneven = [] {
        Blobs a = blobs(3, 3, 100, 9);
        // Drop most of blob 0 so the sizes differ: keep 30 of its 100 rows.
        Blobs t;
        for (size_t f = 0; f < a.features.size(); ++f)
            t.features.push_back(DesignVariable::numeric(a.features[f].name, {}));
        for (size_t i = 0; i < a.truth.size(); ++i) {
            if (a.truth[i] == 0 && i >= 30)
                continue;
            for (size_t f = 0; f < a.features.size(); ++f)
                t.features[f].numbers.push_back(a.features[f].numbers[i]);
            t.truth.push_back(a.truth[i]);
        }
        return t;
    }();
    r = KMeansClustering::run(uneven.features);
    QVERIFY(r.ok());
    s = r->solution(3);
    QVERIFY(s->clusters[0].size >= s->clusters[1].size);
    QVERIFY(s->clusters[1].size >= s->clusters[2].size);
    QCOMPARE(s->clusters[2].size, 30);
}

void TestClusters::deterministicForSeed()
{
    // Overlapping blobs (three of the six share the origin), so that seeding and restarts
    // matter.
    Blobs b = blobs(6, 3, 400, 3);
    for (DesignVariable &v : b.features) {
        for (double &x : v.numbers)
            x *= 0.5 + 0.001 * std::fmod(x, 7.0);
    }
    KMeansClustering::Options one;
    one.threads = 1;
    one.seed = 99;
    KMeansClustering::Options two = one;
    two.threads = 2;
    Result<KMeansClustering> a = KMeansClustering::run(b.features, one);
    Result<KMeansClustering> c = KMeansClustering::run(b.features, two);
    Result<KMeansClustering> again = KMeansClustering::run(b.features, one);
    QVERIFY(a.ok() && c.ok() && again.ok());
    for (size_t i = 0; i < a->solutions.size(); ++i) {
        QCOMPARE(a->solutions[i].labels, c->solutions[i].labels);
        QCOMPARE(a->solutions[i].withinSS, c->solutions[i].withinSS); // bit for bit
        QCOMPARE(a->solutions[i].silhouette, c->solutions[i].silhouette);
        QCOMPARE(a->solutions[i].labels, again->solutions[i].labels);
    }
    QCOMPARE(a->suggestedK, c->suggestedK);
}

void TestClusters::silhouetteMatchesDefinition()
{
    const Blobs b = blobs(3, 3, 20, 5);
    Result<KMeansClustering> r = KMeansClustering::run(b.features);
    QVERIFY(r.ok());
    std::vector<std::vector<double>> points;
    for (size_t i = 0; i < b.truth.size(); ++i) {
        std::vector<double> p;
        for (size_t f = 0; f < b.features.size(); ++f)
            p.push_back((b.features[f].numbers[i] - r->means[f]) / r->sds[f]);
        points.push_back(p);
    }
    for (const KMeansSolution &s : r->solutions) {
        const double expected = bruteSilhouette(points, s.labels, s.k);
        QVERIFY2(std::fabs(s.silhouette - expected) < 1e-12,
                 qPrintable(QStringLiteral("k=%1: %2 vs %3")
                                .arg(s.k)
                                .arg(s.silhouette)
                                .arg(expected)));
    }
}

void TestClusters::sampledSilhouette()
{
    const Blobs b = blobs(4, 4, 500, 11);
    KMeansClustering::Options options;
    options.maxK = 6;
    options.silhouetteSample = 400;
    options.restartSample = 500; // restarts on 500 rows, then refined on all 2000
    Result<KMeansClustering> sampled = KMeansClustering::run(b.features, options);
    QVERIFY(sampled.ok());
    QVERIFY(sampled->silhouetteSampled);
    QCOMPARE(sampled->silhouetteRows, 400);
    QVERIFY(hasNote(*sampled, QStringLiteral("random sample of 400 of the 2000 rows")));
    QVERIFY(hasNote(*sampled, QStringLiteral("compared on a random sample of 500 rows")));
    QCOMPARE(sampled->suggestedK, 4);
    QVERIFY(recovers(b.truth, sampled->suggested()->labels, 4));
    options.threads = 1;
    Result<KMeansClustering> oneThread = KMeansClustering::run(b.features, options);
    QVERIFY(oneThread.ok());
    for (size_t i = 0; i < oneThread->solutions.size(); ++i) {
        QCOMPARE(oneThread->solutions[i].labels, sampled->solutions[i].labels);
        QCOMPARE(oneThread->solutions[i].silhouette, sampled->solutions[i].silhouette);
    }
    options.threads = 0;
    options.restartSample = 100000;
    options.silhouetteSample = 10000;
    Result<KMeansClustering> exact = KMeansClustering::run(b.features, options);
    QVERIFY(exact.ok());
    QVERIFY(!exact->silhouetteSampled);
    QCOMPARE(exact->silhouetteRows, 2000);
    for (size_t i = 0; i < exact->solutions.size(); ++i) {
        const double difference =
            exact->solutions[i].silhouette - sampled->solutions[i].silhouette;
        QVERIFY(std::fabs(difference) < 0.05);
    }
}

void TestClusters::missingRowsAndLabels()
{
    Blobs b = blobs(2, 2, 50, 13);
    b.features[1].numbers[7] = std::numeric_limits<double>::quiet_NaN();
    b.features.push_back(DesignVariable::numeric("flat", std::vector<double>(100, 1.0)));
    Result<KMeansClustering> r = KMeansClustering::run(b.features);
    QVERIFY(r.ok());
    QCOMPARE(r->droppedRows, 1);
    QCOMPARE(r->features, QStringList({"f0", "f1"}));
    QVERIFY(hasNote(*r, QStringLiteral("“flat” has the same value in every row")));
    QVERIFY(hasNote(*r, QStringLiteral("1 of 100 rows were left out")));
    const std::vector<qint32> labels = r->labelsForSourceRows(2);
    QCOMPARE(labels.size(), size_t(100));
    QCOMPARE(labels[7], -1);
    QVERIFY(labels[0] >= 0 && labels[99] >= 0 && labels[0] != labels[99]);
}

void TestClusters::edgeCases()
{
    // Too few rows, categorical features, no variation: errors, never NaNs.
    Result<KMeansClustering> r = KMeansClustering::run({DesignVariable::numeric("a", {1, 2})});
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("too-few-rows"));
    r = KMeansClustering::run({DesignVariable::categorical("tier", {0, 1, 0}, {"gold", "iron"})});
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("not-numeric"));
    r = KMeansClustering::run({DesignVariable::numeric("a", {5, 5, 5, 5})});
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("too-few-rows"));
    // Three distinct points repeated: k stops at 3, with a note.
    std::vector<double> x, y;
    for (int i = 0; i < 30; ++i) {
        x.push_back(i % 3);
        y.push_back((i % 3) * (i % 3));
    }
    r = KMeansClustering::run({DesignVariable::numeric("x", x), DesignVariable::numeric("y", y)});
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r->solutions.back().k, 3);
    QCOMPARE(r->suggestedK, 3);
    QVERIFY(hasNote(*r, QStringLiteral("only 3 distinct combinations")));
    for (const KMeansSolution &s : r->solutions) {
        QVERIFY(std::isfinite(s.silhouette) && std::isfinite(s.withinSS));
        for (const ClusterProfile &c : s.clusters) {
            for (size_t f = 0; f < c.mean.size(); ++f) {
                QVERIFY(std::isfinite(c.mean[f]) && std::isfinite(c.sd[f])
                        && std::isfinite(c.z[f]));
            }
        }
    }
}

void TestClusters::progressAndCancel()
{
    const Blobs b = blobs(3, 3, 100, 17);
    TaskControl control;
    std::vector<double> progress;
    control.setProgressFunction([&](double f) { progress.push_back(f); });
    Result<KMeansClustering> r = KMeansClustering::run(b.features, {}, &control);
    QVERIFY(r.ok());
    QVERIFY(!progress.empty());
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(progress.back(), 1.0);
    TaskControl cancelled;
    cancelled.requestCancel();
    r = KMeansClustering::run(b.features, {}, &cancelled);
    QCOMPARE(QString::fromLatin1(r.error().code()), QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestClusters)
#include "tst_clusters.moc"
