// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/modelcomparison.h"

#include "analysis/clv/holdoutbacktest.h"
#include "analysis/clv/rfmtsummary.h"
#include "base/taskcontrol.h"

#include <algorithm>
#include <cmath>

namespace Segmenta {

bool PurchaseModelFits::fitted(PurchaseModelKind kind) const
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return true;
    case PurchaseModelKind::ParetoNbd:
        return paretoNbd.has_value();
    case PurchaseModelKind::MbgNbd:
        return mbgNbd.has_value();
    case PurchaseModelKind::Auto:
        break;
    }
    return false;
}

bool PurchaseModelFits::converged(PurchaseModelKind kind) const
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return bgNbd.converged;
    case PurchaseModelKind::ParetoNbd:
        return paretoNbd && paretoNbd->converged;
    case PurchaseModelKind::MbgNbd:
        return mbgNbd && mbgNbd->converged;
    case PurchaseModelKind::Auto:
        break;
    }
    return false;
}

double PurchaseModelFits::logLikelihood(PurchaseModelKind kind) const
{
    if (kind == PurchaseModelKind::BgNbd)
        return bgNbd.logLikelihood;
    if (kind == PurchaseModelKind::ParetoNbd && paretoNbd)
        return paretoNbd->logLikelihood;
    if (kind == PurchaseModelKind::MbgNbd && mbgNbd)
        return mbgNbd->logLikelihood;
    return ModelComparisonRow::kNaN;
}

Message PurchaseModelFits::reason(PurchaseModelKind kind) const
{
    if (kind == PurchaseModelKind::ParetoNbd && paretoNbd)
        return paretoNbd->reason;
    if (kind == PurchaseModelKind::MbgNbd && mbgNbd)
        return mbgNbd->reason;
    return bgNbd.reason;
}

std::unique_ptr<PurchaseModel> PurchaseModelFits::model(PurchaseModelKind kind) const
{
    if (kind == PurchaseModelKind::BgNbd)
        return std::make_unique<BgNbdModel>(bgNbd.parameters);
    if (kind == PurchaseModelKind::ParetoNbd && paretoNbd)
        return std::make_unique<ParetoNbdModel>(paretoNbd->parameters);
    if (kind == PurchaseModelKind::MbgNbd && mbgNbd)
        return std::make_unique<MbgNbdModel>(mbgNbd->parameters);
    return nullptr;
}

PurchaseModelFits ModelComparison::fit(const RfmtSummary &data, PurchaseModelKind wanted,
                                       TaskControl *control)
{
    PurchaseModelFits fits;
    const bool all = wanted == PurchaseModelKind::Auto;
    // Progress: BG/NBD first, then the others in equal shares.
    const int count = all ? 3 : (wanted == PurchaseModelKind::BgNbd ? 1 : 2);
    const double share = 1.0 / count;
    {
        TaskControl step(control, 0.0, share);
        fits.bgNbd = BgNbdModel::fit(data, &step);
    }
    double done = share;
    if (all || wanted == PurchaseModelKind::ParetoNbd) {
        TaskControl step(control, done, share);
        fits.paretoNbd = ParetoNbdModel::fit(data, &step);
        done += share;
    }
    if (all || wanted == PurchaseModelKind::MbgNbd) {
        TaskControl step(control, done, share);
        fits.mbgNbd = MbgNbdModel::fit(data, &step);
    }
    return fits;
}

std::vector<ModelComparisonRow> ModelComparison::rows(const PurchaseModelFits &fits,
                                                      qint64 customers)
{
    std::vector<ModelComparisonRow> out;
    for (PurchaseModelKind kind : kModels) {
        if (!fits.fitted(kind))
            continue;
        ModelComparisonRow row;
        row.model = kind;
        row.converged = fits.converged(kind);
        if (row.converged) {
            row.logLikelihood = fits.logLikelihood(kind);
            row.bic = kParameters * std::log(double(std::max<qint64>(customers, 1)))
                      - 2 * row.logLikelihood;
        }
        out.push_back(row);
    }
    return out;
}

void ModelComparison::addHoldoutErrors(std::vector<ModelComparisonRow> &rows,
                                       const BacktestResult &backtest, const TaskControl *control)
{
    const RfmtSummary &cal = backtest.calibration;
    for (ModelComparisonRow &row : rows) {
        if (control && control->isCancelled())
            return;
        PurchaseModelFits fits;
        fits.bgNbd = backtest.fit;
        if (row.model == PurchaseModelKind::ParetoNbd)
            fits.paretoNbd = ParetoNbdModel::fit(cal, control);
        else if (row.model == PurchaseModelKind::MbgNbd)
            fits.mbgNbd = MbgNbdModel::fit(cal, control);
        if (!fits.converged(row.model))
            continue;
        const std::unique_ptr<PurchaseModel> model = fits.model(row.model);
        constexpr int kCap = 7; // frequencies 0..6 and 7+, as the backtest's table
        double expected[kCap + 1] = {}, actual[kCap + 1] = {};
        for (qsizetype i = 0; i < cal.size(); ++i) {
            if (!cal.hasPurchases(i))
                continue;
            const size_t k = size_t(i);
            const int bin = std::min(cal.frequency[k], kCap);
            expected[bin] += model->conditionalExpectedPurchases(
                backtest.holdoutLength, cal.frequency[k], cal.recency[k], cal.age[k]);
            actual[bin] += backtest.holdoutPurchases[k];
        }
        double totalExpected = 0, totalActual = 0, byFrequency = 0;
        for (int b = 0; b <= kCap; ++b) {
            totalExpected += expected[b];
            totalActual += actual[b];
            byFrequency += std::fabs(expected[b] - actual[b]);
        }
        if (totalActual > 0) {
            row.holdoutError = std::fabs(totalExpected - totalActual) / totalActual;
            row.holdoutErrorByFrequency = byFrequency / totalActual;
        }
    }
}

PurchaseModelKind ModelComparison::choose(const std::vector<ModelComparisonRow> &rows,
                                          Message &reason)
{
    const ModelComparisonRow *byBic = nullptr, *byHoldout = nullptr;
    bool everyHoldout = true;
    for (const ModelComparisonRow &row : rows) {
        if (!row.converged)
            continue;
        if (!byBic || row.bic < byBic->bic)
            byBic = &row;
        if (!std::isfinite(row.holdoutErrorByFrequency))
            everyHoldout = false;
        else if (!byHoldout || row.holdoutErrorByFrequency < byHoldout->holdoutErrorByFrequency)
            byHoldout = &row;
    }
    if (byHoldout && everyHoldout) {
        reason = Message("Segmenta::Analysis",
                         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                           "%1 was chosen: fitted before the holdout date, it "
                                           "forecast the holdout best (error %2 % of the actual "
                                           "repeat purchases, by frequency)."),
                         {purchaseModelTitle(byHoldout->model),
                          QString::number(100 * byHoldout->holdoutErrorByFrequency, 'f', 1)});
        return byHoldout->model;
    }
    if (byBic) {
        reason = Message("Segmenta::Analysis",
                         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                           "%1 was chosen: it has the lowest BIC (%2) of the "
                                           "models that converged."),
                         {purchaseModelTitle(byBic->model), QString::number(byBic->bic, 'f', 1)});
        return byBic->model;
    }
    reason = Message("Segmenta::Analysis",
                     QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                       "No purchase model converged, so BG/NBD is kept."));
    return PurchaseModelKind::BgNbd;
}

} // namespace Segmenta
