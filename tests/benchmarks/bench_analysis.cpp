// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis benchmark on a saved project (bench_import writes one with --folder): times each
// analysis separately (docs/performance.md, "Analysis") on the loaded data and prints JSON.
//
//   bench_analysis PROJECT.segmenta [--repeat N]
//
// With --repeat each step runs N times and the fastest run is reported (the machine is shared:
// the best run is the one least disturbed).
#include "analysis/measures/activityassets.h"
#include "analysis/customeranalysis.h"
#include "project/projectfile.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Segmenta;
using Segmenta::Bench::peakMegabytes;

namespace {

int g_repeat = 1;

template<typename F>
double seconds(F &&f)
{
    double best = 0;
    for (int run = 0; run < g_repeat; ++run) {
        QElapsedTimer t;
        t.start();
        f();
        const double s = double(t.nsecsElapsed()) / 1e9;
        best = run == 0 ? s : std::min(best, s);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && !(argc == 4 && std::strcmp(argv[2], "--repeat") == 0)) {
        std::fprintf(stderr, "usage: bench_analysis PROJECT.segmenta [--repeat N]\n");
        return 2;
    }
    std::optional<Result<ProjectContents>> project;
    const double loadSeconds = seconds([&] { project = ProjectFile::load(QString::fromLocal8Bit(argv[1])); });
    if (!*project) {
        std::fprintf(stderr, "%s\n", qPrintable(project->errorString()));
        return 1;
    }
    const Dataset &data = (*project)->data;
    if (argc == 4)
        g_repeat = std::max(1, std::atoi(argv[3]));

    QJsonObject times;
    CustomerSummary summary;
    times.insert(QStringLiteral("summary"), seconds([&] { summary = CustomerSummary::compute(data); }));
    std::optional<Result<RfmScores>> rfm;
    times.insert(QStringLiteral("rfm"), seconds([&] {
        rfm = RfmScores::compute(summary, RfmOptions{});
        (void)RfmSegmentTable::defaultTable().assign(**rfm);
    }));
    times.insert(QStringLiteral("pareto"), seconds([&] { (void)ParetoCurve::compute(summary.revenue); }));
    times.insert(QStringLiteral("pyramid"), seconds([&] { (void)CustomerPyramid::compute(summary.revenue, summary.orders); }));
    std::optional<Result<GrowthTrend>> growth;
    times.insert(QStringLiteral("growth"), seconds([&] { growth = GrowthTrend::compute(data); }));
    times.insert(QStringLiteral("value_groups"), seconds([&] { (void)ValueGroups::compute(data, summary, {}, {}, &growth->value()); }));
    times.insert(QStringLiteral("lifecycle"), seconds([&] { (void)LifecycleStages::compute(summary); }));
    times.insert(QStringLiteral("activity_assets"), seconds([&] { (void)ActivityAssets::compute(data, summary); }));
    double items = 0;
    for (auto it = times.begin(); it != times.end(); ++it)
        items += it.value().toDouble();
    times.insert(QStringLiteral("items_1_to_5_and_9"), items);
    times.insert(QStringLiteral("lifetime_value_fit_and_scores"), seconds([&] {
        LifetimeOptions o;
        (void)LifetimeValue::run(summary, o);
    }));
    AnalysisOptions whole;
    whole.clusters = false;
    times.insert(QStringLiteral("whole_analysis_without_clusters"), seconds([&] { (void)CustomerAnalysis::run(data, whole); }));

    const QJsonObject out{{QStringLiteral("customers"), qint64(data.customerCount())},
                          {QStringLiteral("transactions"), qint64(data.transactionCount())},
                          {QStringLiteral("load_project_s"), loadSeconds},
                          {QStringLiteral("seconds"), times},
                          {QStringLiteral("peak_mb"), peakMegabytes()}};
    std::printf("%s", QJsonDocument(out).toJson().constData());
    return 0;
}
