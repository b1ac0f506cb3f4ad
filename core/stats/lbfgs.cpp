// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/lbfgs.h"

#include "base/taskcontrol.h"

#include <Eigen/Cholesky>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace Segmenta {

namespace {

constexpr double kSufficientDecrease = 1e-4; // c1 in the Wolfe conditions
constexpr double kCurvature = 0.9;           // c2, the usual value for quasi-Newton methods
constexpr double kInf = std::numeric_limits<double>::infinity();

// One evaluation along the search direction: step, value, directional derivative.
struct Trial
{
    double step = 0;
    double value = 0;
    double slope = 0;
    bool finite = true;
};

// Minimiser of the cubic through (a.step, a.value, a.slope) and (b.step, ...), N&W eq. 3.59;
// NaN when the cubic has no minimiser (the caller bisects instead).
double cubicStep(const Trial &a, const Trial &b)
{
    const double d1 = a.slope + b.slope - 3 * (a.value - b.value) / (a.step - b.step);
    const double disc = d1 * d1 - a.slope * b.slope;
    if (!(disc >= 0))
        return std::numeric_limits<double>::quiet_NaN();
    const double d2 = std::copysign(std::sqrt(disc), b.step - a.step);
    return b.step - (b.step - a.step) * (b.slope + d2 - d1) / (b.slope - a.slope + 2 * d2);
}

class LineSearch
{
public:
    LineSearch(const Lbfgs::Objective &f, const Eigen::VectorXd &x0, const Eigen::VectorXd &dir,
               double f0, double slope0, int budget)
        : m_f(f), m_x0(x0), m_dir(dir), m_f0(f0), m_slope0(slope0), m_budget(budget),
          m_noise(1e-13 * std::max(1.0, std::fabs(f0))), m_x(x0.size()), m_g(x0.size())
    {}

    // Strong-Wolfe search (N&W Algorithm 3.5); on success x/g/value hold the accepted point.
    bool run(double step)
    {
        Trial prev{0, m_f0, m_slope0, true};
        double stepMax = kInf;
        for (int i = 0; m_evaluations < m_budget; ++i) {
            const Trial cur = evaluate(step);
            if (!cur.finite) {
                // Outside the domain (overflow): retreat towards the last good step.
                stepMax = step;
                step = 0.5 * (prev.step + step);
                if (step - prev.step <= 1e-16 * std::max(1.0, prev.step))
                    break;
                continue;
            }
            if (approximateWolfe(cur))
                return accept(cur);
            if (cur.value > m_f0 + kSufficientDecrease * step * m_slope0
                || (i > 0 && cur.value >= prev.value))
                return zoom(prev, cur);
            if (std::fabs(cur.slope) <= -kCurvature * m_slope0)
                return accept(cur);
            if (cur.slope >= 0)
                return zoom(cur, prev);
            keepLow(cur);
            prev = cur;
            step = std::isfinite(stepMax) ? 0.5 * (step + stepMax) : 4 * step;
        }
        return acceptLow();
    }

    int evaluations() const { return m_evaluations; }
    Eigen::VectorXd x, g;
    double value = 0;

private:
    Trial evaluate(double step)
    {
        m_x = m_x0 + step * m_dir;
        const double v = m_f(m_x, m_g);
        ++m_evaluations;
        Trial t{step, v, m_g.dot(m_dir), true};
        t.finite = std::isfinite(v) && m_g.allFinite();
        if (!t.finite) {
            t.value = kInf;
            t.slope = std::numeric_limits<double>::quiet_NaN();
        }
        return t;
    }

    // Near the minimum f changes by less than its rounding, so sufficient decrease cannot be
    // seen; the slope still can (Hager & Zhang 2005's approximate Wolfe conditions).
    bool approximateWolfe(const Trial &t) const
    {
        return t.value <= m_f0 + m_noise && std::fabs(t.slope) <= -kCurvature * m_slope0
               && std::fabs(m_slope0) * t.step < 1e3 * m_noise;
    }

    bool accept(const Trial &t)
    {
        x = m_x;
        g = m_g;
        value = t.value;
        return true;
    }

    // Remembers the best point that satisfies sufficient decrease, as a fallback.
    void keepLow(const Trial &t)
    {
        if (t.step > 0 && t.value < m_lowValue) {
            m_lowValue = t.value;
            m_lowX = m_x;
            m_lowG = m_g;
        }
    }

    bool acceptLow()
    {
        if (!(m_lowValue < m_f0))
            return false;
        x = m_lowX;
        g = m_lowG;
        value = m_lowValue;
        return true;
    }

    // N&W Algorithm 3.6: lo satisfies sufficient decrease and has the lower value.
    bool zoom(Trial lo, Trial hi)
    {
        while (m_evaluations < m_budget) {
            const double a = std::min(lo.step, hi.step), b = std::max(lo.step, hi.step);
            if (b - a <= 1e-16 * std::max(1.0, b))
                break;
            double step = lo.finite && hi.finite ? cubicStep(lo, hi) : std::nan("");
            const double margin = 0.1 * (b - a);
            if (!std::isfinite(step) || step < a + margin || step > b - margin)
                step = 0.5 * (a + b);
            const Trial t = evaluate(step);
            if (t.finite && approximateWolfe(t))
                return accept(t);
            if (!t.finite || t.value > m_f0 + kSufficientDecrease * step * m_slope0
                || t.value >= lo.value) {
                hi = t;
                continue;
            }
            if (std::fabs(t.slope) <= -kCurvature * m_slope0)
                return accept(t);
            keepLow(t);
            if (t.slope * (hi.step - lo.step) >= 0)
                hi = lo;
            lo = t;
        }
        return acceptLow();
    }

    const Lbfgs::Objective &m_f;
    const Eigen::VectorXd &m_x0;
    const Eigen::VectorXd &m_dir;
    const double m_f0;
    const double m_slope0;
    const int m_budget;
    const double m_noise; // value differences below this are rounding
    int m_evaluations = 0;
    Eigen::VectorXd m_x, m_g;
    double m_lowValue = kInf;
    Eigen::VectorXd m_lowX, m_lowG;
};

// A pair is kept only when its curvature s'y is clearly positive relative to |s| |y|: otherwise
// the inverse Hessian it implies would not be positive definite.
constexpr double kMinRelativeCurvature = 1e-12;
// Converged on the value after this many iterations in a row that barely lower it.
constexpr int kStallsToConverge = 2;

// The last m correction pairs (s, y) and rho = 1 / s'y, oldest first.
struct Corrections
{
    std::vector<Eigen::VectorXd> s, y;
    std::vector<double> rho;

    bool empty() const { return s.empty(); }
    void clear() { s.clear(), y.clear(), rho.clear(); }
    void add(Eigen::VectorXd sk, Eigen::VectorXd yk, int m)
    {
        const double sy = sk.dot(yk);
        if (!(sy > kMinRelativeCurvature * sk.norm() * yk.norm()))
            return;
        if (int(s.size()) == m)
            s.erase(s.begin()), y.erase(y.begin()), rho.erase(rho.begin());
        s.push_back(std::move(sk));
        y.push_back(std::move(yk));
        rho.push_back(1.0 / sy);
    }

    // Two-loop recursion: -H g, with H0 the given preconditioner or (s'y / y'y) I.
    Eigen::VectorXd direction(const Eigen::VectorXd &gradient, const Eigen::MatrixXd *h0) const
    {
        Eigen::VectorXd dir = -gradient;
        std::vector<double> alpha(s.size());
        for (size_t k = s.size(); k-- > 0;) {
            alpha[k] = rho[k] * s[k].dot(dir);
            dir -= alpha[k] * y[k];
        }
        if (h0)
            dir = *h0 * dir;
        else if (!s.empty())
            dir *= s.back().dot(y.back()) / y.back().squaredNorm();
        for (size_t k = 0; k < s.size(); ++k) {
            const double beta = rho[k] * y[k].dot(dir);
            dir += (alpha[k] - beta) * s[k];
        }
        return dir;
    }
};

bool gradientSmall(const Lbfgs::Outcome &out, const Lbfgs::Options &options)
{
    const double gmax = out.gradient.lpNorm<Eigen::Infinity>();
    return gmax <= options.gradientTolerance * std::max(1.0, std::fabs(out.value));
}

// The point a line search accepted.
struct Accepted
{
    Eigen::VectorXd x, g;
    double value = 0;
};

// A line search from out.x along the quasi-Newton direction and, when that fails, once more
// along the steepest descent (forgetting the corrections); false when neither moves.
bool lineSearchStep(const Lbfgs::Objective &f, Lbfgs::Outcome &out, Corrections &memory,
                    const Eigen::MatrixXd *h0, const Lbfgs::Options &options, Accepted &next)
{
    const double gmax = out.gradient.lpNorm<Eigen::Infinity>();
    Eigen::VectorXd dir = memory.direction(out.gradient, h0);
    double slope = out.gradient.dot(dir);
    if (!(slope < 0)) { // lost positive definiteness through rounding: restart
        memory.clear();
        dir = -out.gradient;
        slope = -out.gradient.squaredNorm();
    }
    // Without curvature information the first step is scaled to move about one unit.
    const double step0 = memory.empty() && !h0 ? std::min(1.0, 1.0 / gmax) : 1.0;
    LineSearch search(f, out.x, dir, out.value, slope, options.maxLineSearchEvaluations);
    bool moved = search.run(step0);
    out.evaluations += search.evaluations();
    next = {search.x, search.g, search.value};
    if (!moved && !memory.empty()) { // retry once along the steepest descent
        memory.clear();
        dir = -out.gradient;
        LineSearch retry(f, out.x, dir, out.value, -out.gradient.squaredNorm(),
                         options.maxLineSearchEvaluations);
        moved = retry.run(std::min(1.0, 1.0 / gmax));
        out.evaluations += retry.evaluations();
        next = {retry.x, retry.g, retry.value};
    }
    return moved;
}

} // namespace

Lbfgs::Outcome Lbfgs::minimize(const Objective &f, const Eigen::VectorXd &start,
                               const Options &options, const TaskControl *control)
{
    Outcome out;
    out.x = start;
    out.gradient = Eigen::VectorXd::Zero(start.size());
    out.value = f(out.x, out.gradient);
    out.evaluations = 1;
    if (!std::isfinite(out.value) || !out.gradient.allFinite()) {
        out.reason = Reason::NonFinite;
        return out;
    }

    const int m = std::max(1, options.memory);
    const Eigen::MatrixXd *h0 = options.initialInverseHessian.rows() == start.size()
                                    ? &options.initialInverseHessian
                                    : nullptr;
    Corrections memory;
    int stalls = 0;
    bool decided = false;
    for (out.iterations = 0; out.iterations < options.maxIterations; ++out.iterations) {
        if (gradientSmall(out, options)) {
            out.reason = Reason::GradientSmall;
            decided = true;
            break;
        }
        if (control && control->isCancelled()) {
            out.reason = Reason::Cancelled;
            decided = true;
            break;
        }
        Accepted next;
        if (!lineSearchStep(f, out, memory, h0, options, next)) {
            out.reason = Reason::LineSearchFailed;
            decided = true;
            break;
        }
        memory.add(next.x - out.x, next.g - out.gradient, m);
        const double decrease = (out.value - next.value)
                                / std::max({1.0, std::fabs(out.value), std::fabs(next.value)});
        out.x = std::move(next.x);
        out.gradient = std::move(next.g);
        out.value = next.value;
        stalls = decrease < options.valueTolerance ? stalls + 1 : 0;
        if (stalls >= kStallsToConverge) {
            ++out.iterations;
            out.reason = Reason::ValueConverged;
            decided = true;
            break;
        }
    }
    if (!decided)
        out.reason = gradientSmall(out, options) ? Reason::GradientSmall : Reason::IterationLimit;
    out.converged = out.reason == Reason::GradientSmall || out.reason == Reason::ValueConverged;
    return out;
}

Lbfgs::Outcome Lbfgs::minimizeFromStarts(const Objective &search, const Objective *polish,
                                         const std::vector<Eigen::VectorXd> &starts,
                                         const Options &options, const TaskControl *control)
{
    Outcome best;
    best.reason = Reason::NonFinite;
    best.value = std::numeric_limits<double>::quiet_NaN();
    bool haveBest = false;
    int iterations = 0, evaluations = 0;
    const double steps = double(starts.size()) + (polish ? 1 : 0);
    for (size_t k = 0; k < starts.size(); ++k) {
        Outcome o = minimize(search, starts[k], options, control);
        iterations += o.iterations;
        evaluations += o.evaluations;
        if (o.reason == Reason::Cancelled) {
            o.iterations = iterations, o.evaluations = evaluations;
            return o;
        }
        const bool better = !haveBest || (o.converged && !best.converged)
                            || (o.converged == best.converged && o.value < best.value);
        if (std::isfinite(o.value) && better) {
            best = std::move(o);
            haveBest = true;
        }
        if (control)
            control->reportProgress(double(k + 1) / steps);
    }
    if (haveBest && polish) {
        const Eigen::Index n = best.x.size();
        Eigen::MatrixXd h(n, n);
        Eigen::VectorXd gUp(n), gDown(n);
        const double step = 1e-4;
        for (Eigen::Index j = 0; j < n; ++j) {
            Eigen::VectorXd up = best.x, down = best.x;
            up[j] += step;
            down[j] -= step;
            search(up, gUp);
            search(down, gDown);
            h.col(j) = (gUp - gDown) / (2 * step);
        }
        evaluations += int(2 * n);
        Options polishOptions = options;
        const Eigen::LLT<Eigen::MatrixXd> llt((h + h.transpose()) / 2);
        if (llt.info() == Eigen::Success && h.allFinite())
            polishOptions.initialInverseHessian = llt.solve(Eigen::MatrixXd::Identity(n, n));
        best = minimize(*polish, best.x, polishOptions, control);
        iterations += best.iterations;
        evaluations += best.evaluations;
    }
    best.iterations = iterations;
    best.evaluations = evaluations;
    return best;
}

const char *Lbfgs::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::GradientSmall:
        return "gradient small";
    case Reason::ValueConverged:
        return "no further decrease";
    case Reason::LineSearchFailed:
        return "no progress in line search";
    case Reason::IterationLimit:
        return "iteration limit";
    case Reason::NonFinite:
        return "non-finite value";
    case Reason::Cancelled:
        return "cancelled";
    }
    return "";
}

} // namespace Segmenta
