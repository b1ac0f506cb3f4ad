// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/purchasemodel.h"
#include "base/message.h"
#include "stats/lbfgs.h"

#include <Eigen/Core>

#include <limits>

namespace Segmenta {

class RfmtSummary;
class TaskControl;

// Pareto/NBD (Schmittlein, Morrison & Colombo 1987): while alive a customer buys at Poisson rate
// lambda ~ Gamma(r, alpha) and stays alive for an exponential lifetime of rate mu ~ Gamma(s,
// beta), so dropout can happen at any time, not only after a purchase as in BG/NBD. The
// likelihood is Fader & Hardie's (2005, "A note on deriving the Pareto/NBD model and related
// expressions"), with the 2F1 terms taken as logarithms and the alpha >= beta / beta > alpha
// forms that keep the series argument in [0, 1). Fitted like BgNbdModel: maximum likelihood over
// the log-parameters by L-BFGS from several starts, gradients by forward differentiation.
class ParetoNbdModel : public PurchaseModel
{
public:
    struct Parameters
    {
        double r = 1;
        double alpha = 1;
        double s = 1;
        double beta = 1;
    };

    struct Fit
    {
        Parameters parameters;
        double logLikelihood = std::numeric_limits<double>::quiet_NaN();
        int iterations = 0;
        int evaluations = 0;
        bool converged = false;
        Lbfgs::Reason optimizerReason = Lbfgs::Reason::IterationLimit;
        Message reason; // why there is no usable fit; empty when converged
        qint64 customers = 0;
        qint64 repeatBuyers = 0;
    };

    static constexpr qint64 kMinCustomers = 20;
    static constexpr qint64 kMinRepeatBuyers = 5;

    static Fit fit(const RfmtSummary &data, const TaskControl *control = nullptr);

    // Sum over the customers with purchases; optionally the gradient with respect to
    // (ln r, ln alpha, ln s, ln beta).
    static double logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                Eigen::Vector4d *gradient = nullptr);

    ParetoNbdModel() = default;
    explicit ParetoNbdModel(const Parameters &parameters) : m_p(parameters) {}
    const Parameters &parameters() const { return m_p; }

    double probabilityAlive(qint32 x, double tx, double T) const override;
    // (r + x)(beta + T) / ((alpha + T)(s - 1)) [1 - ((beta + T) / (beta + T + t))^(s - 1)].
    double expectedPurchasesIfAlive(double t, qint32 x, double T) const override;
    // Given alive at T, lambda ~ Gamma(r + x, alpha + T) and mu ~ Gamma(s, beta + T) independently;
    // no purchase in t means dying first or neither event happening:
    //   P(Y(t) > 0 | alive) = E[lambda/(lambda+mu)] - c(t) E'[lambda/(lambda+mu)],
    // c(t) = ((alpha+T)/(alpha+T+t))^(r+x) ((beta+T)/(beta+T+t))^s and E' under the rates
    // shifted by t. E[lambda/(lambda+mu)] is a Beta mean tilted by the rate ratio, a 2F1.
    double probabilityOfPurchaseIfAlive(double t, qint32 x, double T) const override;
    double expectedPurchasesUnconditional(double t) const override;

private:
    Parameters m_p;
};

} // namespace Segmenta
