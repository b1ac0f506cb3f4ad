// SPDX-License-Identifier: GPL-3.0-or-later
// Lifetime value benchmark: simulates N customers from BG/NBD (r 0.5, alpha 6, a 0.8, b 2.5,
// weeks) with Gamma-Gamma spend (p 6, q 4, gamma 15) over a two-year window, purchases on whole
// days as real data has them, and times LifetimeValue::run (both fits + every score + CLV).
// Prints one JSON object; the target is under 3 s for 1M customers on two cores.
//
//   bench_lifetimevalue [--customers N] [--repeat K]
#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/gammagammamodel.h"
#include "analysis/clv/lifetimevalue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Segmenta;

namespace {

CustomerSummary simulate(qint64 n, quint64 seed)
{
    const qint32 asOf = 20000; // days since 1970; any day will do
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> lambdaDist(0.5, 1.0 / 6.0), ga(0.8, 1.0), gb(2.5, 1.0);
    std::gamma_distribution<double> nuDist(4.0, 1.0 / 15.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::uniform_int_distribution<qint32> ageDays(0, 728);
    CustomerSummary s;
    s.asOfDay = asOf;
    s.minDay = asOf, s.maxDay = 0;
    std::vector<qint32> offsets;
    for (qint64 i = 0; i < n; ++i) {
        const double lambda = lambdaDist(rng), ya = ga(rng), yb = gb(rng);
        const double dropout = ya / (ya + yb);
        std::gamma_distribution<double> spend(6.0, 1.0 / nuDist(rng));
        const qint32 T = ageDays(rng);
        const double weeks = T / 7.0;
        std::exponential_distribution<double> gap(lambda);
        offsets.assign(1, 0);
        for (double t = gap(rng); t <= weeks; t += gap(rng)) {
            offsets.push_back(std::min(T, qint32(t * 7)));
            if (uniform(rng) < dropout)
                break;
        }
        const qint32 days = qint32(std::unique(offsets.begin(), offsets.end()) - offsets.begin());
        double first = spend(rng), repeat = 0;
        for (qint32 k = 1; k < days; ++k)
            repeat += spend(rng);
        const qint32 firstDay = asOf - 1 - T;
        s.firstDay.push_back(firstDay);
        s.lastDay.push_back(firstDay + offsets[size_t(days - 1)]);
        s.purchaseDays.push_back(days);
        s.orders.push_back(days);
        s.lines.push_back(days);
        s.revenue.push_back(first + repeat);
        s.repeatRevenue.push_back(repeat);
        s.grossProfit.push_back(0.3 * (first + repeat));
        s.quantity.push_back(days);
        s.transactionsUsed += days;
        s.minDay = std::min(s.minDay, firstDay);
        s.maxDay = std::max(s.maxDay, s.lastDay.back());
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to simulate."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Timed runs (the best counts)."),
                      QStringLiteral("K"), QStringLiteral("3")});
    parser.process(app);
    const qint64 n = parser.value(QStringLiteral("customers")).toLongLong();
    const int repeats = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QElapsedTimer timer;
    timer.start();
    const CustomerSummary summary = simulate(n, 2024);
    const double simulateSeconds = timer.nsecsElapsed() / 1e9;

    double best = 1e300, bestBg = 1e300, bestGg = 1e300;
    LifetimeResult last;
    for (int k = 0; k < repeats; ++k) {
        timer.restart();
        auto r = LifetimeValue::run(summary, LifetimeOptions());
        best = std::min(best, timer.nsecsElapsed() / 1e9);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
            return 1;
        }
        last = r.takeValue();
        timer.restart();
        BgNbdModel::fit(last.data);
        bestBg = std::min(bestBg, timer.nsecsElapsed() / 1e9);
        timer.restart();
        GammaGammaModel::fit(last.data);
        bestGg = std::min(bestGg, timer.nsecsElapsed() / 1e9);
    }
    const BgNbdModel::Parameters &p = last.purchases.parameters;
    const GammaGammaModel::Parameters &q = last.spend.parameters;
    QJsonObject o{{QStringLiteral("customers"), double(n)},
                  {QStringLiteral("threads"), QThreadPool::globalInstance()->maxThreadCount()},
                  {QStringLiteral("simulateSeconds"), simulateSeconds},
                  {QStringLiteral("runSeconds"), best},
                  {QStringLiteral("bgnbdFitSeconds"), bestBg},
                  {QStringLiteral("gammaGammaFitSeconds"), bestGg},
                  {QStringLiteral("bgnbdConverged"), last.purchases.converged},
                  {QStringLiteral("bgnbdIterations"), last.purchases.iterations},
                  {QStringLiteral("bgnbdEvaluations"), last.purchases.evaluations},
                  {QStringLiteral("r"), p.r},
                  {QStringLiteral("alpha"), p.alpha},
                  {QStringLiteral("a"), p.a},
                  {QStringLiteral("b"), p.b},
                  {QStringLiteral("gammaGammaConverged"), last.spend.converged},
                  {QStringLiteral("p"), q.p},
                  {QStringLiteral("q"), q.q},
                  {QStringLiteral("gamma"), q.gamma}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
