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
    qint32 lastDay = std::numeric_limits<qint32>::min();
    for (qint32 d : days)
        if (d != Column::kMissingDate)
            lastDay = std::max(lastDay, d);
    const qint32 cut = options.cutDay;
    const qint32 end = options.endDay != Column::kMissingDate ? options.endDay : lastDay + 1;
    const qint32 from = options.fromDay;
    if (cut == Column::kMissingDate || end <= cut || (from != Column::kMissingDate && from >= cut))
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The backtest needs a calibration window that ends "
                                         "before the holdout window, and a holdout window that "
                                         "is not empty."))
            .withCode("date-order");

    BacktestResult res;
    SummaryOptions so;
    so.asOfDay = cut;
    so.fromDay = from;
    const CustomerSummary calib = CustomerSummary::compute(data, so);
    res.calibration = RfmtSummary::fromCustomerSummary(calib, options.unit);
    res.cohort = res.calibration.customersWithPurchases;
    {
        TaskControl step(control, 0.0, 0.6);
        res.fit = BgNbdModel::fit(res.calibration, &step);
    }
    if (control && control->isCancelled())
        return cancelled();
    if (!res.fit.converged)
        return res.fit.reason;

    // Distinct (customer, day) pairs of the cohort in [from, end): purchase occasions.
    const double perUnit = daysPerUnit(options.unit);
    res.origin = from != Column::kMissingDate ? from : calib.minDay;
    std::vector<quint64> pairs;
    for (size_t i = 0; i < cust.size(); ++i) {
        const qint32 d = days[i];
        if (d == Column::kMissingDate || d < res.origin || d >= end || cust[i] < 0
            || !calib.hasPurchases(cust[i]))
            continue;
        pairs.push_back((quint64(quint32(cust[i])) << 32) | dayKey(d));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    const int periods = int(std::ceil(double(end - res.origin) / perUnit - 1e-9));
    for (int k = 0; k < periods; ++k)
        res.periodEnd.push_back(std::min(end, res.origin + qint32(std::lround((k + 1) * perUnit))));
    std::vector<double> perPeriod(size_t(periods), 0.0);
    res.holdoutPurchases.assign(size_t(calib.size()), 0);
    for (quint64 key : pairs) {
        const size_t c = size_t(key >> 32);
        const qint32 d = qint32(quint32(key) ^ 0x80000000u);
        if (d <= calib.firstDay[c])
            continue; // the first purchase is not a repeat purchase
        if (d >= cut)
            ++res.holdoutPurchases[c];
        const auto k = std::upper_bound(res.periodEnd.begin(), res.periodEnd.end(), d)
                       - res.periodEnd.begin();
        perPeriod[size_t(k)] += 1;
    }
    double running = 0;
    for (double v : perPeriod)
        res.actualCumulative.push_back(running += v);
    if (control)
        control->reportProgress(0.7);

    // Expected tracking curve: customers grouped by their first purchase day.
    const BgNbdModel model(res.fit.parameters);
    std::vector<std::pair<qint32, qint64>> firstDays; // day, customers
    {
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
    }
    res.expectedCumulative.assign(size_t(periods), 0.0);
    for (int k = 0; k < periods; ++k) {
        const qint32 lastIncluded = res.periodEnd[size_t(k)] - 1;
        double sum = 0;
        for (const auto &[first, count] : firstDays)
            if (first < lastIncluded)
                sum += double(count)
                       * model.expectedPurchasesUnconditional((lastIncluded - first) / perUnit);
        res.expectedCumulative[size_t(k)] = sum;
    }
    if (control && control->isCancelled())
        return cancelled();
    if (control)
        control->reportProgress(0.8);

    // Conditional expectations over the holdout, per customer, summed in blocks.
    res.holdoutLength = double(end - cut) / perUnit;
    const RfmtSummary &cal = res.calibration;
    std::vector<double> expected(size_t(cal.size()), 0.0);
    std::vector<std::pair<qsizetype, qsizetype>> blocks;
    for (qsizetype b = 0; b < cal.size(); b += 4096)
        blocks.push_back({b, std::min(cal.size(), b + 4096)});
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
    if (control)
        control->reportProgress(1.0);
    return res;
}

} // namespace Segmenta
