// SPDX-License-Identifier: GPL-3.0-or-later
// Purchase model fit benchmark. Two modes, so that the fit can be timed against
// tests/benchmarks/clvmodels_scipy.py on the same data (docs/performance.md):
//
//   bench_clvmodels --write FILE [--customers N] [--model M]
//       simulates N customers (default 1M) from model M over a two-year window in weeks,
//       purchases on whole days as real data has them, and writes the distinct (x, t_x, T)
//       with their counts as CSV;
//   bench_clvmodels --fit M --read FILE
//       reads that file, fits model M (bgnbd, paretonbd or mbgnbd) and prints one JSON object.
#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/mbgnbdmodel.h"
#include "analysis/clv/paretonbdmodel.h"
#include "analysis/clv/rfmtgroups.h"
#include "analysis/clv/rfmtsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <random>

using namespace Segmenta;

namespace {

// One customer's (x, t_x, T) in weeks from whole-day purchase times.
RfmtSummary simulate(const QString &model, qint64 n, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const bool pareto = model == u"paretonbd", mbg = model == u"mbgnbd";
    std::gamma_distribution<double> lambdaDist(0.5, 1.0 / 6.0), muDist(0.6, 1.0 / 12.0);
    std::gamma_distribution<double> ga(0.8, 1.0), gb(2.5, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::uniform_int_distribution<qint32> ageDays(0, 728);
    RfmtSummary d;
    for (qint64 i = 0; i < n; ++i) {
        const double lambda = lambdaDist(rng);
        const double ya = ga(rng), yb = gb(rng), dropout = ya / (ya + yb);
        const qint32 T = ageDays(rng);
        const double weeks = T / 7.0;
        const double death = pareto ? std::exponential_distribution<double>(muDist(rng))(rng) : 1e300;
        std::exponential_distribution<double> gap(lambda);
        qint32 x = 0, lastDay = 0;
        bool alive = !(mbg && uniform(rng) < dropout);
        for (double t = gap(rng); alive && t <= std::min(weeks, death); t += gap(rng)) {
            const qint32 day = std::min(T, qint32(t * 7));
            if (day != lastDay)
                ++x, lastDay = day;
            if (!pareto && uniform(rng) < dropout)
                alive = false;
        }
        d.append(x, lastDay / 7.0, T / 7.0);
    }
    return d;
}

int write(const QString &path, const QString &model, qint64 n)
{
    const RfmtGroups g = RfmtGroups::of(simulate(model, n, 42));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream out(&f);
    out << "x,tx,T,count\n";
    for (size_t i = 0; i < g.groups(); ++i)
        out << g.x[i] << ',' << QString::number(g.tx[i], 'g', 17) << ','
            << QString::number(g.T[i], 'g', 17) << ',' << g.count[i] << '\n';
    return 0;
}

RfmtSummary read(const QString &path)
{
    RfmtSummary d;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return d;
    QTextStream in(&f);
    in.readLine();
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(u',');
        if (cells.size() != 4)
            continue;
        const qint64 count = cells[3].toLongLong();
        for (qint64 k = 0; k < count; ++k)
            d.append(cells[0].toInt(), cells[1].toDouble(), cells[2].toDouble());
    }
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("write"), QStringLiteral("Simulate and write FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("read"), QStringLiteral("Read FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("fit"), QStringLiteral("Model to fit."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("model"), QStringLiteral("Model to simulate."), QStringLiteral("MODEL"), QStringLiteral("bgnbd")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("write")))
        return write(parser.value(QStringLiteral("write")), parser.value(QStringLiteral("model")),
                     parser.value(QStringLiteral("customers")).toLongLong());
    const RfmtSummary d = read(parser.value(QStringLiteral("read")));
    const QString model = parser.value(QStringLiteral("fit"));
    QElapsedTimer timer;
    timer.start();
    QJsonObject out{{QStringLiteral("model"), model},
                    {QStringLiteral("customers"), d.customersWithPurchases},
                    {QStringLiteral("groups"), qint64(RfmtGroups::of(d).groups())}};
    auto report = [&](const auto &fit, std::initializer_list<double> p) {
        out.insert(QStringLiteral("converged"), fit.converged);
        out.insert(QStringLiteral("loglik"), fit.logLikelihood);
        QJsonArray params;
        for (double v : p)
            params.append(v);
        out.insert(QStringLiteral("parameters"), params);
    };
    if (model == u"paretonbd") {
        const ParetoNbdModel::Fit f = ParetoNbdModel::fit(d);
        report(f, {f.parameters.r, f.parameters.alpha, f.parameters.s, f.parameters.beta});
    } else if (model == u"mbgnbd") {
        const MbgNbdModel::Fit f = MbgNbdModel::fit(d);
        report(f, {f.parameters.r, f.parameters.alpha, f.parameters.a, f.parameters.b});
    } else {
        const BgNbdModel::Fit f = BgNbdModel::fit(d);
        report(f, {f.parameters.r, f.parameters.alpha, f.parameters.a, f.parameters.b});
    }
    out.insert(QStringLiteral("fitSeconds"), timer.elapsed() / 1000.0);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
