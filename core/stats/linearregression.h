// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/regressionresult.h"

namespace Segmenta {

// Ordinary least squares with an intercept (docs/domain.md, "Drivers"): coefficients from a
// Householder QR of the design matrix (never by inverting X'X), standard errors, t statistics and
// two-sided p-values from Student's t, R², adjusted R², the overall F test, standardized effects
// ranked by size, and VIFs. Perfectly collinear columns are removed with a warning.
class LinearRegression
{
public:
    static Result<RegressionResult> fit(const std::vector<DesignVariable> &predictors,
                                        const std::vector<double> &response);
    // The same on an already built design (with its response y and, for R² and F to mean what
    // they say, an intercept: DesignMatrix::build's default).
    static Result<RegressionResult> fit(DesignMatrix design);
};

} // namespace Segmenta
