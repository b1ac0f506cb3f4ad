// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/customeranalysis.h"

#include "analysis/clv/holdoutbacktest.h"

#include "base/csvwriter.h"
#include "analysis/measures/summarycolumns.h"
#include "base/taskcontrol.h"

#include <QJsonArray>
#include <future>

#include <cmath>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Analysis";

// Progress after each phase; the clusters take the rest.
constexpr double kSummaryShare = 0.15;
constexpr double kRfmProgress = 0.3;
constexpr double kGrowthProgress = 0.45;
constexpr double kBesideFitProgress = 0.55;
constexpr double kFitProgress = 0.7;
constexpr double kClustersFrom = 0.8;

Message cancelledMessage()
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis", "The analysis was cancelled."))
        .withCode("cancelled");
}

// The lifetime value model fit, the slow part: run beside the rest on a thread of its own (the
// fit itself uses computePool(); taking a pool thread here could starve it).
class LifetimeRun
{
public:
    // The fit reports no progress of its own but stops when `control` is cancelled.
    LifetimeRun(const Dataset &data, const CustomerAnalysis &a, const AnalysisOptions &options,
                TaskControl *control)
        : m_step(control, 0.0, 0.0)
    {
        LifetimeOptions lo = options.lifetime;
        lo.unit = options.unit;
        lo.asOfDay = a.summary.asOfDay;
        m_future = std::async(std::launch::async, [&data, &a, lo, this] {
            // A holdout date adds the models' holdout errors to the comparison; a backtest that
            // cannot run (e.g. BG/NBD does not converge before the date) leaves them out.
            std::optional<BacktestResult> holdout;
            if (lo.holdoutFromDay != Column::kMissingDate) {
                BacktestOptions bo;
                bo.unit = lo.unit;
                bo.cutDay = lo.holdoutFromDay;
                bo.endDay = lo.asOfDay;
                if (auto b = HoldoutBacktest::run(data, bo, &m_step))
                    holdout = b.takeValue();
            }
            return LifetimeValue::run(a.summary, lo, &m_step, holdout ? &*holdout : nullptr);
        });
    }
    ~LifetimeRun()
    {
        if (m_future.valid()) {
            m_step.requestCancel();
            m_future.wait();
        }
    }
    LifetimeRun(const LifetimeRun &) = delete;
    LifetimeRun &operator=(const LifetimeRun &) = delete;

    // Waits for the fit and stores its result or error; false when it was cancelled.
    bool finish(CustomerAnalysis &a)
    {
        auto result = m_future.get();
        if (result) {
            a.lifetime = result.takeValue();
            return true;
        }
        a.lifetimeError = result.error();
        return QByteArray(result.error().code()) != "cancelled";
    }

private:
    TaskControl m_step;
    std::future<Result<LifetimeResult>> m_future;
};

// The first order day of the data; kMissingDate when there is none.
qint32 firstOrderDay(const Dataset &data)
{
    const Column *dates = data.transactions.find(Role::Date);
    qint32 first = Column::kMissingDate;
    if (!dates)
        return first;
    for (qint32 d : dates->days())
        if (d != Column::kMissingDate && (first == Column::kMissingDate || d < first))
            first = d;
    return first;
}

// An analysis date that no order supports is refused: before the first order every customer
// would be empty, and a date after 9999-12-31 (the day after a placeholder order) would reach
// the output as an empty text (docs/user/cli.md#analyze-and-scores).
Status checkAnalysisDate(const Dataset &data, const CustomerSummary &s,
                         const AnalysisOptions &options)
{
    const QDate asOf = Column::fromDays(s.asOfDay);
    if (!asOf.isValid() || asOf.year() > 9999)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "The analysis date falls after 9999-12-31, "
                                                   "where no real order lies. Import the orders "
                                                   "again or choose an earlier analysis date."));
    if (options.asOfDay == Column::kMissingDate || s.transactionsUsed > 0)
        return Status::success();
    const qint32 first = firstOrderDay(data);
    if (first == Column::kMissingDate || first < s.asOfDay)
        return Status::success();
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                               "No order lies before the analysis date %1: the "
                                               "first order is on %2. Choose a later date."),
                   {asOf.toString(Qt::ISODate), Column::fromDays(first).toString(Qt::ISODate)})
        .withCode("as-of-before-orders");
}

// The customer summary: computed from the orders, or the stored window of a warehouse.
Status summarize(const Dataset &data, const AnalysisOptions &options, CustomerAnalysis &a,
                 TaskControl *control)
{
    SummaryOptions so;
    so.asOfDay = options.asOfDay;
    TaskControl summaryStep(control, 0.0, kSummaryShare);
    if (SummaryColumns::present(data)) {
        // Summarised by a warehouse: only the stored window can be analysed.
        auto stored = SummaryColumns::summary(data, so.asOfDay, so.fromDay);
        if (!stored)
            return stored.error();
        a.summary = stored.takeValue();
    } else {
        a.summary = CustomerSummary::compute(data, so, &summaryStep);
    }
    for (double r : a.summary.revenue)
        a.revenue += r;
    return checkAnalysisDate(data, a.summary, options);
}

// The 80/20 curve and the pyramid of a.value.
Status rankByValue(CustomerAnalysis &a, const AnalysisOptions &options)
{
    a.pareto = ParetoCurve::compute(a.value);
    auto pyramid = CustomerPyramid::compute(a.value, a.summary.orders, options.pyramid);
    if (!pyramid)
        return pyramid.error();
    a.pyramid = pyramid.takeValue();
    return Status::success();
}

// What does not need the lifetime model, computed while it is fitted: RFM, growth, activity vs
// assets, and the ranking when it is by revenue or profit.
Status measuresBesideFit(const Dataset &data, const AnalysisOptions &options, CustomerAnalysis &a,
                         TaskControl *control)
{
    RfmOptions ro = options.rfm;
    if (ro.asOfDay == Column::kMissingDate)
        ro.asOfDay = a.summary.asOfDay;
    auto rfm = RfmScores::compute(a.summary, ro, control);
    if (!rfm)
        return rfm.error();
    a.rfm = rfm.takeValue();
    a.rfmSegments = options.rfmSegments.assign(a.rfm);
    if (control)
        control->reportProgress(kRfmProgress);

    GrowthOptions go = options.growth;
    go.asOfDay = a.summary.asOfDay;
    auto growth = GrowthTrend::compute(data, go);
    if (!growth)
        return growth.error();
    a.growth = growth.takeValue();
    if (control)
        control->reportProgress(kGrowthProgress);

    if (options.valueBasis != ValueBasis::LifetimeValue) {
        a.value = options.valueBasis == ValueBasis::Revenue
                      ? a.summary.revenue
                      : ValueGroups::customerProfit(data, a.summary);
        if (Status s = rankByValue(a, options); !s)
            return s;
    }
    auto activity = ActivityAssets::compute(data, a.summary, options.activityAssets);
    if (activity)
        a.activityAssets = activity.takeValue();
    else
        a.activityAssetsUnavailable = activity.error();
    if (control)
        control->reportProgress(kBesideFitProgress);
    return Status::success();
}

// What uses the lifetime model's scores (when it has them): value groups, lifecycle stages,
// and the ranking by lifetime value.
Status measuresAfterFit(const Dataset &data, const AnalysisOptions &options, CustomerAnalysis &a)
{
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
        return rankByValue(a, options);
    }
    return Status::success();
}

// The k-means clusters of the buyers and every customer's label (-1 when none); false when
// cancelled. Clusters that cannot be found leave a reason, not an error. progressFrom is where
// the clusters' share of the progress starts.
bool findClusters(const AnalysisOptions &options, CustomerAnalysis &a, TaskControl *control,
                  double progressFrom)
{
    a.clusterLabels.assign(size_t(a.summary.size()), -1);
    if (!options.clusters)
        return true;
    std::vector<qint64> rows;
    const std::vector<DesignVariable> features = CustomerAnalysis::clusterFeatures(a.summary, rows);
    TaskControl clusterStep(control, 0.0, 0.0);
    clusterStep.setProgressFunction([control, progressFrom](double f) {
        if (control)
            control->reportProgress(progressFrom + (1.0 - progressFrom) * f);
    });
    auto clusters = KMeansClustering::run(features, options.clusterOptions, &clusterStep);
    if (!clusters) {
        if (QByteArray(clusters.error().code()) == "cancelled")
            return false;
        a.clustersUnavailable = clusters.error();
        return true;
    }
    a.clusters = clusters.takeValue();
    const std::vector<qint32> labels = a.clusters->labelsForSourceRows(a.clusters->suggestedK);
    for (size_t k = 0; k < labels.size() && k < rows.size(); ++k)
        a.clusterLabels[size_t(rows[k])] = labels[k];
    return true;
}

} // namespace

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

Status CustomerAnalysis::addClusters(TaskControl *control)
{
    if (options.clusters)
        return Status::success();
    AnalysisOptions withClusters = options;
    withClusters.clusters = true;
    CustomerAnalysis &a = *this;
    const std::vector<qint32> before = std::move(a.clusterLabels);
    if (!findClusters(withClusters, a, control, 0.0)) {
        a.clusterLabels = before;
        a.clusters.reset();
        a.clustersUnavailable = {};
        return cancelledMessage();
    }
    options.clusters = true;
    if (control)
        control->reportProgress(1.0);
    return Status::success();
}

Result<CustomerAnalysis> CustomerAnalysis::run(const Dataset &data, const AnalysisOptions &options,
                                               TaskControl *control)
{
    CustomerAnalysis a;
    a.options = options;
    if (Status s = summarize(data, options, a, control); !s)
        return s.error();
    if (control && control->isCancelled())
        return cancelledMessage();
    {
        LifetimeRun lifetime(data, a, options, control); // cancelled and awaited if a step before it fails
        if (Status s = measuresBesideFit(data, options, a, control); !s)
            return s.error();
        if (!lifetime.finish(a) || (control && control->isCancelled()))
            return cancelledMessage();
    }
    if (control)
        control->reportProgress(kFitProgress);
    if (Status s = measuresAfterFit(data, options, a); !s)
        return s.error();
    if (control)
        control->reportProgress(kClustersFrom);
    if (!findClusters(options, a, control, kClustersFrom))
        return cancelledMessage();
    if (control)
        control->reportProgress(1.0);
    return a;
}

} // namespace Segmenta
