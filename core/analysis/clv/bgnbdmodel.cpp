// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/bgnbdmodel.h"

#include "base/computepool.h"
#include "stats/distributions.h"
#include "analysis/clv/logscalefit.h"
#include "analysis/clv/rfmtsummary.h"
#include "base/taskcontrol.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Segmenta {

namespace {

constexpr size_t kBlock = 16384;        // customers per parallel work item
constexpr long kMaxTerms = 1000000;

// Sums u_k0 + u_k0+1 + ... given u_k0 and ratio(k) = u_k+1 / u_k, stopping once the tail is
// bounded below 1e-15 of the sum (future ratios bounded by max(|ratio|, z), z = their limit).
template<typename Ratio>
bool sumSeries(double first, long k0, double z, Ratio ratio, double &sum)
{
    sum = first;
    double term = first;
    for (long k = k0; k < k0 + kMaxTerms; ++k) {
        const double q = ratio(double(k));
        const double rho = std::max(std::fabs(q), z);
        if (term == 0 || (rho < 1 && std::fabs(term) * rho <= 1e-15 * (1 - rho) * std::fabs(sum)))
            return true;
        term *= q;
        sum += term;
        if (!std::isfinite(sum))
            return false;
    }
    return false;
}

// The customers the likelihood runs over: a view of the summary's arrays (customers without
// purchases skipped on the fly, no copy of a million rows), or compact copies of a subsample.
struct Sample
{
    Sample() = default;
    Sample(const Sample &) = delete; // the pointers may point into the own* vectors
    Sample(Sample &&) = default;

    const qint32 *x = nullptr;
    const double *tx = nullptr;
    const double *T = nullptr;
    const quint8 *observed = nullptr; // null: every row counts
    size_t rows = 0;
    double count = 0;
    std::vector<double> countByX;
    std::vector<qint32> ownX;
    std::vector<double> ownTx, ownT;
    double size() const { return count; }
};

void countFrequencies(Sample &s)
{
    qint32 maxX = 0;
    for (size_t i = 0; i < s.rows; ++i)
        if (!s.observed || s.observed[i])
            maxX = std::max(maxX, s.x[i]);
    s.countByX.assign(size_t(maxX) + 1, 0.0);
    for (size_t i = 0; i < s.rows; ++i)
        if (!s.observed || s.observed[i])
            s.countByX[size_t(s.x[i])] += 1;
    s.count = 0;
    for (double c : s.countByX)
        s.count += c;
}

Sample fullSample(const RfmtSummary &d)
{
    Sample s;
    s.x = d.frequency.data();
    s.tx = d.recency.data();
    s.T = d.age.data();
    s.observed = d.observed.data();
    s.rows = size_t(d.size());
    countFrequencies(s);
    return s;
}

// Every stride-th customer with purchases.
Sample subSample(const RfmtSummary &d, qint64 stride)
{
    Sample s;
    qint64 seen = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        if (!d.hasPurchases(i) || (seen++ % stride) != 0)
            continue;
        s.ownX.push_back(d.frequency[size_t(i)]);
        s.ownTx.push_back(d.recency[size_t(i)]);
        s.ownT.push_back(d.age[size_t(i)]);
    }
    s.x = s.ownX.data();
    s.tx = s.ownTx.data();
    s.T = s.ownT.data();
    s.rows = s.ownX.size();
    countFrequencies(s);
    return s;
}

struct Sums
{
    double ll = 0, r = 0, alpha = 0, a = 0, b = 0; // value and d/d(natural parameter)
};

// The customer-specific term ln[(alpha+T)^-(r+x) + [x>0] a/(b+x-1) (alpha+t_x)^-(r+x)],
// by log-sum-exp, and its partial derivatives.
Sums blockSums(const Sample &s, size_t begin, size_t end, const BgNbdModel::Parameters &p)
{
    Sums out;
    const double lnA = std::log(p.a);
    for (size_t i = begin; i < end; ++i) {
        if (s.observed && !s.observed[i])
            continue;
        const double x = s.x[i];
        const double rx = p.r + x;
        const double lT = std::log(p.alpha + s.T[i]);
        const double u = -rx * lT;
        if (s.x[i] == 0) {
            out.ll += u;
            out.r -= lT;
            out.alpha -= rx / (p.alpha + s.T[i]);
            continue;
        }
        const double ltx = std::log(p.alpha + s.tx[i]);
        const double v = lnA - std::log(p.b + x - 1) - rx * ltx;
        const double hi = std::max(u, v);
        const double eu = std::exp(u - hi), ev = std::exp(v - hi);
        const double total = eu + ev;
        const double wu = eu / total, wv = ev / total;
        out.ll += hi + std::log(total);
        out.r -= lT * wu + ltx * wv;
        out.alpha -= rx * (wu / (p.alpha + s.T[i]) + wv / (p.alpha + s.tx[i]));
        out.a += wv / p.a;
        out.b -= wv / (p.b + x - 1);
    }
    return out;
}

double evaluate(const Sample &s, const BgNbdModel::Parameters &p, Eigen::Vector4d *gradient)
{
    struct Block
    {
        size_t begin, end;
        Sums sums;
    };
    std::vector<Block> blocks;
    for (size_t b = 0; b < s.rows; b += kBlock)
        blocks.push_back({b, std::min(s.rows, b + kBlock), {}});
    auto work = [&s, &p](Block &b) { b.sums = blockSums(s, b.begin, b.end, p); };
    if (blocks.size() > 2)
        QtConcurrent::blockingMap(computePool(), blocks, work);
    else
        std::for_each(blocks.begin(), blocks.end(), work);
    Sums t; // summed in block order, so the result does not depend on the thread count
    for (const Block &b : blocks) {
        t.ll += b.sums.ll, t.r += b.sums.r, t.alpha += b.sums.alpha;
        t.a += b.sums.a, t.b += b.sums.b;
    }

    // Terms that depend on x only: ln[Gamma(r+x) alpha^r / Gamma(r)] + ln[B(a, b+x) / B(a, b)].
    const double n = s.size();
    const double lgR = std::lgamma(p.r), lgB = std::lgamma(p.b), lgAB = std::lgamma(p.a + p.b);
    const double psR = Distributions::digamma(p.r), psB = Distributions::digamma(p.b), psAB = Distributions::digamma(p.a + p.b);
    t.ll += n * p.r * std::log(p.alpha);
    t.r += n * std::log(p.alpha);
    t.alpha += n * p.r / p.alpha;
    for (size_t x = 0; x < s.countByX.size(); ++x) {
        const double c = s.countByX[x];
        if (c == 0 || x == 0)
            continue; // every term below vanishes at x = 0
        const double dx = double(x);
        t.ll += c * (std::lgamma(p.r + dx) - lgR + std::lgamma(p.b + dx) - lgB + lgAB
                     - std::lgamma(p.a + p.b + dx));
        const double psABX = Distributions::digamma(p.a + p.b + dx);
        t.r += c * (Distributions::digamma(p.r + dx) - psR);
        t.a += c * (psAB - psABX);
        t.b += c * (Distributions::digamma(p.b + dx) - psB + psAB - psABX);
    }
    if (gradient)
        *gradient = Eigen::Vector4d(t.r * p.r, t.alpha * p.alpha, t.a * p.a, t.b * p.b);
    return t.ll;
}

BgNbdModel::Parameters fromLog(const Eigen::VectorXd &theta)
{
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2]), std::exp(theta[3])};
}

Lbfgs::Objective objective(const Sample &s)
{
    return LogScaleFit::meanNegativeLogLikelihood<Eigen::Vector4d>(
        s, [](const Sample &sample, const Eigen::VectorXd &theta, Eigen::Vector4d *gradient) {
            return evaluate(sample, fromLog(theta), gradient);
        });
}

} // namespace

double BgNbdModel::logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                 Eigen::Vector4d *gradient)
{
    return evaluate(fullSample(data), parameters, gradient);
}

BgNbdModel::Fit BgNbdModel::fit(const RfmtSummary &data, const TaskControl *control)
{
    Fit fit;
    fit.customers = data.customersWithPurchases;
    fit.repeatBuyers = data.repeatBuyers;
    if (fit.customers < kMinCustomers) {
        fit.reason = Message("Segmenta::Analysis",
                             QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The purchase model was not fitted: only %1 "
                                               "customers bought in the window, and at least %2 "
                                               "are needed."),
                             {QString::number(fit.customers), QString::number(kMinCustomers)});
        return fit;
    }
    if (fit.repeatBuyers < kMinRepeatBuyers) {
        fit.reason = Message("Segmenta::Analysis",
                             QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The purchase model was not fitted: too few repeat "
                                               "buyers (%1 of %2 customers bought more than once; "
                                               "at least %3 are needed to estimate how customers "
                                               "drop out)."),
                             {QString::number(fit.repeatBuyers), QString::number(fit.customers),
                              QString::number(kMinRepeatBuyers)});
        return fit;
    }

    const Sample full = fullSample(data);
    const qint64 n = qint64(full.count);
    const qint64 stride = LogScaleFit::stride(n);
    const Sample sub = stride > 1 ? subSample(data, stride) : Sample();
    const Sample &search = stride > 1 ? sub : full;

    // Starting points: the literature's (1, 1, 1, 1) and a few scaled to the observed rate of
    // repeat purchases, so that the time unit does not matter.
    double sumX = 0, sumT = 0;
    for (size_t i = 0; i < full.rows; ++i)
        if (full.observed[i])
            sumX += full.x[i], sumT += full.T[i];
    const double rate = sumX > 0 && sumT > 0 ? sumX / sumT : 1.0;
    const Lbfgs::Objective fullObjective = objective(full);
    const Lbfgs::Outcome best = LogScaleFit::minimize(
        objective(search), stride > 1 ? &fullObjective : nullptr,
        {{1, 1, 1, 1}, {1, 1 / rate, 1, 1}, {0.5, 0.5 / rate, 0.5, 3}, {2, 2 / rate, 2, 8}},
        control);
    const auto atBoundary = [&fit](const Parameters &p) {
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The purchase model did not converge: the "
                                         "estimates ran off to a boundary (r = %1, α = "
                                         "%2, a = %3, b = %4), so the data do not pin the "
                                         "model down; %5 of %6 customers are repeat "
                                         "buyers."),
                       {LogScaleFit::estimateText(p.r), LogScaleFit::estimateText(p.alpha),
                        LogScaleFit::estimateText(p.a), LogScaleFit::estimateText(p.b),
                        QString::number(fit.repeatBuyers), QString::number(fit.customers)});
    };
    LogScaleFit::finish(
        fit, best, 4, n, fromLog, atBoundary,
        {QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The purchase model did not converge: the "
                           "likelihood could not be evaluated."),
         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The purchase model did not converge within %1 "
                           "iterations."),
         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The purchase model did not converge: the optimiser "
                           "could make no further progress (largest gradient "
                           "%1).")},
        control);
    return fit;
}

double BgNbdModel::probabilityAlive(qint32 x, double tx, double T) const
{
    if (x <= 0)
        return 1.0;
    const double d = std::log(m_p.a / (m_p.b + x - 1))
                     + (m_p.r + x) * std::log((m_p.alpha + T) / (m_p.alpha + tx));
    return 1.0 / (1.0 + std::exp(d)); // exp overflow gives 0, never NaN
}

double BgNbdModel::expectedPurchasesIfAlive(double t, qint32 x, double T) const
{
    if (!(t > 0))
        return 0.0;
    // Euler's transformation turns FHL's 2F1(r+x, b+x; a+b+x-1; z) into
    // (1-z)^(a-r-x-1) 2F1(a+b-1-r, a-1; a+b+x-1; z), whose series converges much faster for
    // frequent buyers. Splitting off the k = 0 term and the factor (a-1) of the others,
    //   E = C (1 - (1-z)^(a-1)) / (a-1) - (1-z)^(a-1) S,
    //   S = sum_k>=1 (A)_k (a)_k-1 z^k / ((C+1)_k-1 k!),  A = a+b-1-r,  C = a+b+x-1,
    // which stays exact as a -> 1 (where FHL's (a+b+x-1)/(a-1) prefactor is 0/0).
    const double a = m_p.a, C = a + m_p.b + x - 1, A = a + m_p.b - 1 - m_p.r;
    const double w = t / (m_p.alpha + T);
    const double z = w / (1 + w);
    const double lnOneMinusZ = -std::log1p(w);
    const double am1 = a - 1;
    const double first = am1 == 0 ? -lnOneMinusZ : -std::expm1(am1 * lnOneMinusZ) / am1;
    double s = 0;
    sumSeries(A * z, 1, z,
              [&](double k) { return (A + k) * (a + k - 1) * z / ((C + k) * (k + 1)); }, s);
    const double e = C * first - std::exp(am1 * lnOneMinusZ) * s;
    return std::isfinite(e) ? std::max(0.0, e) : 0.0;
}

double BgNbdModel::expectedPurchases(double t, qint32 x, double tx, double T) const
{
    return probabilityAlive(x, tx, T) * expectedPurchasesIfAlive(t, x, T);
}

double BgNbdModel::probabilityOfPurchaseIfAlive(double t, qint32 x, double T) const
{
    if (!(t > 0))
        return 0.0;
    return -std::expm1(-(m_p.r + x) * std::log1p(t / (m_p.alpha + T)));
}

double BgNbdModel::probabilityOfPurchase(double t, qint32 x, double tx, double T) const
{
    return probabilityAlive(x, tx, T) * probabilityOfPurchaseIfAlive(t, x, T);
}

double BgNbdModel::expectedPurchasesUnconditional(double t) const
{
    return expectedPurchasesIfAlive(t, 0, 0.0);
}

bool BgNbdModel::hypergeometric2F1(double a, double b, double c, double z, double &value)
{
    value = std::numeric_limits<double>::quiet_NaN();
    if (!(z >= 0 && z < 1) || (c <= 0 && c == std::floor(c)))
        return false;
    return sumSeries(1.0, 0, z,
                     [&](double k) { return (a + k) * (b + k) * z / ((c + k) * (k + 1)); },
                     value);
}

} // namespace Segmenta
