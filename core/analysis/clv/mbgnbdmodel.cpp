// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/mbgnbdmodel.h"

#include "analysis/clv/rfmtgroups.h"
#include "base/taskcontrol.h"

#include <cmath>

namespace Segmenta {

namespace {

// One customer's ln L (Batislam et al. 2007, eq. 5), with p = (r, alpha, a, b):
//   ln[Gamma(r+x) alpha^r / Gamma(r)] + ln[B(a, b+x+1) / B(a, b)]
//   + ln[(alpha+T)^-(r+x) + a/(b+x) (alpha+t_x)^-(r+x)].
template<class D>
D customerLogLikelihood(const std::array<D, 4> &p, qint32 xi, double tx, double T)
{
    const D &r = p[0], &alpha = p[1], &a = p[2], &b = p[3];
    const double x = xi;
    const D rx = r + x;
    const D counting = lgamma(rx) - lgamma(r) + r * log(alpha);
    const D dropout = lgamma(a + b) + lgamma(b + (x + 1)) - lgamma(b) - lgamma(a + b + (x + 1));
    const D alive = -(rx * log(alpha + T));
    const D died = log(a) - log(b + x) - rx * log(alpha + tx);
    return counting + dropout + logAddExp(alive, died);
}

const auto kCustomer = [](const std::array<DualNumber<4>, 4> &p, qint32 x, double tx, double T) {
    return customerLogLikelihood(p, x, tx, T);
};

MbgNbdModel::Parameters fromLog(const Eigen::VectorXd &theta)
{
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
}

} // namespace

MbgNbdModel::MbgNbdModel(const Parameters &parameters)
    : m_p(parameters), m_shifted({parameters.r, parameters.alpha, parameters.a, parameters.b + 1})
{
}

double MbgNbdModel::logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                  Eigen::Vector4d *gradient)
{
    const Eigen::Vector4d theta(std::log(parameters.r), std::log(parameters.alpha),
                                std::log(parameters.a), std::log(parameters.b));
    return groupedLogLikelihood<4>(RfmtGroups::of(data), theta, gradient, kCustomer);
}

MbgNbdModel::Fit MbgNbdModel::fit(const RfmtSummary &data, const TaskControl *control)
{
    Fit fit;
    fit.customers = data.customersWithPurchases;
    fit.repeatBuyers = data.repeatBuyers;
    // The same minimum counts and messages as BG/NBD: the models share their parameters.
    if (fit.customers < BgNbdModel::kMinCustomers || fit.repeatBuyers < BgNbdModel::kMinRepeatBuyers) {
        fit.reason = BgNbdModel::fit(data, control).reason;
        return fit;
    }
    const RfmtGroups all = RfmtGroups::of(data);
    double sumX = 0, sumT = 0;
    for (size_t g = 0; g < all.groups(); ++g)
        sumX += all.count[g] * all.x[g], sumT += all.count[g] * all.T[g];
    const double rate = sumX > 0 && sumT > 0 ? sumX / sumT : 1.0;
    const Lbfgs::Outcome best = minimizeGrouped<4>(
        data, all, kCustomer,
        {{1, 1, 1, 1}, {1, 1 / rate, 1, 1}, {0.5, 0.5 / rate, 0.5, 3}, {2, 2 / rate, 2, 8}},
        control);
    const auto atBoundary = [&fit](const Parameters &p) {
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The purchase model did not converge: the "
                                         "estimates ran off to a boundary (r = %1, α = "
                                         "%2, a = %3, b = %4), so the data do not pin the "
                                         "model down; %5 of %6 customers are repeat "
                                         "buyers."),
                       {LogScaleFit::estimateText(p.r), LogScaleFit::estimateText(p.alpha),
                        LogScaleFit::estimateText(p.a), LogScaleFit::estimateText(p.b),
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

double MbgNbdModel::probabilityAlive(qint32 x, double tx, double T) const
{
    const double d = std::log(m_p.a / (m_p.b + x))
                     + (m_p.r + x) * std::log((m_p.alpha + T) / (m_p.alpha + tx));
    return 1.0 / (1.0 + std::exp(d));
}

double MbgNbdModel::expectedPurchasesIfAlive(double t, qint32 x, double T) const
{
    return m_shifted.expectedPurchasesIfAlive(t, x, T);
}

double MbgNbdModel::probabilityOfPurchaseIfAlive(double t, qint32 x, double T) const
{
    return m_shifted.probabilityOfPurchaseIfAlive(t, x, T);
}

double MbgNbdModel::expectedPurchasesUnconditional(double t) const
{
    return m_p.b / (m_p.a + m_p.b) * m_shifted.expectedPurchasesIfAlive(t, 0, 0.0);
}

} // namespace Segmenta
