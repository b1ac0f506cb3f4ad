// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/measures/activityassets.h"
#include "analysis/measures/customerpyramid.h"
#include "analysis/measures/customersummary.h"
#include "analysis/measures/growthtrend.h"
#include "analysis/clusters/kmeansclustering.h"
#include "analysis/measures/lifecyclestages.h"
#include "analysis/clv/lifetimevalue.h"
#include "analysis/measures/paretocurve.h"
#include "analysis/measures/rfmscores.h"
#include "analysis/measures/rfmsegmenttable.h"
#include "analysis/measures/valuegroups.h"

#include <optional>

namespace Segmenta {

class TaskControl;

// Which per-customer value ranks customers in the 80/20 view and the pyramid (docs/domain.md,
// "Customer value").
enum class ValueBasis { Revenue, GrossProfit, LifetimeValue };
QString valueBasisName(ValueBasis basis);
bool valueBasisFromName(const QString &name, ValueBasis &basis);

struct AnalysisOptions
{
    qint32 asOfDay = Column::kMissingDate; // missing: the day after the last order
    TimeUnit unit = TimeUnit::Week;        // for the lifetime value models
    ValueBasis valueBasis = ValueBasis::Revenue;
    RfmOptions rfm;
    RfmSegmentTable rfmSegments = RfmSegmentTable::defaultTable();
    PyramidOptions pyramid;
    LifetimeOptions lifetime;     // unit and asOfDay are taken from above
    ValueGroupOptions valueGroups;
    LifecycleOptions lifecycle;
    GrowthOptions growth;
    ActivityAssetsOptions activityAssets;
    // k-means on log recency, frequency and monetary. Off on the common path: the clusters are
    // the slowest analysis and only the Clusters page, a rule or an export column naming
    // `cluster` and `analyze --clusters` need them (addClusters(); docs/performance.md).
    bool clusters = false;
    KMeansClustering::Options clusterOptions = defaultClusterOptions();

    static KMeansClustering::Options defaultClusterOptions();

    // Every option above, in one canonical form: `analyze --json` prints it as the record of
    // what produced the analysis (docs/user/cli.md). A new option must be added here.
    QJsonObject toJson() const;
};

// Every analysis of docs/domain.md that needs no user choices, run once over a dataset: the numbers
// behind the overview, the RFM, value and lifetime pages, the CLI's analyze and scores commands,
// and the measures segment rules refer to. Each part is its own pure computation; this class only
// orders them (lifetime value feeds lifecycle and value groups) and runs the slow model fit
// beside the rest.
class CustomerAnalysis
{
public:
    static Result<CustomerAnalysis> run(const Dataset &data, const AnalysisOptions &options = {},
                                        TaskControl *control = nullptr);

    AnalysisOptions options;
    CustomerSummary summary;
    RfmScores rfm;
    RfmSegmentTable::Assignment rfmSegments;
    std::vector<double> value; // per customer, by options.valueBasis
    ParetoCurve pareto;
    CustomerPyramid pyramid;
    std::optional<LifetimeResult> lifetime; // empty when it could not run (see lifetimeError)
    Message lifetimeError;
    GrowthTrend growth;
    ValueGroups valueGroups;
    LifecycleStages lifecycle;
    std::optional<ActivityAssets> activityAssets;
    Message activityAssetsUnavailable;
    std::optional<KMeansClustering> clusters;
    std::vector<qint32> clusterLabels; // per customer, -1 = not clustered
    Message clustersUnavailable;
    double revenue = 0;

    // What the clusters are computed on: log recency (days since the last purchase), log
    // frequency (orders) and log monetary (revenue) of the customers with purchases, whose
    // customer rows go to rows (one per feature row).
    static std::vector<DesignVariable> clusterFeatures(const CustomerSummary &summary,
                                                       std::vector<qint64> &rows);

    // Finds the clusters of an analysis run without them (options.clusters becomes true);
    // nothing to do when it has them. The other results are left as they are. Fails only when
    // cancelled; clusters that cannot be found leave clustersUnavailable.
    Status addClusters(TaskControl *control = nullptr);

    // The analyze command's JSON (see docs/user/cli.md).
    QJsonObject toJson(const Dataset &data) const;
    // One row per customer: the scores command's CSV.
    Status writeScores(const Dataset &data, const QString &path) const;
};

} // namespace Segmenta
