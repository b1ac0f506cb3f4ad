// SPDX-License-Identifier: GPL-3.0-or-later
// The numerical parts of lifetime value: L-BFGS, the 2F1 series, the analytic gradients, the
// BG/NBD expectations against Hardie's spreadsheet values, and recovery of known parameters from
// simulated data. Simulations use fixed seeds; tolerances are 4 standard errors of the MLE (from
// the observed information), i.e. a failure would be a 1-in-15,000 event per parameter if the
// seeds were random, so a failure means a bug, not bad luck.
#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/gammagammamodel.h"
#include "stats/lbfgs.h"
#include "analysis/clv/rfmtsummary.h"

#include <QTest>

#include <Eigen/Dense>

#include <cmath>
#include <random>

using namespace Segmenta;

namespace {

// Draws customers from the BG/NBD story: first purchase at 0, Poisson(lambda) purchases,
// dropout with probability p right after each repeat purchase. futureT > 0 also counts
// purchases in (T, T + futureT] and records whether the customer was alive at T.
struct Simulated
{
    RfmtSummary data;
    std::vector<qint32> future;
    std::vector<quint8> alive;
};

Simulated simulateBgNbd(const BgNbdModel::Parameters &p, int n, double minT, double maxT,
                        double futureT, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> lambdaDist(p.r, 1.0 / p.alpha);
    std::gamma_distribution<double> ga(p.a, 1.0), gb(p.b, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Simulated s;
    for (int i = 0; i < n; ++i) {
        const double lambda = lambdaDist(rng);
        const double ya = ga(rng), yb = gb(rng);
        const double dropout = ya / (ya + yb);
        const double T = minT + (maxT - minT) * uniform(rng);
        std::exponential_distribution<double> gap(lambda);
        double t = 0, tx = 0;
        qint32 x = 0;
        bool alive = true;
        while (true) {
            t += gap(rng);
            if (t > T)
                break;
            ++x;
            tx = t;
            if (uniform(rng) < dropout) {
                alive = false;
                break;
            }
        }
        qint32 y = 0;
        if (alive && futureT > 0) {
            double u = T;
            while (true) {
                u += gap(rng);
                if (u > T + futureT)
                    break;
                ++y;
                if (uniform(rng) < dropout)
                    break;
            }
        }
        s.data.append(x, tx, T);
        s.future.push_back(y);
        s.alive.push_back(alive ? 1 : 0);
    }
    return s;
}

// Repeat buyers with x ~ 1 + Poisson(3) and Gamma-Gamma spend.
RfmtSummary simulateGammaGamma(const GammaGammaModel::Parameters &p, int n, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> nuDist(p.q, 1.0 / p.gamma);
    std::poisson_distribution<int> extra(3.0);
    RfmtSummary d;
    for (int i = 0; i < n; ++i) {
        const double nu = nuDist(rng);
        const int x = 1 + extra(rng);
        std::gamma_distribution<double> total(p.p * x, 1.0 / nu); // sum of x Gamma(p, nu)
        d.append(x, 1, 2, total(rng) / x);
    }
    return d;
}

// Standard errors of ln-parameters from the numerically differentiated analytic gradient.
template<int N, typename Gradient>
Eigen::Matrix<double, N, 1> standardErrors(const Eigen::Matrix<double, N, 1> &theta, Gradient grad)
{
    Eigen::Matrix<double, N, N> h;
    const double step = 1e-4;
    for (int j = 0; j < N; ++j) {
        Eigen::Matrix<double, N, 1> up = theta, down = theta;
        up[j] += step;
        down[j] -= step;
        h.col(j) = (grad(up) - grad(down)) / (2 * step);
    }
    const Eigen::Matrix<double, N, N> info = -(h + h.transpose()) / 2;
    return info.inverse().diagonal().cwiseSqrt();
}

Eigen::Vector4d logOf(const BgNbdModel::Parameters &p)
{
    return {std::log(p.r), std::log(p.alpha), std::log(p.a), std::log(p.b)};
}

BgNbdModel::Parameters bgFromLog(const Eigen::Vector4d &t)
{
    return {std::exp(t[0]), std::exp(t[1]), std::exp(t[2]), std::exp(t[3])};
}

GammaGammaModel::Parameters ggFromLog(const Eigen::Vector3d &t)
{
    return {std::exp(t[0]), std::exp(t[1]), std::exp(t[2])};
}

// FHL 2005's CDNOW estimates.
const BgNbdModel::Parameters kCdnow{0.2426, 4.4136, 0.7929, 2.4259};

} // namespace

class TestClvModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lbfgsRosenbrock();
    void lbfgsReportsNonFinite();
    void hypergeometric_data();
    void hypergeometric();
    void eulerTransformMatchesDirectSeries_data();
    void eulerTransformMatchesDirectSeries();
    void hardieSpreadsheetValues();
    void gradients();
    void simulatedBgNbdRecovery_data();
    void simulatedBgNbdRecovery();
    void simulatedGammaGammaRecovery();
    void conditionalForecastsMatchSimulation();
};

void TestClvModels::lbfgsRosenbrock()
{
    auto f = [](const Eigen::VectorXd &x, Eigen::VectorXd &g) {
        g.resize(2);
        g[0] = -400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]);
        g[1] = 200 * (x[1] - x[0] * x[0]);
        return 100 * std::pow(x[1] - x[0] * x[0], 2) + std::pow(1 - x[0], 2);
    };
    const Lbfgs::Outcome o = Lbfgs::minimize(f, Eigen::Vector2d(-1.2, 1.0), Lbfgs::Options());
    QVERIFY2(o.converged, Lbfgs::reasonName(o.reason));
    QVERIFY(std::fabs(o.x[0] - 1) < 1e-6 && std::fabs(o.x[1] - 1) < 1e-6);
    QVERIFY(o.iterations < 100);
}

void TestClvModels::lbfgsReportsNonFinite()
{
    auto f = [](const Eigen::VectorXd &, Eigen::VectorXd &g) {
        g.setZero();
        return std::nan("");
    };
    const Lbfgs::Outcome o = Lbfgs::minimize(f, Eigen::Vector2d(0, 0), Lbfgs::Options());
    QVERIFY(!o.converged);
    QCOMPARE(o.reason, Lbfgs::Reason::NonFinite);
    QCOMPARE(QByteArray(Lbfgs::reasonName(o.reason)), QByteArray("non-finite value"));
}

void TestClvModels::hypergeometric_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expected");
    for (double z : {0.0, 0.1, 0.5, 0.9, 0.99}) {
        const QByteArray tag = QByteArray::number(z);
        QTest::newRow("log " + tag) << 1.0 << 1.0 << 2.0 << z
                                    << (z == 0 ? 1.0 : -std::log1p(-z) / z);
        QTest::newRow("power " + tag) << 2.5 << 0.7 << 0.7 << z << std::pow(1 - z, -2.5);
        const double s = std::sqrt(z);
        QTest::newRow("asin " + tag) << 0.5 << 0.5 << 1.5 << z
                                     << (z == 0 ? 1.0 : std::asin(s) / s);
    }
    QTest::newRow("terminating") << -2.0 << 3.0 << 4.0 << 0.5 << 1 - 0.75 + 0.15;
}

void TestClvModels::hypergeometric()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, z);
    QFETCH(double, expected);
    double v = 0;
    QVERIFY(BgNbdModel::hypergeometric2F1(a, b, c, z, v));
    QVERIFY2(std::fabs(v - expected) <= 1e-12 * std::fabs(expected),
             qPrintable(QString::number(v, 'g', 17) + " vs " + QString::number(expected, 'g', 17)));
    QVERIFY(!BgNbdModel::hypergeometric2F1(a, b, c, 1.0, v));
    QVERIFY(!BgNbdModel::hypergeometric2F1(a, b, -2.0, 0.5, v));
}

void TestClvModels::eulerTransformMatchesDirectSeries_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<int>("x");
    QTest::addColumn<double>("T");
    QTest::addColumn<double>("t");
    QTest::newRow("cdnow x=0") << kCdnow.a << 0 << 38.86 << 39.0;
    QTest::newRow("cdnow x=2") << kCdnow.a << 2 << 30.0 << 52.0;
    QTest::newRow("cdnow x=20 long") << kCdnow.a << 20 << 5.0 << 200.0;
    QTest::newRow("a>1") << 3.5 << 4 << 10.0 << 26.0;
    QTest::newRow("a near 1") << 1.0 + 1e-7 << 3 << 20.0 << 52.0;
}

// expectedPurchasesIfAlive uses Euler's transformation and a split-off (a-1); FHL's formula
// with the plain series must agree.
void TestClvModels::eulerTransformMatchesDirectSeries()
{
    QFETCH(double, a);
    QFETCH(int, x);
    QFETCH(double, T);
    QFETCH(double, t);
    BgNbdModel::Parameters p = kCdnow;
    p.a = a;
    const BgNbdModel m(p);
    const double z = t / (p.alpha + T + t);
    double f = 0;
    QVERIFY(BgNbdModel::hypergeometric2F1(p.r + x, p.b + x, a + p.b + x - 1, z, f));
    const double direct = (a + p.b + x - 1) / (a - 1)
                          * (1 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * f);
    const double mine = m.expectedPurchasesIfAlive(t, x, T);
    // FHL's form loses digits to cancellation when a is near 1; the transformed one does not.
    const double tolerance = std::fabs(a - 1) < 1e-3 ? 1e-6 : 1e-10;
    QVERIFY2(std::fabs(mine - direct) <= tolerance * direct,
             qPrintable(QString::number(mine, 'g', 17) + " vs "
                        + QString::number(direct, 'g', 17)));
    // a = 1 exactly takes the limit, continuous with its neighbours.
    p.a = 1.0;
    const double atOne = BgNbdModel(p).expectedPurchasesIfAlive(t, x, T);
    p.a = 1.0 + 1e-9;
    QVERIFY(std::fabs(atOne - BgNbdModel(p).expectedPurchasesIfAlive(t, x, T)) < 1e-7 * atOne);
}

// Values from Hardie's BG/NBD spreadsheet as quoted by the lifetimes tests (3 decimals).
void TestClvModels::hardieSpreadsheetValues()
{
    const BgNbdModel m(kCdnow);
    const double times[] = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
    const double expected[] = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (int i = 0; i < 6; ++i)
        QVERIFY2(std::fabs(m.expectedPurchasesUnconditional(times[i]) - expected[i]) < 5e-4,
                 qPrintable(QString::number(m.expectedPurchasesUnconditional(times[i]))));
    QVERIFY(std::fabs(m.expectedPurchases(39, 2, 30.43, 38.86) - 1.226) < 1e-3);
    QCOMPARE(m.probabilityAlive(0, 0, 38.86), 1.0);
    QCOMPARE(m.expectedPurchases(0, 3, 10, 20), 0.0);
    const double pa = m.probabilityAlive(2, 30.43, 38.86);
    QVERIFY(pa > 0 && pa < 1);
    // Huge T - t_x: P(alive) underflows to 0, never NaN.
    QCOMPARE(m.probabilityAlive(500, 0.1, 1e6), 0.0);
}

void TestClvModels::gradients()
{
    const Simulated s = simulateBgNbd({0.5, 6, 0.8, 2.5}, 3000, 10, 60, 0, 7);
    const Eigen::Vector4d theta = logOf({0.4, 5, 0.9, 3});
    Eigen::Vector4d g;
    BgNbdModel::logLikelihood(bgFromLog(theta), s.data, &g);
    for (int j = 0; j < 4; ++j) {
        Eigen::Vector4d up = theta, down = theta;
        up[j] += 1e-6, down[j] -= 1e-6;
        const double numeric = (BgNbdModel::logLikelihood(bgFromLog(up), s.data)
                                - BgNbdModel::logLikelihood(bgFromLog(down), s.data)) / 2e-6;
        QVERIFY2(std::fabs(numeric - g[j]) <= 1e-5 * std::max(1.0, std::fabs(g[j])),
                 qPrintable(QString::number(j) + ": " + QString::number(numeric) + " vs "
                            + QString::number(g[j])));
    }
    const RfmtSummary gg = simulateGammaGamma({6, 4, 15}, 3000, 8);
    const Eigen::Vector3d t3(std::log(5.0), std::log(3.0), std::log(20.0));
    Eigen::Vector3d g3;
    GammaGammaModel::logLikelihood(ggFromLog(t3), gg, &g3);
    for (int j = 0; j < 3; ++j) {
        Eigen::Vector3d up = t3, down = t3;
        up[j] += 1e-6, down[j] -= 1e-6;
        const double numeric = (GammaGammaModel::logLikelihood(ggFromLog(up), gg)
                                - GammaGammaModel::logLikelihood(ggFromLog(down), gg)) / 2e-6;
        QVERIFY2(std::fabs(numeric - g3[j]) <= 1e-5 * std::max(1.0, std::fabs(g3[j])),
                 qPrintable(QString::number(numeric) + " vs " + QString::number(g3[j])));
    }
}

void TestClvModels::simulatedBgNbdRecovery_data()
{
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("minT");
    QTest::addColumn<double>("maxT");
    QTest::addColumn<int>("customers");
    QTest::newRow("brief weeks") << 0.5 << 6.0 << 0.8 << 2.5 << 20.0 << 80.0 << 20000;
    QTest::newRow("cdnow-like") << 0.243 << 4.414 << 0.793 << 2.426 << 27.0 << 39.0 << 20000;
    QTest::newRow("frequent days") << 2.0 << 40.0 << 1.5 << 12.0 << 90.0 << 720.0 << 20000;
    // Above 50,000 customers the starts run on a subsample and the best is polished on all.
    QTest::newRow("subsample + polish") << 0.5 << 6.0 << 0.8 << 2.5 << 20.0 << 80.0 << 120000;
}

void TestClvModels::simulatedBgNbdRecovery()
{
    QFETCH(double, r);
    QFETCH(double, alpha);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, minT);
    QFETCH(double, maxT);
    QFETCH(int, customers);
    const BgNbdModel::Parameters truth{r, alpha, a, b};
    const Simulated s = simulateBgNbd(truth, customers, minT, maxT, 0, 42);
    const BgNbdModel::Fit fit = BgNbdModel::fit(s.data);
    QVERIFY2(fit.converged, qPrintable(fit.reason.toString()));
    QVERIFY(fit.reason.isEmpty());
    const Eigen::Vector4d theta = logOf(fit.parameters);
    const Eigen::Vector4d se = standardErrors<4>(theta, [&](const Eigen::Vector4d &t) {
        Eigen::Vector4d g;
        BgNbdModel::logLikelihood(bgFromLog(t), s.data, &g);
        return g;
    });
    const Eigen::Vector4d z = (theta - logOf(truth)).cwiseQuotient(se);
    qInfo("fit r %.4f alpha %.4f a %.4f b %.4f; z %.2f %.2f %.2f %.2f; se(ln) %.3f %.3f %.3f %.3f",
          fit.parameters.r, fit.parameters.alpha, fit.parameters.a, fit.parameters.b, z[0], z[1],
          z[2], z[3], se[0], se[1], se[2], se[3]);
    QVERIFY2(z.cwiseAbs().maxCoeff() < 4,
             qPrintable(QStringLiteral("z = %1 %2 %3 %4; fit %5 %6 %7 %8")
                            .arg(z[0]).arg(z[1]).arg(z[2]).arg(z[3])
                            .arg(fit.parameters.r).arg(fit.parameters.alpha)
                            .arg(fit.parameters.a).arg(fit.parameters.b)));
    // The maximum: no start-dependent local optimum above it at the truth, and a vanishing
    // gradient on all the data.
    Eigen::Vector4d g;
    QVERIFY(std::fabs(BgNbdModel::logLikelihood(fit.parameters, s.data, &g) - fit.logLikelihood)
            < 1e-6 * std::fabs(fit.logLikelihood));
    QVERIFY(fit.logLikelihood >= BgNbdModel::logLikelihood(truth, s.data) - 1e-6);
    QVERIFY2(g.cwiseAbs().maxCoeff() / customers < 1e-6, qPrintable(QString::number(g.norm())));
}

void TestClvModels::simulatedGammaGammaRecovery()
{
    const GammaGammaModel::Parameters truth{6.0, 4.0, 15.0};
    const RfmtSummary d = simulateGammaGamma(truth, 20000, 99);
    const GammaGammaModel::Fit fit = GammaGammaModel::fit(d);
    QVERIFY2(fit.converged, qPrintable(fit.reason.toString()));
    QCOMPARE(fit.customers, qint64(20000));
    const Eigen::Vector3d theta(std::log(fit.parameters.p), std::log(fit.parameters.q),
                                std::log(fit.parameters.gamma));
    const Eigen::Vector3d se = standardErrors<3>(theta, [&](const Eigen::Vector3d &t) {
        Eigen::Vector3d g;
        GammaGammaModel::logLikelihood(ggFromLog(t), d, &g);
        return g;
    });
    const Eigen::Vector3d z =
        (theta - Eigen::Vector3d(std::log(6.0), std::log(4.0), std::log(15.0))).cwiseQuotient(se);
    qInfo("fit p %.4f q %.4f gamma %.4f; z %.2f %.2f %.2f", fit.parameters.p, fit.parameters.q,
          fit.parameters.gamma, z[0], z[1], z[2]);
    QVERIFY2(z.cwiseAbs().maxCoeff() < 4,
             qPrintable(QStringLiteral("z = %1 %2 %3").arg(z[0]).arg(z[1]).arg(z[2])));
}

// The conditional forecasts are unbiased given the data: over simulated customers, the sums of
// P(alive), E[Y(t)] and P(Y(t) >= 1) must match the simulated truth within Monte-Carlo error
// (4 standard errors of the difference), overall and by frequency.
void TestClvModels::conditionalForecastsMatchSimulation()
{
    const BgNbdModel::Parameters p{0.5, 6, 0.8, 2.5};
    const BgNbdModel m(p);
    const double horizon = 26;
    const Simulated s = simulateBgNbd(p, 200000, 20, 80, horizon, 2024);
    struct Acc
    {
        double predicted = 0, actual = 0, variance = 0;
    };
    // Buckets by x: 0, 1, 2-4, 5+; three quantities each.
    Acc acc[4][3];
    for (qsizetype i = 0; i < s.data.size(); ++i) {
        const size_t k = size_t(i);
        const qint32 x = s.data.frequency[k];
        const double tx = s.data.recency[k], T = s.data.age[k];
        const int bucket = x == 0 ? 0 : x == 1 ? 1 : x <= 4 ? 2 : 3;
        const double pa = m.probabilityAlive(x, tx, T);
        const double pb = m.probabilityOfPurchase(horizon, x, tx, T);
        const double ey = m.expectedPurchases(horizon, x, tx, T);
        const double y = s.future[k];
        const double values[3][2] = {{pa, double(s.alive[k])}, {pb, y > 0 ? 1.0 : 0.0}, {ey, y}};
        for (int q = 0; q < 3; ++q) {
            acc[bucket][q].predicted += values[q][0];
            acc[bucket][q].actual += values[q][1];
            acc[bucket][q].variance += std::pow(values[q][1] - values[q][0], 2);
        }
    }
    const char *names[] = {"P(alive)", "P(purchase)", "E[Y]"};
    for (int q = 0; q < 3; ++q) {
        Acc total;
        for (int b = 0; b < 4; ++b) {
            const Acc &a = acc[b][q];
            total.predicted += a.predicted, total.actual += a.actual, total.variance += a.variance;
            if (b == 0 && q == 0)
                continue; // P(alive) = 1 exactly at x = 0
            QVERIFY2(std::fabs(a.predicted - a.actual) < 4 * std::sqrt(a.variance),
                     qPrintable(QStringLiteral("%1 bucket %2: %3 predicted, %4 simulated")
                                    .arg(QLatin1String(names[q])).arg(b)
                                    .arg(a.predicted).arg(a.actual)));
        }
        qInfo("%s: %.1f predicted, %.1f simulated, sd %.1f", names[q], total.predicted,
              total.actual, std::sqrt(total.variance));
        QVERIFY2(std::fabs(total.predicted - total.actual) < 4 * std::sqrt(total.variance),
                 qPrintable(QStringLiteral("%1: %2 predicted, %3 simulated")
                                .arg(QLatin1String(names[q])).arg(total.predicted)
                                .arg(total.actual)));
    }
}

QTEST_GUILESS_MAIN(TestClvModels)
#include "tst_clvmodels.moc"
