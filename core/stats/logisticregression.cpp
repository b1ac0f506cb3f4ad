// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/logisticregression.h"

#include "stats/distributions.h"
#include "base/taskcontrol.h"

#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";
// Floor of a row's Newton weight p(1-p): keeps the rows predicted with certainty divisible.
constexpr double kMinWeight = 1e-300;

// log(1 + e^v) without overflow.
double log1pExp(double v)
{
    return v > 0 ? v + std::log1p(std::exp(-v)) : std::log1p(std::exp(v));
}

double sigmoid(double v)
{
    if (v >= 0)
        return 1.0 / (1.0 + std::exp(-v));
    const double e = std::exp(v);
    return e / (1.0 + e);
}

double logLikelihood(const Eigen::VectorXd &eta, const Eigen::VectorXd &y)
{
    double sum = 0;
    for (qsizetype i = 0; i < eta.size(); ++i)
        sum -= y[i] > 0.5 ? log1pExp(-eta[i]) : log1pExp(eta[i]);
    return sum;
}

// One Newton step as a weighted least-squares problem: with W = diag(p(1-p)),
// delta = argmin |W^1/2 X delta - W^-1/2 (y - p)|, solved by QR of W^1/2 X, whose R factor also
// gives the covariance (X'WX)^-1 = R^-1 R^-T.
struct NewtonStep
{
    Eigen::VectorXd delta;
    Eigen::MatrixXd rInverse;
};

NewtonStep newtonStep(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                      const Eigen::VectorXd &eta)
{
    const qsizetype n = x.rows();
    const qsizetype p = x.cols();
    Eigen::VectorXd sqrtW(n);
    Eigen::VectorXd z(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double e = std::exp(-std::fabs(eta[i]));
        const double w = std::max(e / ((1.0 + e) * (1.0 + e)), kMinWeight);
        const double residual = y[i] > 0.5 ? sigmoid(-eta[i]) : -sigmoid(eta[i]);
        sqrtW[i] = std::sqrt(w);
        z[i] = residual / sqrtW[i];
    }
    const Eigen::MatrixXd xw = sqrtW.asDiagonal() * x;
    Eigen::HouseholderQR<Eigen::MatrixXd> qr(xw);
    NewtonStep step;
    step.delta = qr.solve(z);
    const Eigen::MatrixXd r = qr.matrixQR().topRows(p).triangularView<Eigen::Upper>();
    step.rInverse = r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
    return step;
}

// Step halving gives up after this many halvings: the step is then below rounding.
constexpr int kMaxHalvings = 40;
// |linear predictor| beyond this = a fitted probability within 1e-8 of 0 or 1.
constexpr double kCertainEta = 18.0;
// A log-likelihood this close to 0 means every row is predicted with certainty.
constexpr double kCompleteSeparationLl = -1e-6;
// A last Newton step that still moves a predicted-with-certainty row's linear predictor by more
// than this is separation, not an optimum.
constexpr double kSeparationDrift = 0.1;
// Predictors moving at least this share of the largest one are named as the separating ones.
constexpr double kSuspectShare = 0.25;
// Below this many rows of the rarer outcome per parameter the estimates are unstable.
constexpr double kRowsPerParameter = 10.0;

Message cancelledMessage()
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Analysis", "The regression was cancelled."))
        .withCode("cancelled");
}

// The rows whose outcome is 1; an error when the outcome is missing or not 0/1.
Result<qint64> countOnes(const DesignMatrix &design)
{
    if (design.y.size() != design.rowCount()) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Choose the outcome of the regression."))
            .withCode("missing-response");
    }
    qint64 ones = 0;
    for (qsizetype i = 0; i < design.y.size(); ++i) {
        const double v = design.y[i];
        if (v != 0.0 && v != 1.0) {
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "The outcome of a logistic regression must be 0 or "
                                             "1 (no or yes), but row %1 has %2."),
                           {QString::number(design.rows[size_t(i)] + 1), QString::number(v)})
                .withCode("bad-outcome");
        }
        ones += v == 1.0;
    }
    return ones;
}

// The estimate as the Newton iterations leave it.
struct Estimate
{
    Eigen::VectorXd beta;
    Eigen::VectorXd eta; // x * beta
    double ll = 0;
};

// Newton iterations with step halving (never accepting a step that lowers the likelihood) until
// the relative change of the deviance is below the tolerance, as R's glm does; sets
// r.iterations and r.converged. False when cancelled.
bool iterate(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Estimate &e,
             const LogisticRegression::Options &options, RegressionResult &r,
             TaskControl *control)
{
    r.converged = false;
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        if (control && control->isCancelled())
            return false;
        r.iterations = iteration;
        const NewtonStep step = newtonStep(x, y, e.eta);
        double scale = 1.0;
        Eigen::VectorXd nextBeta;
        Eigen::VectorXd nextEta;
        double nextLl = e.ll;
        bool improved = false;
        for (int halving = 0; halving < kMaxHalvings; ++halving, scale *= 0.5) {
            nextBeta = e.beta + scale * step.delta;
            nextEta = x * nextBeta;
            nextLl = logLikelihood(nextEta, y);
            if (std::isfinite(nextLl) && nextLl >= e.ll) {
                improved = true;
                break;
            }
        }
        if (!improved) { // no direction of ascent left: the optimum, to rounding
            r.converged = true;
            return true;
        }
        const double change = 2.0 * (nextLl - e.ll) / (2.0 * std::fabs(nextLl) + 0.1);
        e.beta = nextBeta;
        e.eta = nextEta;
        e.ll = nextLl;
        if (control)
            control->reportProgress(double(iteration) / double(options.maxIterations));
        if (change < options.tolerance) {
            r.converged = true;
            return true;
        }
    }
    return true;
}

// Coefficients with their standard errors (from the information at the estimate, rInverse of
// the last Newton step), Wald statistics and p-values; then the fit's overall figures.
void storeEstimate(const Estimate &e, const NewtonStep &last, RegressionResult &r)
{
    const qsizetype p = e.beta.size();
    for (qsizetype c = 0; c < p; ++c) {
        RegressionTerm &t = r.terms[size_t(c)];
        t.coefficient = e.beta[c];
        const double se = last.rInverse.row(c).norm();
        if (std::isfinite(se) && se > 0) {
            t.standardError = se;
            t.statistic = t.coefficient / se;
            t.pValue = Distributions::normalTwoSided(t.statistic);
        } else {
            t.standardError = std::numeric_limits<double>::infinity();
            t.statistic = 0.0;
            t.pValue = 1.0;
        }
    }
    r.logLikelihood = e.ll;
    r.deviance = -2.0 * e.ll;
    r.nullDeviance = -2.0 * r.nullLogLikelihood;
    r.mcFaddenRSquared = std::clamp(1.0 - e.ll / r.nullLogLikelihood, 0.0, 1.0);
    r.aic = 2.0 * double(p) - 2.0 * e.ll;
}

// The predictors the diverging direction of a separated fit runs along, quoted.
QStringList separationSuspects(const Eigen::MatrixXd &x, const Estimate &e,
                               const NewtonStep &last, const RegressionResult &r)
{
    const qsizetype n = x.rows(), p = x.cols();
    QStringList suspects;
    double largest = 0;
    std::vector<double> size(size_t(p), 0.0);
    for (qsizetype c = 0; c < p; ++c) {
        if (r.terms[size_t(c)].isIntercept())
            continue;
        const Eigen::VectorXd col = x.col(c);
        const double sd = std::sqrt((col.array() - col.mean()).square().sum()
                                    / double(std::max<qsizetype>(n - 1, 1)));
        // The coefficient's own size breaks ties between predictors the step leaves alone.
        size[size_t(c)] = std::fabs(last.delta[c]) * sd + std::fabs(e.beta[c]) * sd * 1e-3;
        largest = std::max(largest, size[size_t(c)]);
    }
    for (qsizetype c = 0; c < p; ++c) {
        if (largest > 0 && size[size_t(c)] >= kSuspectShare * largest)
            suspects.append(QStringLiteral("“%1”").arg(r.terms[size_t(c)].name));
    }
    return suspects;
}

} // namespace

Result<RegressionResult> LogisticRegression::fit(const std::vector<DesignVariable> &predictors,
                                                 const std::vector<double> &outcome,
                                                 const Options &options, TaskControl *control)
{
    Result<DesignMatrix> design = DesignMatrix::build(predictors, outcome, true);
    if (!design)
        return design.error();
    return fit(design.takeValue(), options, control);
}

Result<RegressionResult> LogisticRegression::fit(DesignMatrix design, const Options &options,
                                                 TaskControl *control)
{
    RegressionResult r;
    r.kind = RegressionKind::Logistic;
    const Result<qint64> counted = countOnes(design);
    if (!counted)
        return counted.error();
    const qint64 ones = *counted;
    if (Status s = r.adoptDesign(design); !s)
        return s.error();
    const Eigen::MatrixXd &x = design.x;
    const Eigen::VectorXd &y = design.y;
    const qsizetype n = x.rows();
    const qsizetype p = x.cols();
    const qint64 zeros = n - ones;
    if (ones == 0 || zeros == 0) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Every row used has the same outcome (%1), so there is "
                                         "nothing to explain."),
                       {QString::number(ones ? 1 : 0)})
            .withCode("constant-response");
    }

    // Start from the intercept-only fit.
    const double mean = double(ones) / double(n);
    Estimate e;
    e.beta = Eigen::VectorXd::Zero(p);
    if (design.hasIntercept())
        e.beta[0] = std::log(mean / (1.0 - mean));
    e.eta = x * e.beta;
    e.ll = logLikelihood(e.eta, y);
    r.nullLogLikelihood = double(ones) * std::log(mean) + double(zeros) * std::log1p(-mean);
    if (!iterate(x, y, e, options, r, control))
        return cancelledMessage();

    // Standard errors from the information at the estimate. One more Newton step tells apart a
    // true optimum (the step is negligible) from separation, where the likelihood only creeps
    // up while some coefficients keep growing without bound (each step moves the linear
    // predictor of the separated rows by about one).
    const NewtonStep last = newtonStep(x, y, e.eta);
    const Eigen::VectorXd drift = (x * last.delta).cwiseAbs();
    qint64 certain = 0;
    for (qsizetype i = 0; i < n; ++i)
        certain += std::fabs(e.eta[i]) > kCertainEta;
    const bool complete = e.ll > kCompleteSeparationLl;
    r.separation = complete || (certain > 0 && drift.maxCoeff() > kSeparationDrift);
    storeEstimate(e, last, r);

    if (r.separation) {
        r.warnings.append(Message(kContext,
                                  QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                    "The outcome is separated by %1: %2 of %3 "
                                                    "rows are predicted with certainty, so the "
                                                    "coefficients run off towards infinity and "
                                                    "their standard errors and p-values mean "
                                                    "nothing. Leave that predictor out or merge "
                                                    "its categories."),
                                  {separationSuspects(x, e, last, r).join(QStringLiteral(", ")),
                                   QString::number(complete ? n : certain), QString::number(n)})
                              .withCode("separation"));
    } else if (!r.converged) {
        r.warnings.append(Message(kContext,
                                  QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                    "The logistic regression did not converge "
                                                    "within %1 iterations: its figures are not "
                                                    "reliable."),
                                  {QString::number(options.maxIterations)})
                              .withCode("not-converged"));
    }
    if (double(std::min(ones, zeros)) < kRowsPerParameter * double(p)) {
        r.warnings.append(Message(kContext,
                                  QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                    "Only %1 rows have the rarer outcome, for %2 "
                                                    "parameters (fewer than 10 per parameter): "
                                                    "the estimates are unstable."),
                                  {QString::number(std::min(ones, zeros)), QString::number(p)}));
    }
    r.addPredictorDiagnostics(x, 1.0);
    return r;
}

} // namespace Segmenta
