// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/holdoutbacktest.h"

#include "base/computepool.h"
#include "data/dataset.h"
#include "base/taskcontrol.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

Message cancelled()
{
    return Message("Segmenta::Analysis",
                   QT_TRANSLATE_NOOP("Segmenta::Analysis", "The backtest was cancelled."))
        .withCode("cancelled");
}

// Order-preserving map of a day to an unsigned 32-bit key.
quint64 dayKey(qint32 day)
{
    return quint64(quint32(day) ^ 0x80000000u);
}

// Customers per parallel work item of the conditional expectations.
constexpr qsizetype kCustomersPerBlock = 4096;
// Progress after the fit, the actual curve and the expected curve.
constexpr double kFitShare = 0.6;
constexpr double kActualProgress = 0.7;
constexpr double kExpectedProgress = 0.8;

// The day a dayKey came from.
qint32 keyDay(quint64 key)
{
    return qint32(quint32(key) ^ 0x80000000u);
}

// The windows of a backtest, checked: calibration [from, cut), holdout [cut, end).
struct Windows
{
    qint32 from, cut, end;
};

Result<Windows> windowsOf(const std::vector<qint32> &days, const BacktestOptions &options)
{
    qint32 lastDay = std::numeric_limits<qint32>::min();
    for (qint32 d : days)
        if (d != Column::kMissingDate)
            lastDay = std::max(lastDay, d);
    const Windows w{options.fromDay, options.cutDay,
                    options.endDay != Column::kMissingDate ? options.endDay : lastDay + 1};
    if (w.cut == Column::kMissingDate || w.end <= w.cut
        || (w.from != Column::kMissingDate && w.from >= w.cut))
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The backtest needs a calibration window that ends "
                                         "before the holdout window, and a holdout window that "
                                         "is not empty."))
            .withCode("date-order");
    return w;
}

// The actual tracking curve and each customer's holdout purchases: distinct (customer, day)
// pairs of the cohort in [origin, end) are purchase occasions; a first purchase is not a
// repeat. Sets the period ends too.
void actualCurve(const std::vector<qint32> &cust, const std::vector<qint32> &days,
                 const CustomerSummary &calib, const Windows &w, double perUnit,
                 BacktestResult &res)
{
    std::vector<quint64> pairs;
    for (size_t i = 0; i < cust.size(); ++i) {
        const qint32 d = days[i];
        if (d == Column::kMissingDate || d < res.origin || d >= w.end || cust[i] < 0
            || !calib.hasPurchases(cust[i]))
            continue;
        pairs.push_back((quint64(quint32(cust[i])) << 32) | dayKey(d));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    // The tolerance keeps a window of whole units from gaining a period by rounding.
    const int periods = int(std::ceil(double(w.end - res.origin) / perUnit - 1e-9));
    for (int k = 0; k < periods; ++k)
        res.periodEnd.push_back(std::min(w.end, res.origin + qint32(std::lround((k + 1) * perUnit))));
    std::vector<double> perPeriod(size_t(periods), 0.0);
    res.holdoutPurchases.assign(size_t(calib.size()), 0);
    for (quint64 key : pairs) {
        const size_t c = size_t(key >> 32);
        const qint32 d = keyDay(key);
        if (d <= calib.firstDay[c])
            continue; // the first purchase is not a repeat purchase
        if (d >= w.cut)
            ++res.holdoutPurchases[c];
        const auto k = std::upper_bound(res.periodEnd.begin(), res.periodEnd.end(), d)
                       - res.periodEnd.begin();
        perPeriod[size_t(k)] += 1;
    }
    double running = 0;
    for (double v : perPeriod)
        res.actualCumulative.push_back(running += v);
}

// The expected tracking curve: customers grouped by their first purchase day.
void expectedCurve(const CustomerSummary &calib, const BgNbdModel &model, double perUnit,
                   BacktestResult &res)
{
    std::vector<std::pair<qint32, qint64>> firstDays; // day, customers
    std::vector<qint32> f;
    for (qsizetype i = 0; i < calib.size(); ++i)
        if (calib.hasPurchases(i))
            f.push_back(calib.firstDay[size_t(i)]);
    std::sort(f.begin(), f.end());
    for (size_t i = 0; i < f.size();) {
        size_t e = i;
        while (e < f.size() && f[e] == f[i])
            ++e;
        firstDays.push_back({f[i], qint64(e - i)});
        i = e;
    }
    const size_t periods = res.periodEnd.size();
    res.expectedCumulative.assign(periods, 0.0);
    for (size_t k = 0; k < periods; ++k) {
        const qint32 lastIncluded = res.periodEnd[k] - 1;
        double sum = 0;
        for (const auto &[first, count] : firstDays)
            if (first < lastIncluded)
                sum += double(count)
                       * model.expectedPurchasesUnconditional((lastIncluded - first) / perUnit);
        res.expectedCumulative[k] = sum;
    }
}

// Conditional expectations over the holdout per customer (in parallel blocks), compared with
// what each did, overall and by calibration frequency.
void compareByFrequency(const BgNbdModel &model, const BacktestOptions &options,
                        BacktestResult &res)
{
    const RfmtSummary &cal = res.calibration;
    std::vector<double> expected(size_t(cal.size()), 0.0);
    std::vector<std::pair<qsizetype, qsizetype>> blocks;
    for (qsizetype b = 0; b < cal.size(); b += kCustomersPerBlock)
        blocks.push_back({b, std::min(cal.size(), b + kCustomersPerBlock)});
    QtConcurrent::blockingMap(computePool(), blocks, [&](const std::pair<qsizetype, qsizetype> &b) {
        for (qsizetype i = b.first; i < b.second; ++i)
            if (cal.hasPurchases(i))
                expected[size_t(i)] = model.expectedPurchases(
                    res.holdoutLength, cal.frequency[size_t(i)], cal.recency[size_t(i)],
                    cal.age[size_t(i)]);
    });

    const int cap = std::max(1, options.frequencyCap);
    res.byFrequency.resize(size_t(cap) + 1);
    for (int x = 0; x <= cap; ++x) {
        res.byFrequency[size_t(x)].frequency = x;
        res.byFrequency[size_t(x)].orMore = x == cap;
    }
    for (qsizetype i = 0; i < cal.size(); ++i) {
        if (!cal.hasPurchases(i))
            continue;
        const size_t k = size_t(i);
        res.actualHoldout += res.holdoutPurchases[k];
        res.predictedHoldout += expected[k];
        BacktestResult::FrequencyBin &bin =
            res.byFrequency[size_t(std::min(cal.frequency[k], cap))];
        ++bin.customers;
        bin.actualMean += res.holdoutPurchases[k];
        bin.expectedMean += expected[k];
    }
    for (BacktestResult::FrequencyBin &bin : res.byFrequency)
        if (bin.customers > 0) {
            bin.actualMean /= double(bin.customers);
            bin.expectedMean /= double(bin.customers);
        }
}

} // namespace

Result<BacktestResult> HoldoutBacktest::run(const Dataset &data, const BacktestOptions &options,
                                            TaskControl *control)
{
    const Column *dateCol = data.transactions.find(Role::Date);
    const std::vector<qint32> &cust = data.transactionCustomers();
    if (!dateCol || cust.empty())
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The backtest needs transactions with dates."));
    const std::vector<qint32> &days = dateCol->days();
    const Result<Windows> windows = windowsOf(days, options);
    if (!windows)
        return windows.error();
    const Windows &w = *windows;

    BacktestResult res;
    SummaryOptions so;
    so.asOfDay = w.cut;
    so.fromDay = w.from;
    const CustomerSummary calib = CustomerSummary::compute(data, so);
    res.calibration = RfmtSummary::fromCustomerSummary(calib, options.unit);
    res.cohort = res.calibration.customersWithPurchases;
    {
        TaskControl step(control, 0.0, kFitShare);
        res.fit = BgNbdModel::fit(res.calibration, &step);
    }
    if (control && control->isCancelled())
        return cancelled();
    if (!res.fit.converged)
        return res.fit.reason;

    const double perUnit = daysPerUnit(options.unit);
    res.origin = w.from != Column::kMissingDate ? w.from : calib.minDay;
    actualCurve(cust, days, calib, w, perUnit, res);
    if (control)
        control->reportProgress(kActualProgress);

    const BgNbdModel model(res.fit.parameters);
    expectedCurve(calib, model, perUnit, res);
    if (control && control->isCancelled())
        return cancelled();
    if (control)
        control->reportProgress(kExpectedProgress);

    res.holdoutLength = double(w.end - w.cut) / perUnit;
    compareByFrequency(model, options, res);
    if (control)
        control->reportProgress(1.0);
    return res;
}

} // namespace Segmenta
