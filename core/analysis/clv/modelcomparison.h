// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/mbgnbdmodel.h"
#include "analysis/clv/paretonbdmodel.h"
#include "analysis/clv/purchasemodel.h"
#include "base/message.h"

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace Segmenta {

class RfmtSummary;
struct BacktestResult;
class TaskControl;

// The purchase models fitted on one RfmtSummary: BG/NBD always, the others when asked for.
struct PurchaseModelFits
{
    BgNbdModel::Fit bgNbd;
    std::optional<ParetoNbdModel::Fit> paretoNbd;
    std::optional<MbgNbdModel::Fit> mbgNbd;

    bool fitted(PurchaseModelKind kind) const;
    bool converged(PurchaseModelKind kind) const;
    double logLikelihood(PurchaseModelKind kind) const;
    Message reason(PurchaseModelKind kind) const;
    // The model at its estimates; null when it was not fitted.
    std::unique_ptr<PurchaseModel> model(PurchaseModelKind kind) const;
};

// One line of the side-by-side comparison (docs/user/lifetime-value.md, "Choosing a model").
struct ModelComparisonRow
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    PurchaseModelKind model = PurchaseModelKind::BgNbd;
    bool converged = false;
    double logLikelihood = kNaN;
    double bic = kNaN; // 4 ln(customers with purchases) - 2 LL: lower is better
    // With a holdout date, each model fitted before it: |expected - actual| repeat purchases in
    // the holdout as a share of the actual ones, over all customers (total) and summed over the
    // calibration frequencies 0, 1, ..., 6, 7+ (byFrequency, which errors cannot cancel across).
    double holdoutError = kNaN;
    double holdoutErrorByFrequency = kNaN;
};

class ModelComparison
{
public:
    static constexpr int kParameters = 4; // every purchase model here has four

    static constexpr std::array<PurchaseModelKind, 3> kModels{
        PurchaseModelKind::BgNbd, PurchaseModelKind::ParetoNbd, PurchaseModelKind::MbgNbd};

    // Fits what `wanted` needs beside BG/NBD: every model for Auto, else the one chosen.
    static PurchaseModelFits fit(const RfmtSummary &data, PurchaseModelKind wanted,
                                 TaskControl *control);

    // Log-likelihood and BIC of every fitted model.
    static std::vector<ModelComparisonRow> rows(const PurchaseModelFits &fits, qint64 customers);

    // Fits every model on the backtest's calibration window and measures its holdout errors;
    // rows gain them by model.
    static void addHoldoutErrors(std::vector<ModelComparisonRow> &rows,
                                 const BacktestResult &backtest, const TaskControl *control);

    // Auto's choice among the converged models: the lowest holdout error by frequency when every
    // converged model has one, else the lowest BIC; BG/NBD when none converged. `reason` says why.
    static PurchaseModelKind choose(const std::vector<ModelComparisonRow> &rows, Message &reason);
};

} // namespace Segmenta
