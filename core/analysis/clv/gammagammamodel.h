// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/lbfgs.h"
#include "base/message.h"

#include <Eigen/Core>

#include <limits>

namespace Segmenta {

class RfmtSummary;
class TaskControl;

// Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader &
// Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): each purchase of a customer is
// Gamma(p, nu) with the customer's nu ~ Gamma(q, gamma), so the mean m_x of x repeat purchases
// has the likelihood
//   Gamma(px+q) / (Gamma(px) Gamma(q)) gamma^q x^(px) m_x^(px-1) / (gamma + m_x x)^(px+q).
// Only repeat buyers with m_x > 0 are fitted (the first purchase is left out, as in the note);
// the others are counted in the Fit.
class GammaGammaModel
{
public:
    struct Parameters
    {
        double p = 1;
        double q = 1;
        double gamma = 1;
    };

    struct Fit
    {
        Parameters parameters;
        double logLikelihood = std::numeric_limits<double>::quiet_NaN();
        int iterations = 0;
        int evaluations = 0;
        bool converged = false;
        Lbfgs::Reason optimizerReason = Lbfgs::Reason::IterationLimit;
        Message reason;              // why there is no usable fit; empty when converged
        qint64 customers = 0;        // repeat buyers with m_x > 0: the ones fitted
        qint64 noRepeat = 0;         // bought once only (x = 0)
        qint64 nonPositiveSpend = 0; // x > 0 but m_x <= 0 (refunds)
    };

    static constexpr qint64 kMinCustomers = 10;

    static Fit fit(const RfmtSummary &data, const TaskControl *control = nullptr);

    // Sum over the fitted customers; gradient with respect to (ln p, ln q, ln gamma).
    static double logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                Eigen::Vector3d *gradient = nullptr);

    GammaGammaModel() = default;
    explicit GammaGammaModel(const Parameters &parameters) : m_p(parameters) {}
    const Parameters &parameters() const { return m_p; }

    // E[spend per purchase] = p gamma / (q - 1); NaN when q <= 1 (the mean does not exist).
    double populationMean() const;
    // E[M | x, m_x] = p (gamma + x m_x) / (p x + q - 1) for x > 0 and m_x > 0, else the
    // population mean; NaN when that expectation does not exist.
    double expectedSpend(qint32 x, double m) const;

private:
    Parameters m_p;
};

} // namespace Segmenta
