// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/regressionresult.h"

namespace Segmenta {

class TaskControl;

// Logistic regression of a 0/1 outcome ("is high-value"; docs/domain.md, "Drivers") by
// Newton-Raphson (iteratively reweighted least squares, each step a QR solve) with step halving.
// Gives coefficients, standard errors, z statistics and two-sided normal p-values, log-likelihoods,
// deviances, AIC and McFadden's pseudo-R², standardized effects (coefficient × sd(x)) ranked by
// size and VIFs. Says in plain words when the outcome is separated by a predictor (the
// coefficients would run off to infinity) or when the fit did not converge.
class LogisticRegression
{
public:
    struct Options
    {
        int maxIterations = 100;
        double tolerance = 1e-10; // on the relative change of the deviance
    };

    static Result<RegressionResult> fit(const std::vector<DesignVariable> &predictors,
                                        const std::vector<double> &outcome,
                                        const Options &options, TaskControl *control = nullptr);
    static Result<RegressionResult> fit(const std::vector<DesignVariable> &predictors,
                                        const std::vector<double> &outcome)
    {
        return fit(predictors, outcome, Options());
    }
    // The same on an already built design whose y holds 0 and 1.
    static Result<RegressionResult> fit(DesignMatrix design, const Options &options,
                                        TaskControl *control = nullptr);
};

} // namespace Segmenta
