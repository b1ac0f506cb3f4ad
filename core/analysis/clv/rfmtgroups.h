// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clv/dualnumber.h"
#include "analysis/clv/logscalefit.h"
#include "analysis/clv/rfmtsummary.h"
#include "base/computepool.h"

#include <QtConcurrent/QtConcurrentMap>

#include <Eigen/Core>

#include <algorithm>
#include <vector>

namespace Segmenta {

// The customers with purchases of an RfmtSummary collapsed to their distinct (x, t_x, T), each
// with the number of customers sharing it. The purchase models' likelihoods depend on nothing
// else, so they cost per distinct triple: real data have whole-day times and few of them.
class RfmtGroups
{
public:
    // Every stride-th customer with purchases (1 = all of them).
    static RfmtGroups of(const RfmtSummary &data, qint64 stride = 1);

    std::vector<qint32> x;
    std::vector<double> tx, T;
    std::vector<double> count;
    double customers = 0; // sum of count

    size_t groups() const { return x.size(); }
    double size() const { return customers; } // what LogScaleFit divides by
};

// The log-likelihood sum_g count_g * ll(p, x_g, t_x_g, T_g) and, when gradient is set, its
// gradient with respect to the log-parameters theta (p = exp(theta)), by forward-mode
// differentiation. ll(const std::array<DualNumber<N>, N> &p, x, tx, T) is one customer's term.
// Runs on computePool() in blocks summed in a fixed order, so the value does not depend on the
// thread count.
template<int N, class CustomerLogLikelihood>
double groupedLogLikelihood(const RfmtGroups &g, const Eigen::VectorXd &theta,
                            Eigen::Matrix<double, N, 1> *gradient, CustomerLogLikelihood ll)
{
    using D = DualNumber<N>;
    std::array<D, N> p;
    for (int i = 0; i < N; ++i)
        p[size_t(i)] = exp(D::variable(theta[i], i));
    constexpr size_t kBlock = 512;
    struct Block
    {
        size_t begin, end;
        D sum;
    };
    std::vector<Block> blocks;
    for (size_t b = 0; b < g.groups(); b += kBlock)
        blocks.push_back({b, std::min(g.groups(), b + kBlock), D()});
    auto work = [&](Block &b) {
        for (size_t i = b.begin; i < b.end; ++i)
            b.sum += ll(p, g.x[i], g.tx[i], g.T[i]) * g.count[i];
    };
    if (blocks.size() > 2)
        QtConcurrent::blockingMap(computePool(), blocks, work);
    else
        std::for_each(blocks.begin(), blocks.end(), work);
    D total;
    for (const Block &b : blocks)
        total += b.sum;
    if (gradient)
        for (int i = 0; i < N; ++i)
            (*gradient)[i] = total.d[size_t(i)];
    return total.v;
}

// The multi-start search of LogScaleFit on grouped data: the starts run on the groups of a
// subsample when there are many customers, the best is polished on all of them.
template<int N, class CustomerLogLikelihood>
Lbfgs::Outcome minimizeGrouped(const RfmtSummary &data, const RfmtGroups &all,
                               CustomerLogLikelihood ll,
                               const std::vector<std::vector<double>> &starts,
                               const TaskControl *control)
{
    using Gradient = Eigen::Matrix<double, N, 1>;
    auto evaluate = [ll](const RfmtGroups &g, const Eigen::VectorXd &theta, Gradient *grad) {
        return groupedLogLikelihood<N>(g, theta, grad, ll);
    };
    const qint64 stride = LogScaleFit::stride(qint64(all.customers));
    const RfmtGroups sub = stride > 1 ? RfmtGroups::of(data, stride) : RfmtGroups();
    const Lbfgs::Objective full = LogScaleFit::meanNegativeLogLikelihood<Gradient>(all, evaluate);
    if (stride == 1)
        return LogScaleFit::minimize(full, nullptr, starts, control);
    const Lbfgs::Objective search =
        LogScaleFit::meanNegativeLogLikelihood<Gradient>(sub, evaluate);
    return LogScaleFit::minimize(search, &full, starts, control);
}

} // namespace Segmenta
