// SPDX-License-Identifier: GPL-3.0-or-later
// k-means benchmark (docs/domain.md, "Clusters"): N customers × D features drawn from a mixture of
// skewed, partly overlapping groups, clustered for k = 2 .. 10 with the default options (k-means++,
// 4 restarts, silhouette on a 10,000-row sample). Prints one JSON object with the wall-clock
// seconds spent clustering, on the silhouette and in total, the CPU seconds of all threads, the
// suggested k and the peak memory.
//
// --uniform draws every feature uniformly instead: no clusters at all, the slowest case for
// Lloyd's iterations (assignments keep shifting until the iteration limit).
//
//   bench_clusters [--rows N] [--features D] [--threads T] [--restarts R] [--seed S] [--uniform]
#include "analysis/clusters/kmeansclustering.h"
#include "base/seededrandom.h"
#include "base/taskcontrol.h"

#include <QCommandLineParser>
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Segmenta;
using Segmenta::Bench::peakMegabytes;

namespace {

double gaussian(SeededRandom &random)
{
    const double u = 1.0 - random.uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.141592653589793 * random.uniform());
}

// Five groups of customers of unequal size; some features log-normal like spend, the groups
// overlapping as real segments do.
std::vector<DesignVariable> customers(qint64 rows, int features, quint64 seed, bool uniform)
{
    SeededRandom random(seed);
    if (uniform) {
        std::vector<DesignVariable> vars;
        for (int f = 0; f < features; ++f) {
            std::vector<double> v(static_cast<size_t>(rows));
            for (double &x : v)
                x = random.uniform();
            vars.push_back(DesignVariable::numeric(QStringLiteral("f%1").arg(f), std::move(v)));
        }
        return vars;
    }
    const double shares[5] = {0.35, 0.25, 0.2, 0.15, 0.05};
    std::vector<std::vector<double>> centre(5, std::vector<double>(size_t(features)));
    for (auto &c : centre) {
        for (double &v : c)
            v = 4.0 * random.uniform();
    }
    std::vector<std::vector<double>> columns(static_cast<size_t>(features));
    for (auto &c : columns)
        c.reserve(size_t(rows));
    for (qint64 i = 0; i < rows; ++i) {
        double u = random.uniform();
        int g = 0;
        while (g < 4 && u >= shares[g])
            u -= shares[g++];
        for (int f = 0; f < features; ++f) {
            const double v = centre[size_t(g)][size_t(f)] + 0.6 * gaussian(random);
            columns[size_t(f)].push_back(f % 2 ? std::exp(v) : v * 10.0);
        }
    }
    std::vector<DesignVariable> vars;
    for (int f = 0; f < features; ++f)
        vars.push_back(DesignVariable::numeric(QStringLiteral("f%1").arg(f),
                                               std::move(columns[size_t(f)])));
    return vars;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows to cluster."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("features"), QStringLiteral("Features per row."),
                      QStringLiteral("D"), QStringLiteral("6")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Threads (0 = one per core)."),
                      QStringLiteral("T"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("restarts"), QStringLiteral("Restarts per k."),
                      QStringLiteral("R"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of data and clustering."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("uniform"), QStringLiteral("Uniform data without clusters.")});
    parser.process(app);

    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int features = parser.value(QStringLiteral("features")).toInt();
    KMeansClustering::Options options;
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    options.restarts = parser.value(QStringLiteral("restarts")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    const bool uniform = parser.isSet(QStringLiteral("uniform"));
    const std::vector<DesignVariable> data = customers(rows, features, options.seed, uniform);

    // The clustering reports progress up to 0.85 before the silhouette starts.
    QElapsedTimer timer;
    double clusteringSeconds = 0;
    TaskControl control;
    control.setProgressFunction([&](double f) {
        if (clusteringSeconds == 0 && f >= 0.85)
            clusteringSeconds = double(timer.nsecsElapsed()) / 1e9;
    });
    timer.start();
    const std::clock_t cpuStart = std::clock();
    Result<KMeansClustering> result = KMeansClustering::run(data, options, &control);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.errorString()));
        return 1;
    }
    QJsonArray ks;
    for (const KMeansSolution &s : result->solutions) {
        ks.append(QJsonObject{{QStringLiteral("k"), s.k},
                              {QStringLiteral("withinSS"), s.withinSS},
                              {QStringLiteral("silhouette"), s.silhouette},
                              {QStringLiteral("iterations"), s.iterations}});
    }
    const QJsonObject out{
        {QStringLiteral("rows"), double(rows)},
        {QStringLiteral("features"), features},
        {QStringLiteral("data"), uniform ? QStringLiteral("uniform") : QStringLiteral("groups")},
        {QStringLiteral("threads"), options.threads > 0 ? options.threads
                                                        : QThread::idealThreadCount()},
        {QStringLiteral("restarts"), options.restarts},
        {QStringLiteral("clusteringSeconds"), clusteringSeconds},
        {QStringLiteral("silhouetteSeconds"), seconds - clusteringSeconds},
        {QStringLiteral("totalSeconds"), seconds},
        {QStringLiteral("cpuSeconds"), cpuSeconds}, // all threads; > totalSeconds when parallel
        {QStringLiteral("silhouetteRows"), double(result->silhouetteRows)},
        {QStringLiteral("suggestedK"), result->suggestedK},
        {QStringLiteral("peakMemoryMB"), peakMegabytes()},
        {QStringLiteral("solutions"), ks},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
