// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/customeranalysis.h"

#include "base/csvwriter.h"
#include "analysis/measures/summarycolumns.h"
#include "base/taskcontrol.h"

#include <QJsonArray>
#include <future>

#include <cmath>

namespace Segmenta {

namespace {
const char kContext[] = "Segmenta::Analysis";
}

QString valueBasisName(ValueBasis basis)
{
    switch (basis) {
    case ValueBasis::Revenue:
        return QStringLiteral("revenue");
    case ValueBasis::GrossProfit:
        return QStringLiteral("profit");
    case ValueBasis::LifetimeValue:
        return QStringLiteral("clv");
    }
    return {};
}

bool valueBasisFromName(const QString &name, ValueBasis &basis)
{
    const QString n = name.toLower();
    if (n == u"revenue")
        basis = ValueBasis::Revenue;
    else if (n == u"profit" || n == u"gross_profit")
        basis = ValueBasis::GrossProfit;
    else if (n == u"clv" || n == u"lifetime_value")
        basis = ValueBasis::LifetimeValue;
    else
        return false;
    return true;
}

KMeansClustering::Options AnalysisOptions::defaultClusterOptions()
{
    KMeansClustering::Options o;
    // A manager reads up to about six clusters; more are rarely told apart.
    o.minK = 2;
    o.maxK = 6;
    return o;
}

std::vector<DesignVariable> CustomerAnalysis::clusterFeatures(const CustomerSummary &summary,
                                                             std::vector<qint64> &rows)
{
    // Buyers only, on log scales: spend and frequency are heavy-tailed.
    std::vector<double> recency, frequency, monetary;
    rows.clear();
    for (qsizetype i = 0; i < summary.size(); ++i) {
        if (!summary.hasPurchases(i))
            continue;
        rows.push_back(i);
        recency.push_back(std::log1p(double(summary.asOfDay - summary.lastDay[size_t(i)])));
        frequency.push_back(std::log(double(std::max(1, summary.orders[size_t(i)]))));
        monetary.push_back(std::log1p(std::max(0.0, summary.revenue[size_t(i)])));
    }
    return {DesignVariable::numeric(QStringLiteral("log_recency"), std::move(recency)),
            DesignVariable::numeric(QStringLiteral("log_frequency"), std::move(frequency)),
            DesignVariable::numeric(QStringLiteral("log_monetary"), std::move(monetary))};
}

Result<CustomerAnalysis> CustomerAnalysis::run(const Dataset &data, const AnalysisOptions &options,
                                               TaskControl *control)
{
    CustomerAnalysis a;
    a.options = options;
    auto cancelled = [control] {
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis", "The analysis was cancelled."))
            .withCode("cancelled");
    };
    SummaryOptions so;
    so.asOfDay = options.asOfDay;
    TaskControl summaryStep(control, 0.0, 0.15);
    if (SummaryColumns::present(data)) {
        // Summarised by a warehouse: only the stored window can be analysed.
        auto stored = SummaryColumns::summary(data, so.asOfDay, so.fromDay);
        if (!stored)
            return stored.error();
        a.summary = stored.takeValue();
    } else {
        a.summary = CustomerSummary::compute(data, so, &summaryStep);
    }
    if (control && control->isCancelled())
        return cancelled();
    for (double r : a.summary.revenue)
        a.revenue += r;

    // The model fit is the slow part: run it beside the rest, on a thread of its own (the fit
    // itself uses computePool(); taking a pool thread here could starve it).
    LifetimeOptions lo = options.lifetime;
    lo.unit = options.unit;
    lo.asOfDay = a.summary.asOfDay;
    TaskControl lifetimeStep(control, 0.0, 0.0);
    auto lifetimeFuture = std::async(std::launch::async, [&a, lo, &lifetimeStep] {
        return LifetimeValue::run(a.summary, lo, &lifetimeStep);
    });
    auto finishLifetime = [&]() -> bool {
        auto result = lifetimeFuture.get();
        if (result) {
            a.lifetime = result.takeValue();
            return true;
        }
        a.lifetimeError = result.error();
        return QByteArray(result.error().code()) != "cancelled";
    };

    RfmOptions ro = options.rfm;
    if (ro.asOfDay == Column::kMissingDate)
        ro.asOfDay = a.summary.asOfDay;
    auto rfm = RfmScores::compute(a.summary, ro, control);
    if (!rfm) {
        lifetimeStep.requestCancel();
        lifetimeFuture.wait();
        return rfm.error();
    }
    a.rfm = rfm.takeValue();
    a.rfmSegments = options.rfmSegments.assign(a.rfm);
    if (control)
        control->reportProgress(0.3);

    GrowthOptions go = options.growth;
    go.asOfDay = a.summary.asOfDay;
    auto growth = GrowthTrend::compute(data, go);
    if (!growth) {
        lifetimeStep.requestCancel();
        lifetimeFuture.wait();
        return growth.error();
    }
    a.growth = growth.takeValue();
    if (control)
        control->reportProgress(0.45);

    // Revenue and profit do not depend on the model: rank by them while the fit still runs.
    auto rankByValue = [&]() -> Status {
        a.pareto = ParetoCurve::compute(a.value);
        auto pyramid = CustomerPyramid::compute(a.value, a.summary.orders, options.pyramid);
        if (!pyramid)
            return pyramid.error();
        a.pyramid = pyramid.takeValue();
        return Status::success();
    };
    if (options.valueBasis != ValueBasis::LifetimeValue) {
        a.value = options.valueBasis == ValueBasis::Revenue
                      ? a.summary.revenue
                      : ValueGroups::customerProfit(data, a.summary);
        if (Status s = rankByValue(); !s) {
            lifetimeStep.requestCancel();
            lifetimeFuture.wait();
            return s.error();
        }
    }
    auto activity = ActivityAssets::compute(data, a.summary, options.activityAssets);
    if (activity)
        a.activityAssets = activity.takeValue();
    else
        a.activityAssetsUnavailable = activity.error();
    if (control)
        control->reportProgress(0.55);

    if (!finishLifetime() || (control && control->isCancelled()))
        return cancelled();
    if (control)
        control->reportProgress(0.7);

    const std::vector<double> noValues;
    const std::vector<double> &clv = a.lifetime && a.lifetime->scored ? a.lifetime->clv : noValues;
    const std::vector<double> &pAlive = a.lifetime && a.lifetime->scored ? a.lifetime->pAlive : noValues;
    auto groups = ValueGroups::compute(data, a.summary, options.valueGroups, clv, &a.growth);
    if (!groups)
        return groups.error();
    a.valueGroups = groups.takeValue();
    auto lifecycle = LifecycleStages::compute(a.summary, pAlive, options.lifecycle);
    if (!lifecycle)
        return lifecycle.error();
    a.lifecycle = lifecycle.takeValue();

    if (options.valueBasis == ValueBasis::LifetimeValue) {
        if (clv.empty())
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                       "Customers cannot be ranked by lifetime value: %1"),
                           {a.lifetimeError.isEmpty() && a.lifetime ? a.lifetime->purchases.reason.toString()
                                                                    : a.lifetimeError.toString()});
        a.value = clv;
        if (Status s = rankByValue(); !s)
            return s.error();
    }
    if (control)
        control->reportProgress(0.8);

    a.clusterLabels.assign(size_t(a.summary.size()), -1);
    if (options.clusters) {
        std::vector<qint64> rows;
        const std::vector<DesignVariable> features = clusterFeatures(a.summary, rows);
        TaskControl clusterStep(control, 0.0, 0.0);
        clusterStep.setProgressFunction([control](double f) {
            if (control)
                control->reportProgress(0.8 + 0.2 * f);
        });
        auto clusters = KMeansClustering::run(features, options.clusterOptions, &clusterStep);
        if (clusters) {
            a.clusters = clusters.takeValue();
            const std::vector<qint32> labels = a.clusters->labelsForSourceRows(a.clusters->suggestedK);
            for (size_t k = 0; k < labels.size() && k < rows.size(); ++k)
                a.clusterLabels[size_t(rows[k])] = labels[k];
        } else {
            if (QByteArray(clusters.error().code()) == "cancelled")
                return cancelled();
            a.clustersUnavailable = clusters.error();
        }
    }
    if (control)
        control->reportProgress(1.0);
    return a;
}

} // namespace Segmenta
