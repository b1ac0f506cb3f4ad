// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/linearregression.h"

#include "stats/distributions.h"

#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

// A residual sum of squares below this share of the total is rounding: the fit is exact.
constexpr double kExactFit = 1e-24;

// Coefficients, standard errors, t statistics and p-values; an exact fit gets the limits
// (±infinity with p = 0), never NaN.
void storeTerms(const Eigen::VectorXd &beta, const Eigen::MatrixXd &rInverse, double sigma2,
                double df, bool exact, RegressionResult &r)
{
    for (qsizetype c = 0; c < beta.size(); ++c) {
        RegressionTerm &t = r.terms[size_t(c)];
        t.coefficient = beta[c];
        t.standardError = exact ? 0.0 : std::sqrt(sigma2 * rInverse.row(c).squaredNorm());
        if (t.standardError > 0.0) {
            t.statistic = t.coefficient / t.standardError;
            t.pValue = Distributions::studentTTwoSided(t.statistic, df);
        } else {
            const bool zero = t.coefficient == 0.0;
            t.statistic = zero ? 0.0
                               : std::copysign(std::numeric_limits<double>::infinity(),
                                               t.coefficient);
            t.pValue = zero ? 1.0 : 0.0;
        }
    }
}

// R², adjusted R², the residual standard error and the overall F test.
void storeOverallFit(double tss, double rss, qsizetype n, qsizetype p, bool exact,
                     RegressionResult &r)
{
    const double df = double(n - p);
    const double sigma2 = rss / df;
    r.rSquared = std::clamp(1.0 - rss / tss, 0.0, 1.0);
    r.adjustedRSquared = 1.0 - (1.0 - r.rSquared) * double(n - 1) / df;
    r.residualStandardError = std::sqrt(sigma2);
    if (p > 1) {
        const double d1 = double(p - 1);
        if (exact) {
            r.fStatistic = std::numeric_limits<double>::infinity();
            r.fPValue = 0.0;
        } else {
            r.fStatistic = ((tss - rss) / d1) / sigma2;
            r.fPValue = Distributions::fUpperTail(r.fStatistic, d1, df);
        }
    } else {
        r.fStatistic = 0.0;
        r.fPValue = 1.0;
    }
}

} // namespace

Result<RegressionResult> LinearRegression::fit(const std::vector<DesignVariable> &predictors,
                                               const std::vector<double> &response)
{
    Result<DesignMatrix> design = DesignMatrix::build(predictors, response, true);
    if (!design)
        return design.error();
    return fit(design.takeValue());
}

Result<RegressionResult> LinearRegression::fit(DesignMatrix design)
{
    RegressionResult r;
    r.kind = RegressionKind::Linear;
    if (design.y.size() != design.rowCount()) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Choose the dependent variable of the regression."))
            .withCode("missing-response");
    }
    if (Status s = r.adoptDesign(design); !s)
        return s.error();
    const Eigen::MatrixXd &x = design.x;
    const Eigen::VectorXd &y = design.y;
    const qsizetype n = x.rows();
    const qsizetype p = x.cols();

    const double meanY = y.mean();
    const double tss = (y.array() - meanY).square().sum();
    if (!(tss > 0.0) || !std::isfinite(tss)) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The dependent variable has the same value in every "
                                         "row used, so there is nothing to explain."))
            .withCode("constant-response");
    }

    Eigen::HouseholderQR<Eigen::MatrixXd> qr(x);
    const Eigen::VectorXd beta = qr.solve(y);
    const Eigen::VectorXd residuals = y - x * beta;
    const double rss = residuals.squaredNorm();
    const double df = double(n - p);
    const double sigma2 = rss / df;
    const Eigen::MatrixXd rFactor = qr.matrixQR().topRows(p).triangularView<Eigen::Upper>();
    const Eigen::MatrixXd rInverse =
        rFactor.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));

    // A fit with no residual at all (y computed from the predictors) has zero standard errors;
    // its statistics are then the limits, ±infinity with p = 0, never NaN.
    const bool exact = rss <= kExactFit * tss;
    if (exact) {
        r.warnings.append(Message(kContext,
                                  QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                    "The predictors reproduce the dependent "
                                                    "variable exactly (no residual variation): "
                                                    "it is probably computed from them, and the "
                                                    "standard errors and p-values mean "
                                                    "nothing.")));
    }
    storeTerms(beta, rInverse, sigma2, df, exact, r);
    storeOverallFit(tss, rss, n, p, exact, r);
    const double sdY = std::sqrt(tss / double(n - 1));
    r.addPredictorDiagnostics(x, sdY);
    return r;
}

} // namespace Segmenta
