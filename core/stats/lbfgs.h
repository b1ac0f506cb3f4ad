// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>

#include <functional>
#include <vector>

namespace Segmenta {

class TaskControl;

// Minimises a smooth function of a few dozen parameters at most with limited-memory BFGS
// (Nocedal & Wright 2006, Algorithm 7.4) and a strong-Wolfe line search (Algorithms 3.5/3.6,
// safeguarded cubic interpolation). The models fit log-parameters with it, so the search is
// unconstrained; a non-finite objective is treated as "step too long" and the step is shortened.
// Near the minimum, where f no longer resolves the decrease a step makes, Hager & Zhang's
// approximate Wolfe test (slope only) accepts the step instead of failing the line search.
class Lbfgs
{
public:
    // Returns f(x) and writes the gradient into `gradient` (already sized like x).
    using Objective = std::function<double(const Eigen::VectorXd &x, Eigen::VectorXd &gradient)>;

    enum class Reason {
        GradientSmall,    // converged: max |g_i| <= gradientTolerance * max(1, |f|)
        ValueConverged,   // converged: relative decrease below valueTolerance, twice running
        LineSearchFailed, // no step along the search direction lowered f
        IterationLimit,
        NonFinite,        // f or its gradient is not finite at the starting point
        Cancelled,
    };

    struct Options
    {
        int maxIterations = 200;
        int memory = 8;
        double gradientTolerance = 1e-9;
        double valueTolerance = 1e-15;
        int maxLineSearchEvaluations = 40;
        // Optional initial inverse Hessian (e.g. from a fit on a subsample): the first step is
        // then a Newton step and later ones use it instead of the scaled identity.
        Eigen::MatrixXd initialInverseHessian;
    };

    struct Outcome
    {
        Eigen::VectorXd x;
        Eigen::VectorXd gradient;
        double value = 0;
        int iterations = 0;
        int evaluations = 0;
        bool converged = false;
        Reason reason = Reason::IterationLimit;
    };

    // Options has no default argument: GCC rejects `= {}` for a nested struct with member
    // initialisers inside its own class.
    static Outcome minimize(const Objective &f, const Eigen::VectorXd &start,
                            const Options &options, const TaskControl *control = nullptr);

    // Minimises `search` from each start and keeps the best run (converged first, then lowest
    // value). When `polish` is given (typically the full data set while `search` is a
    // subsample of it with the same scale), the best point is refined on it, preconditioned
    // with the inverse Hessian of `search` there (central differences of its gradient), which
    // takes a few Newton-like steps instead of dozens. Iterations and evaluations are summed.
    static Outcome minimizeFromStarts(const Objective &search, const Objective *polish,
                                      const std::vector<Eigen::VectorXd> &starts,
                                      const Options &options,
                                      const TaskControl *control = nullptr);

    // A short English tag for logs and test output ("gradient small", "iteration limit", ...).
    static const char *reasonName(Reason reason);
};

} // namespace Segmenta
