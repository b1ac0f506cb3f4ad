// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/purchasemodel.h"
#include "stats/lbfgs.h"
#include "base/message.h"

#include <Eigen/Core>

#include <limits>

namespace Segmenta {

class RfmtSummary;
class TaskControl;

// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive a
// customer buys at Poisson rate lambda ~ Gamma(r, alpha); after each repeat purchase they drop
// out with probability p ~ Beta(a, b). Fitted by maximum likelihood over (ln r, ln alpha, ln a,
// ln b) with L-BFGS from several starts. Times are in the RfmtSummary's unit.
class BgNbdModel : public PurchaseModel
{
public:
    struct Parameters
    {
        double r = 1;
        double alpha = 1;
        double a = 1;
        double b = 1;
    };

    struct Fit
    {
        Parameters parameters;
        double logLikelihood = std::numeric_limits<double>::quiet_NaN();
        int iterations = 0;  // over all starts and the final polish
        int evaluations = 0; // likelihood evaluations, likewise
        bool converged = false;
        Lbfgs::Reason optimizerReason = Lbfgs::Reason::IterationLimit;
        Message reason;      // why there is no usable fit; empty when converged
        qint64 customers = 0;    // customers with purchases
        qint64 repeatBuyers = 0; // of which bought again (x > 0)
    };

    // Below these counts the four parameters are not identified in practice.
    static constexpr qint64 kMinCustomers = 20;
    static constexpr qint64 kMinRepeatBuyers = 5;

    static Fit fit(const RfmtSummary &data, const TaskControl *control = nullptr);

    // Sum of the log-likelihood over the customers with purchases; optionally its gradient with
    // respect to (ln r, ln alpha, ln a, ln b). Runs on computePool() for large inputs.
    static double logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                Eigen::Vector4d *gradient = nullptr);

    BgNbdModel() = default;
    explicit BgNbdModel(const Parameters &parameters) : m_p(parameters) {}
    const Parameters &parameters() const { return m_p; }

    // P(alive at T | x, t_x, T) (FHL 2005).
    double probabilityAlive(qint32 x, double tx, double T) const override;
    // E[Y(t) | x, t_x, T], purchases in (T, T + t] (FHL 2005).
    double expectedPurchases(double t, qint32 x, double tx, double T) const;
    // The same for a customer known to be alive at T; depends on x and T only, and
    // expectedPurchases = probabilityAlive * expectedPurchasesIfAlive.
    double expectedPurchasesIfAlive(double t, qint32 x, double T) const override;
    // P(at least one purchase in (T, T + t] | x, t_x, T). Dropout happens only right after a
    // purchase, so a customer alive at T buys again in t with probability 1 - exp(-lambda t);
    // lambda | alive, x, T ~ Gamma(r + x, alpha + T) gives 1 - ((alpha+T)/(alpha+T+t))^(r+x):
    //   P = probabilityAlive * (1 - ((alpha + T) / (alpha + T + t))^(r + x)).
    double probabilityOfPurchase(double t, qint32 x, double tx, double T) const;
    // 1 - ((alpha + T) / (alpha + T + t))^(r + x), the factor above.
    double probabilityOfPurchaseIfAlive(double t, qint32 x, double T) const override;
    // E[X(t)], repeat purchases of a new customer in (0, t] (FHL 2005).
    double expectedPurchasesUnconditional(double t) const override;

    // Gauss hypergeometric 2F1(a, b; c; z) for 0 <= z < 1 by its power series, summed until the
    // remaining tail is below 1e-15 of the sum; false (value = partial sum) when it did not
    // converge in a million terms or c is a non-positive integer.
    static bool hypergeometric2F1(double a, double b, double c, double z, double &value);

private:
    Parameters m_p;
};

} // namespace Segmenta
