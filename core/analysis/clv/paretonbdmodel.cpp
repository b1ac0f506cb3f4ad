// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/paretonbdmodel.h"

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/rfmtgroups.h"
#include "base/taskcontrol.h"

#include <cmath>

namespace Segmenta {

namespace {

constexpr long kMaxTerms = 1000000;

// ln 2F1(a, b; a + 1; z) for 0 <= z < 1 by its power series; the running sum is rescaled when it
// grows large (frequent buyers with beta >> alpha), so the logarithm stays finite.
template<class D>
D logHypergeometricA1(const D &a, const D &b, const D &z)
{
    D sum(1.0), term(1.0);
    double offset = 0;
    for (long k = 0; k < kMaxTerms; ++k) {
        const D q = (a + double(k)) * (b + double(k)) * z / ((a + double(k + 1)) * double(k + 1));
        const double rho = std::max(std::fabs(q.v), z.v);
        if (term.v == 0
            || (rho < 1 && std::fabs(term.v) * rho <= 1e-16 * (1 - rho) * std::fabs(sum.v)))
            break;
        term *= q;
        sum += term;
        if (sum.v > 1e250) {
            sum = sum * 1e-250;
            term = term * 1e-250;
            offset += 250 * std::log(10.0);
        }
    }
    return log(sum) + offset;
}

// One customer's ln L (Fader & Hardie 2005, eq. 22 with A_0 of eqs. 23-24), with p = (r, alpha,
// s, beta). Returns the two parts too: u = ln of the "still alive at T" term and v = ln of the
// "died in (t_x, T]" term, both without the common factor, for P(alive).
template<class D>
D customerLogLikelihood(const std::array<D, 4> &p, qint32 xi, double tx, double T, D *uOut = nullptr,
                        D *vOut = nullptr)
{
    const D &r = p[0], &alpha = p[1], &s = p[2], &beta = p[3];
    const double x = xi;
    const D rx = r + x;
    const D u = -(rx * log(alpha + T)) - s * log(beta + T);
    D v(-std::numeric_limits<double>::infinity());
    if (T > tx) {
        const bool alphaLarger = alpha.v >= beta.v;
        const D &m = alphaLarger ? alpha : beta;
        const D diff = alphaLarger ? alpha - beta : beta - alpha;
        const D a = r + s + x;
        const D b = alphaLarger ? s + 1.0 : rx;
        const D atTx = logHypergeometricA1(a, b, diff / (m + tx)) - a * log(m + tx);
        const D atT = logHypergeometricA1(a, b, diff / (m + T)) - a * log(m + T);
        if (atTx.v > atT.v)
            v = log(s / a) + logSubExp(atTx, atT);
    }
    if (uOut)
        *uOut = u;
    if (vOut)
        *vOut = v;
    const D common = lgamma(rx) - lgamma(r) + r * log(alpha) + s * log(beta);
    return std::isfinite(v.v) ? common + logAddExp(u, v) : common + u;
}

std::array<DualNumber<0>, 4> plain(const ParetoNbdModel::Parameters &p)
{
    return {DualNumber<0>(p.r), DualNumber<0>(p.alpha), DualNumber<0>(p.s), DualNumber<0>(p.beta)};
}

const auto kCustomer = [](const std::array<DualNumber<4>, 4> &p, qint32 x, double tx, double T) {
    return customerLogLikelihood(p, x, tx, T);
};

ParetoNbdModel::Parameters fromLog(const Eigen::VectorXd &theta)
{
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
}

// E[lambda / (lambda + mu)] for independent lambda ~ Gamma(R, rate A), mu ~ Gamma(S, rate B).
// With U ~ Beta(R, S) it is E[U / (U + (1 - U) k)], k = A / B; for k >= 1 that is
// (R / (R + S)) 2F1(1, R + 1; R + S + 1; 1 - 1/k) / k, and k < 1 follows by symmetry.
double meanShare(double R, double S, double A, double B)
{
    if (A < B)
        return 1 - meanShare(S, R, B, A);
    const double k = A / B;
    double f = 0;
    BgNbdModel::hypergeometric2F1(1, R + 1, R + S + 1, 1 - 1 / k, f);
    return R / (R + S) * f / k;
}

} // namespace

double ParetoNbdModel::logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                     Eigen::Vector4d *gradient)
{
    const Eigen::Vector4d theta(std::log(parameters.r), std::log(parameters.alpha),
                                std::log(parameters.s), std::log(parameters.beta));
    return groupedLogLikelihood<4>(RfmtGroups::of(data), theta, gradient, kCustomer);
}

ParetoNbdModel::Fit ParetoNbdModel::fit(const RfmtSummary &data, const TaskControl *control)
{
    Fit fit;
    fit.customers = data.customersWithPurchases;
    fit.repeatBuyers = data.repeatBuyers;
    if (fit.customers < kMinCustomers) {
        fit.reason = Message("Segmenta::Analysis",
                             QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The purchase model was not fitted: only %1 "
                                               "customers bought in the window, and at least %2 "
                                               "are needed."),
                             {QString::number(fit.customers), QString::number(kMinCustomers)});
        return fit;
    }
    if (fit.repeatBuyers < kMinRepeatBuyers) {
        fit.reason = Message("Segmenta::Analysis",
                             QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The purchase model was not fitted: too few repeat "
                                               "buyers (%1 of %2 customers bought more than once; "
                                               "at least %3 are needed to estimate how customers "
                                               "drop out)."),
                             {QString::number(fit.repeatBuyers), QString::number(fit.customers),
                              QString::number(kMinRepeatBuyers)});
        return fit;
    }
    const RfmtGroups all = RfmtGroups::of(data);
    // Starts scaled to the observed repeat rate and the mean age, so the time unit does not
    // matter: beta is a time scale of lifetimes as alpha is one of purchases.
    double sumX = 0, sumT = 0;
    for (size_t g = 0; g < all.groups(); ++g)
        sumX += all.count[g] * all.x[g], sumT += all.count[g] * all.T[g];
    const double rate = sumX > 0 && sumT > 0 ? sumX / sumT : 1.0;
    const double age = sumT > 0 ? sumT / all.customers : 1.0;
    const Lbfgs::Outcome best = minimizeGrouped<4>(
        data, all, kCustomer,
        {{1, 1 / rate, 1, age}, {0.5, 0.5 / rate, 0.5, 0.5 * age}, {2, 2 / rate, 2, 2 * age},
         {1, 1, 1, 1}},
        control);
    const auto atBoundary = [&fit](const Parameters &p) {
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The Pareto/NBD purchase model did not converge: the "
                                         "estimates ran off to a boundary (r = %1, α = %2, s = "
                                         "%3, β = %4), so the data do not pin the model down; "
                                         "%5 of %6 customers are repeat buyers."),
                       {LogScaleFit::estimateText(p.r), LogScaleFit::estimateText(p.alpha),
                        LogScaleFit::estimateText(p.s), LogScaleFit::estimateText(p.beta),
                        QString::number(fit.repeatBuyers), QString::number(fit.customers)});
    };
    LogScaleFit::finish(
        fit, best, 4, qint64(all.customers), fromLog, atBoundary,
        {QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The purchase model did not converge: the "
                           "likelihood could not be evaluated."),
         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The purchase model did not converge within %1 "
                           "iterations."),
         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The purchase model did not converge: the optimiser "
                           "could make no further progress (largest gradient "
                           "%1).")},
        control);
    return fit;
}

double ParetoNbdModel::probabilityAlive(qint32 x, double tx, double T) const
{
    DualNumber<0> u, v;
    customerLogLikelihood(plain(m_p), x, tx, T, &u, &v);
    if (!std::isfinite(v.v))
        return 1.0;
    return 1.0 / (1.0 + std::exp(v.v - u.v)); // exp overflow gives 0, never NaN
}

double ParetoNbdModel::expectedPurchasesIfAlive(double t, qint32 x, double T) const
{
    if (!(t > 0))
        return 0.0;
    const double sm1 = m_p.s - 1;
    const double l = std::log1p(t / (m_p.beta + T));
    // [1 - ((beta+T)/(beta+T+t))^(s-1)] / (s-1), which tends to ln((beta+T+t)/(beta+T)) at s = 1.
    const double share = std::fabs(sm1) < 1e-12 ? l : -std::expm1(-sm1 * l) / sm1;
    const double e = (m_p.r + x) / (m_p.alpha + T) * (m_p.beta + T) * share;
    return std::isfinite(e) ? std::max(0.0, e) : 0.0;
}

double ParetoNbdModel::probabilityOfPurchaseIfAlive(double t, qint32 x, double T) const
{
    if (!(t > 0))
        return 0.0;
    const double R = m_p.r + x, A = m_p.alpha + T, B = m_p.beta + T;
    const double lnC = -R * std::log1p(t / A) - m_p.s * std::log1p(t / B);
    const double p = meanShare(R, m_p.s, A, B) - std::exp(lnC) * meanShare(R, m_p.s, A + t, B + t);
    return std::isfinite(p) ? std::clamp(p, 0.0, 1.0) : 0.0;
}

double ParetoNbdModel::expectedPurchasesUnconditional(double t) const
{
    return expectedPurchasesIfAlive(t, 0, 0.0);
}

} // namespace Segmenta
