// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/lbfgs.h"
#include "base/message.h"
#include "base/taskcontrol.h"

#include <cmath>
#include <vector>

namespace Segmenta {

// How the lifetime models (BgNbdModel, GammaGammaModel) fit their parameters, which are all
// positive: searched on the log scale from a few starts, on a subsample when the data are large
// and then polished on all of them, with one set of optimiser settings.
class LogScaleFit
{
public:
    // The multi-start search runs on at most this many customers: enough to find the basin, and
    // the polish on all of them settles the last digits.
    static constexpr qint64 kSubsample = 50000;
    // |ln parameter| beyond this (about a million times or a millionth) = ran off to a boundary.
    static constexpr double kLogBound = 13.8;

    // Every stride-th customer goes into the search's subsample of n (1 = all of them).
    static qint64 stride(qint64 n) { return n > kSubsample ? (n + kSubsample - 1) / kSubsample : 1; }

    // What a model says when its fit fails without running off to a boundary: QT_TRANSLATE_NOOP
    // texts of "Segmenta::Analysis" (see notConverged for %1).
    struct FailureTexts
    {
        const char *notEvaluated;   // the likelihood could not be evaluated
        const char *iterationLimit;
        const char *noProgress;
    };

    // starts: parameter values, each one positive; polish may be null (no subsample).
    static Lbfgs::Outcome minimize(const Lbfgs::Objective &search, const Lbfgs::Objective *polish,
                                   const std::vector<std::vector<double>> &starts,
                                   const TaskControl *control);

    // What the models minimise: the mean negative log-likelihood over a sample, so tolerances do
    // not depend on the number of customers. logLikelihood(sample, theta, &gradient) gives the
    // sum over the sample at the log-scale parameters theta and its Gradient (fixed size).
    template <class Gradient, class Sample, class LogLikelihood>
    static Lbfgs::Objective meanNegativeLogLikelihood(const Sample &s, LogLikelihood logLikelihood)
    {
        return [&s, logLikelihood](const Eigen::VectorXd &theta, Eigen::VectorXd &g) {
            Gradient grad;
            const double ll = logLikelihood(s, theta, &grad);
            g = -grad / s.size();
            return -ll / s.size();
        };
    }

    // An estimate as the messages show it: four significant digits.
    static QString estimateText(double v) { return QString::number(v, 'g', 4); }

    // Why the best run did not converge though it stayed clear of the bounds: it hit the
    // iteration limit (iterationLimit, %1 = iterations) or could make no further progress
    // (noProgress, %1 = largest gradient). Both are QT_TRANSLATE_NOOP texts of
    // "Segmenta::Analysis". Empty when it converged.
    static Message notConverged(const Lbfgs::Outcome &best, const char *iterationLimit,
                                const char *noProgress);

    // The common ending of a model's fit: copies the optimiser's counts and reason into `fit`
    // (a BgNbdModel::Fit or GammaGammaModel::Fit) and, unless it was cancelled or gave no finite
    // value, the parameters (fromLog(best.x)) and the log-likelihood summed over n customers.
    // atBoundary(parameters) is the message when an estimate ran beyond kLogBound.
    template <class Fit, class FromLog, class AtBoundary>
    static void finish(Fit &fit, const Lbfgs::Outcome &best, Eigen::Index parameterCount,
                       qint64 n, FromLog fromLog, AtBoundary atBoundary,
                       const FailureTexts &texts, const TaskControl *control)
    {
        fit.iterations = best.iterations;
        fit.evaluations = best.evaluations;
        if (best.reason == Lbfgs::Reason::Cancelled) {
            fit.optimizerReason = best.reason;
            return;
        }
        if (best.x.size() != parameterCount || !std::isfinite(best.value)) {
            fit.optimizerReason = Lbfgs::Reason::NonFinite;
            fit.reason = Message("Segmenta::Analysis", texts.notEvaluated);
            return;
        }
        fit.optimizerReason = best.reason;
        fit.parameters = fromLog(best.x);
        fit.logLikelihood = -best.value * double(n);
        fit.reason = best.x.cwiseAbs().maxCoeff() > kLogBound
                         ? atBoundary(fit.parameters)
                         : notConverged(best, texts.iterationLimit, texts.noProgress);
        fit.converged = fit.reason.isEmpty();
        if (control)
            control->reportProgress(1.0);
    }
};

} // namespace Segmenta
