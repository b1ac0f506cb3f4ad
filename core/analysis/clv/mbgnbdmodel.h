// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/purchasemodel.h"

namespace Segmenta {

class RfmtSummary;
class TaskControl;

// MBG/NBD (Batislam, Denizel & Filiztekin 2007): BG/NBD where a customer may also drop out
// right at the first purchase, so customers who never bought again are not all alive. Same
// parameters (r, alpha, a, b) and fit as BgNbdModel. Its conditional forecasts for a customer
// alive at T are BG/NBD's with b + 1 (the beta posterior after x + 1 survived chances), and
//   P(alive | x, t_x, T) = 1 / (1 + a / (b + x) ((alpha + T) / (alpha + t_x))^(r + x))
// for every x, including x = 0.
class MbgNbdModel : public PurchaseModel
{
public:
    using Parameters = BgNbdModel::Parameters;
    using Fit = BgNbdModel::Fit;

    static Fit fit(const RfmtSummary &data, const TaskControl *control = nullptr);

    // Sum over the customers with purchases; optionally the gradient with respect to
    // (ln r, ln alpha, ln a, ln b).
    static double logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                Eigen::Vector4d *gradient = nullptr);

    MbgNbdModel() = default;
    explicit MbgNbdModel(const Parameters &parameters);
    const Parameters &parameters() const { return m_p; }

    double probabilityAlive(qint32 x, double tx, double T) const override;
    double expectedPurchasesIfAlive(double t, qint32 x, double T) const override;
    double probabilityOfPurchaseIfAlive(double t, qint32 x, double T) const override;
    // A new customer is alive after the first purchase with probability b / (a + b).
    double expectedPurchasesUnconditional(double t) const override;

private:
    Parameters m_p;
    BgNbdModel m_shifted; // BG/NBD at (r, alpha, a, b + 1)
};

} // namespace Segmenta
