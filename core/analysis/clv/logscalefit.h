// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/lbfgs.h"
#include "base/message.h"

#include <vector>

namespace Segmenta {

// How the lifetime models (BgNbdModel, GammaGammaModel) fit their parameters, which are all
// positive: searched on the log scale from a few starts, on a subsample when the data are large
// and then polished on all of them, with one set of optimiser settings.
class LogScaleFit
{
public:
    // starts: parameter values, each one positive; polish may be null (no subsample).
    static Lbfgs::Outcome minimize(const Lbfgs::Objective &search, const Lbfgs::Objective *polish,
                                   const std::vector<std::vector<double>> &starts,
                                   const TaskControl *control);

    // Why the best run did not converge though it stayed clear of the bounds: it hit the
    // iteration limit (iterationLimit, %1 = iterations) or could make no further progress
    // (noProgress, %1 = largest gradient). Both are QT_TRANSLATE_NOOP texts of
    // "Segmenta::Analysis". Empty when it converged.
    static Message notConverged(const Lbfgs::Outcome &best, const char *iterationLimit,
                                const char *noProgress);
};

} // namespace Segmenta
