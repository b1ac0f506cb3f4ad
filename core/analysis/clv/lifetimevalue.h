// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/measures/customersummary.h"
#include "analysis/clv/gammagammamodel.h"
#include "analysis/clv/modelcomparison.h"
#include "base/result.h"
#include "analysis/clv/rfmtsummary.h"

#include <QList>

#include <limits>
#include <vector>

namespace Segmenta {

class TaskControl;

struct LifetimeOptions
{
    TimeUnit unit = TimeUnit::Week;
    // Exclusive end of the observed window; missing = the summary's asOfDay. T runs to the day
    // before (see RfmtSummary). A later day than the summary's is allowed, an earlier one must
    // still be after every purchase in the summary.
    qint32 asOfDay = Column::kMissingDate;
    // Forecast horizon in units; 0 = one year (52 weeks, 12 months or 365 days).
    double horizon = 0;
    // The purchase model behind the scores; Auto picks one (ModelComparison::choose).
    PurchaseModelKind model = PurchaseModelKind::BgNbd;
    // First day of a holdout period for the model comparison (the models are fitted before it
    // and compared with what happened from it on); missing = no holdout comparison.
    qint32 holdoutFromDay = Column::kMissingDate;
    // Gross margin rate applied to spend; NaN = each customer's gross profit / revenue from the
    // summary (the overall ratio for customers without positive revenue).
    double marginRate = std::numeric_limits<double>::quiet_NaN();
    double annualDiscountRate = 0.10;
};

struct LifetimeResult
{
    BgNbdModel::Fit purchases; // BG/NBD, always fitted
    std::optional<ParetoNbdModel::Fit> paretoNbd; // when chosen or compared
    std::optional<MbgNbdModel::Fit> mbgNbd;       // likewise
    PurchaseModelKind model = PurchaseModelKind::BgNbd; // the one behind the scores
    Message modelReason; // why Auto chose it; empty when the options named it
    std::vector<ModelComparisonRow> comparison; // every fitted model
    GammaGammaModel::Fit spend;
    RfmtSummary data; // x, t_x, T, m_x per customer, as fitted

    double horizon = 0; // in units
    int periods = 0;    // discounting periods the horizon was split into
    bool scored = false;         // per-customer scores come from a converged purchase model
    bool spendFromModel = false; // expected spend from a converged Gamma-Gamma fit

    // One entry per customer, CustomerSummary order; all finite. Customers without purchases
    // in the window (hasPurchases = 0) get zeros, and so does everyone when !scored.
    std::vector<double> pAlive;              // P(still active at the analysis date)
    std::vector<double> expectedPurchases;   // expected purchase days in the next horizon
    std::vector<double> purchaseProbability; // P(at least one purchase in the next horizon)
    std::vector<double> expectedSpend;       // per purchase
    std::vector<double> margin;              // margin rate used
    std::vector<double> clv;                 // discounted gross profit over the horizon
    std::vector<quint8> hasPurchases;
    qint64 customersWithoutPurchases = 0;

    QList<Message> notes; // caveats in plain language (fallbacks used)
};

// Customer lifetime value from a purchase model (BG/NBD by default, see LifetimeOptions::model) and Gamma-Gamma (spend per purchase):
//   clv_i = P(alive)_i * spend_i * margin_i * sum_k [E_k - E_k-1] / (1 + d)^(t_k / year)
// where the horizon is split into periods of one unit (several units when it would exceed
// 120 periods), E_k = expected purchases of a customer alive now by the end of period k
// (ending at t_k units), and d is the annual discount rate: cash flows are discounted to the
// end of the period they fall in.
class LifetimeValue
{
public:
    static constexpr int kMaxPeriods = 120;

    // holdout: a backtest at options.holdoutFromDay, whose calibration window the comparison
    // refits every model on to measure holdout errors (null = none).
    static Result<LifetimeResult> run(const CustomerSummary &summary,
                                      const LifetimeOptions &options,
                                      TaskControl *control = nullptr,
                                      const BacktestResult *holdout = nullptr);

    static double defaultHorizon(TimeUnit unit);
};

} // namespace Segmenta
