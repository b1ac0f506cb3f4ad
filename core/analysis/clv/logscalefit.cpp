// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/logscalefit.h"

#include <cmath>

namespace Segmenta {

Lbfgs::Outcome LogScaleFit::minimize(const Lbfgs::Objective &search,
                                     const Lbfgs::Objective *polish,
                                     const std::vector<std::vector<double>> &starts,
                                     const TaskControl *control)
{
    std::vector<Eigen::VectorXd> startPoints;
    for (const std::vector<double> &start : starts) {
        Eigen::VectorXd theta(Eigen::Index(start.size()));
        for (size_t j = 0; j < start.size(); ++j)
            theta[Eigen::Index(j)] = std::log(start[j]);
        startPoints.push_back(theta);
    }
    Lbfgs::Options options;
    options.maxIterations = 300;
    options.gradientTolerance = 1e-8;
    return Lbfgs::minimizeFromStarts(search, polish, startPoints, options, control);
}

Message LogScaleFit::notConverged(const Lbfgs::Outcome &best, const char *iterationLimit,
                                  const char *noProgress)
{
    if (best.reason == Lbfgs::Reason::IterationLimit)
        return Message("Segmenta::Analysis", iterationLimit, {QString::number(best.iterations)});
    if (!best.converged) {
        return Message("Segmenta::Analysis", noProgress,
                       {QString::number(best.gradient.lpNorm<Eigen::Infinity>(), 'g', 4)});
    }
    return {};
}

} // namespace Segmenta
