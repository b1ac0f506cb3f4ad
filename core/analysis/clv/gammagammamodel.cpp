// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/gammagammamodel.h"

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

constexpr size_t kBlock = 16384;

struct Sample
{
    std::vector<qint32> x;
    std::vector<double> m, lnM;
    std::vector<double> countByX;
    double size() const { return double(x.size()); }
};

Sample makeSample(const RfmtSummary &d, qint64 stride)
{
    Sample s;
    const size_t expected = size_t(d.repeatBuyers / stride + 1);
    s.x.reserve(expected);
    s.m.reserve(expected);
    s.lnM.reserve(expected);
    qint64 seen = 0;
    qint32 maxX = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        if (!d.hasPurchases(i) || !d.hasSpend(i) || (seen++ % stride) != 0)
            continue;
        const size_t k = size_t(i);
        s.x.push_back(d.frequency[k]);
        s.m.push_back(d.monetary[k]);
        s.lnM.push_back(std::log(d.monetary[k]));
        maxX = std::max(maxX, d.frequency[k]);
    }
    s.countByX.assign(size_t(maxX) + 1, 0.0);
    for (qint32 x : s.x)
        s.countByX[size_t(x)] += 1;
    return s;
}

struct Sums
{
    double ll = 0, p = 0, q = 0, gamma = 0; // value and d/d(natural parameter)
};

Sums blockSums(const Sample &s, size_t begin, size_t end, const GammaGammaModel::Parameters &par)
{
    Sums out;
    for (size_t i = begin; i < end; ++i) {
        const double x = s.x[i];
        const double shape = par.p * x + par.q;
        const double denom = par.gamma + s.m[i] * x;
        const double lg = std::log(denom);
        out.ll += (par.p * x - 1) * s.lnM[i] - shape * lg;
        out.p += x * (s.lnM[i] - lg);
        out.q -= lg;
        out.gamma -= shape / denom;
    }
    return out;
}

double evaluate(const Sample &s, const GammaGammaModel::Parameters &par, Eigen::Vector3d *gradient)
{
    struct Block
    {
        size_t begin, end;
        Sums sums;
    };
    std::vector<Block> blocks;
    for (size_t b = 0; b < s.x.size(); b += kBlock)
        blocks.push_back({b, std::min(s.x.size(), b + kBlock), {}});
    auto work = [&s, &par](Block &b) { b.sums = blockSums(s, b.begin, b.end, par); };
    if (blocks.size() > 2)
        QtConcurrent::blockingMap(computePool(), blocks, work);
    else
        std::for_each(blocks.begin(), blocks.end(), work);
    Sums t; // in block order: the result does not depend on the thread count
    for (const Block &b : blocks)
        t.ll += b.sums.ll, t.p += b.sums.p, t.q += b.sums.q, t.gamma += b.sums.gamma;

    // Terms in x only, and the constant ones.
    const double n = s.size();
    t.ll += n * (par.q * std::log(par.gamma) - std::lgamma(par.q));
    t.q += n * (std::log(par.gamma) - Distributions::digamma(par.q));
    t.gamma += n * par.q / par.gamma;
    for (size_t x = 1; x < s.countByX.size(); ++x) {
        const double c = s.countByX[x];
        if (c == 0)
            continue;
        const double px = par.p * double(x), lnX = std::log(double(x));
        const double psShape = Distributions::digamma(px + par.q);
        t.ll += c * (std::lgamma(px + par.q) - std::lgamma(px) + px * lnX);
        t.p += c * double(x) * (psShape - Distributions::digamma(px) + lnX);
        t.q += c * psShape;
    }
    if (gradient)
        *gradient = Eigen::Vector3d(t.p * par.p, t.q * par.q, t.gamma * par.gamma);
    return t.ll;
}

GammaGammaModel::Parameters fromLog(const Eigen::VectorXd &theta)
{
    return {std::exp(theta[0]), std::exp(theta[1]), std::exp(theta[2])};
}

Lbfgs::Objective objective(const Sample &s)
{
    return LogScaleFit::meanNegativeLogLikelihood<Eigen::Vector3d>(
        s, [](const Sample &sample, const Eigen::VectorXd &theta, Eigen::Vector3d *gradient) {
            return evaluate(sample, fromLog(theta), gradient);
        });
}

} // namespace

double GammaGammaModel::logLikelihood(const Parameters &parameters, const RfmtSummary &data,
                                      Eigen::Vector3d *gradient)
{
    return evaluate(makeSample(data, 1), parameters, gradient);
}

GammaGammaModel::Fit GammaGammaModel::fit(const RfmtSummary &data, const TaskControl *control)
{
    Fit fit;
    fit.noRepeat = data.customersWithPurchases - data.repeatBuyers;
    fit.nonPositiveSpend = data.nonPositiveSpend;
    fit.customers = data.repeatBuyers - data.nonPositiveSpend;
    if (fit.customers < kMinCustomers) {
        fit.reason = Message("Segmenta::Analysis",
                             QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "The spend model was not fitted: only %1 repeat "
                                               "buyers have a positive repeat spend, and at least "
                                               "%2 are needed (%3 customers bought once only, %4 "
                                               "have a zero or negative repeat spend)."),
                             {QString::number(fit.customers), QString::number(kMinCustomers),
                              QString::number(fit.noRepeat),
                              QString::number(fit.nonPositiveSpend)});
        return fit;
    }

    const Sample full = makeSample(data, 1);
    const qint64 n = qint64(full.x.size());
    const qint64 stride = LogScaleFit::stride(n);
    const Sample sub = stride > 1 ? makeSample(data, stride) : Sample();
    const Sample &search = stride > 1 ? sub : full;

    // Starts: (1, 1, 1) and a few whose population mean p gamma / (q - 1) matches the data's.
    double meanM = 0;
    for (double m : full.m)
        meanM += m / double(n);
    const Lbfgs::Objective fullObjective = objective(full);
    const Lbfgs::Outcome best = LogScaleFit::minimize(
        objective(search), stride > 1 ? &fullObjective : nullptr,
        {{1, 1, 1}, {2, 3, meanM}, {6, 4, meanM / 2}, {1, 5, 4 * meanM}}, control);
    const auto atBoundary = [](const Parameters &p) {
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The spend model did not converge: the estimates "
                                         "ran off to a boundary (p = %1, q = %2, γ = "
                                         "%3); spend per purchase may vary too little "
                                         "between or within customers."),
                       {LogScaleFit::estimateText(p.p), LogScaleFit::estimateText(p.q),
                        LogScaleFit::estimateText(p.gamma)});
    };
    LogScaleFit::finish(
        fit, best, 3, n, fromLog, atBoundary,
        {QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The spend model did not converge: the likelihood "
                           "could not be evaluated."),
         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The spend model did not converge within %1 "
                           "iterations."),
         QT_TRANSLATE_NOOP("Segmenta::Analysis",
                           "The spend model did not converge: the optimiser "
                           "could make no further progress (largest gradient "
                           "%1).")},
        control);
    return fit;
}

double GammaGammaModel::populationMean() const
{
    return m_p.q > 1 ? m_p.p * m_p.gamma / (m_p.q - 1)
                     : std::numeric_limits<double>::quiet_NaN();
}

double GammaGammaModel::expectedSpend(qint32 x, double m) const
{
    if (x <= 0 || !(m > 0) || !std::isfinite(m))
        return populationMean();
    const double denom = m_p.p * x + m_p.q - 1;
    return denom > 0 ? m_p.p * (m_p.gamma + x * m) / denom
                     : std::numeric_limits<double>::quiet_NaN();
}

} // namespace Segmenta
