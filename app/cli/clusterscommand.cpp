// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterscommand.h"

#include "clioutput.h"
#include "commandline.h"
#include "outputguard.h"
#include "preparedproject.h"

#include "analysis/clusters/attributeclustering.h"
#include "analysis/clusters/attributevaluetable.h"
#include "analysis/clusters/clusterfeatures.h"
#include "analysis/clusters/groupprofile.h"
#include "segments/segmentation.h"

#include <QJsonArray>

namespace Segmenta::Cli {

namespace {

const QString kCommand = QStringLiteral("clusters");

// What the command line asked for beyond the analysis options.
struct ClusterRequest
{
    QStringList features; // empty: the value clusters of the analysis
    AttributeClustering::Options options;
    QStringList tables;
};

// Parses --features, --k, --seed, --max-k and --table; false (message printed) when invalid.
bool readRequest(const QCommandLineParser &parser, ClusterRequest &request)
{
    for (const QString &f : parser.value(QStringLiteral("features")).split(u',', Qt::SkipEmptyParts))
        request.features.append(f.trimmed());
    for (const QString &t : parser.values(QStringLiteral("table")))
        request.tables.append(t.split(u',', Qt::SkipEmptyParts));
    const QString k = parser.value(QStringLiteral("k"));
    bool ok = true;
    if (k != u"auto") {
        request.options.k = k.toInt(&ok);
        if (!ok || request.options.k < 2 || request.options.k > 30) {
            printError(QStringLiteral("%1: --k must be auto or a number from 2 to 30.").arg(kCommand));
            return false;
        }
    }
    const QString maxK = parser.value(QStringLiteral("max-k"));
    request.options.kmeans.maxK = maxK.toInt(&ok);
    if (!ok || request.options.kmeans.maxK < 2 || request.options.kmeans.maxK > 30) {
        printError(QStringLiteral("%1: --max-k must be a number from 2 to 30.").arg(kCommand));
        return false;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        request.options.kmeans.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("%1: --seed must be a whole number.").arg(kCommand));
            return false;
        }
    }
    return true;
}

QJsonArray silhouettesJson(const KMeansClustering &kmeans)
{
    QJsonArray out;
    for (const KMeansSolution &s : kmeans.solutions)
        out.append(QJsonObject{{QStringLiteral("k"), s.k},
                               {QStringLiteral("silhouette"), s.silhouette},
                               {QStringLiteral("within_ss"), s.withinSS}});
    return out;
}

QJsonArray notesJson(const QList<Message> &notes)
{
    QJsonArray out;
    for (const Message &m : notes)
        out.append(m.toString());
    return out;
}

// One segment per group: the readable rule when it describes the group, else the stored
// assignment (value clusters) or the best readable rule, whose shortfall the JSON reports.
// An attribute group without any rule is left out (the cluster field holds value clusters).
Segmentation suggestedSegments(const std::vector<GroupProfile> &groups,
                               const std::vector<ClusterAttribute> &attributes, bool valueClusters)
{
    Segmentation s;
    for (const GroupProfile &g : groups) {
        if (!valueClusters && g.rule.text.isEmpty())
            continue;
        Segment segment;
        segment.name = g.suggestedName.isEmpty()
                           ? QStringLiteral("Group %1").arg(g.group + 1)
                           : g.suggestedName;
        segment.description = g.description(attributes).toString();
        if (g.rule.describesGroup)
            segment.rule = g.rule.text;
        else if (valueClusters)
            segment.rule = QStringLiteral("cluster = %1").arg(g.group + 1);
        else
            segment.rule = g.rule.text;
        s.segments.append(segment);
    }
    return s;
}

// The groups: the analysis's value clusters, or k-means on the chosen attributes.
struct Grouping
{
    std::optional<AttributeClustering> clustering; // empty for the value clusters
    std::vector<ClusterAttribute> profileAttributes;
    const KMeansClustering *kmeans = nullptr;      // silhouette and sum of squares by k
    std::vector<qint32> labels;
    int k = 0;
    QList<Message> notes;
};

// Fills grouping; on failure prints one line and returns the exit status.
std::optional<int> findGroups(const Dataset &data, const CustomerAnalysis &analysis,
                              const ClusterRequest &request, Grouping &grouping)
{
    const bool valueClusters = request.features.isEmpty();
    auto profileAttributes = ClusterFeatures::select(
        data, &analysis, valueClusters ? ClusterFeatures::profileAttributes(data) : request.features);
    if (!profileAttributes) {
        printError(QStringLiteral("%1: %2").arg(kCommand, profileAttributes.errorString()));
        return 2;
    }
    if (valueClusters) {
        if (!analysis.clusters) {
            printError(QStringLiteral("%1: %2").arg(kCommand, analysis.clustersUnavailable.toString()));
            return 1;
        }
        grouping.profileAttributes = profileAttributes.takeValue();
        grouping.kmeans = &*analysis.clusters;
        grouping.k = grouping.kmeans->suggestedK;
        grouping.labels = analysis.clusterLabels;
        grouping.notes = grouping.kmeans->notes;
        return std::nullopt;
    }
    auto run = AttributeClustering::run(profileAttributes.takeValue(), request.options);
    if (!run) {
        printError(QStringLiteral("%1: %2").arg(kCommand, run.errorString()));
        return 1;
    }
    grouping.clustering = run.takeValue();
    grouping.kmeans = &grouping.clustering->selection;
    grouping.k = grouping.clustering->k;
    grouping.labels = grouping.clustering->labels;
    grouping.notes = grouping.clustering->notes;
    return std::nullopt;
}

} // namespace

int runClusters(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Groups of customers found by k-means on the attributes you choose (lifestyle, "
        "personality, age, region, …, and value measures such as r, f, m, clv, p_alive), "
        "profiled by the values that set them apart and by their value; without --features, "
        "the value clusters of log recency, frequency and monetary value."));
    addAnalysisOptions(parser);
    parser.addOption({QStringLiteral("features"), QStringLiteral("The attributes to cluster on, separated by commas: customer list headers or value measures (recency, frequency, monetary, r, f, m, clv, p_alive, purchase_probability)."), QStringLiteral("A,B,C")});
    parser.addOption({QStringLiteral("k"), QStringLiteral("The number of groups, or auto (default): the k with the largest mean silhouette."), QStringLiteral("N"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("max-k"), QStringLiteral("The largest k tried with --k auto (default 10)."), QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the random starts and samples (default 20): the same seed gives the same groups."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("table"), QStringLiteral("Also show this attribute's values against tier mix, mean CLV, P(alive) and revenue share (repeatable)."), QStringLiteral("ATTRIBUTE")});
    parser.addOption({QStringLiteral("write-rules"), QStringLiteral("Write one segment per group to this segment file (the format segments --rules reads)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format; accepted for clarity).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    ClusterRequest request;
    if (!readRequest(parser, request))
        return 2;
    if (!outputIsNotAnInput(kCommand, QStringLiteral("--write-rules"),
                            parser.value(QStringLiteral("write-rules")), parser.positionalArguments()))
        return 2;
    auto prepared = prepareProject(parser, kCommand);
    if (!prepared)
        return 1;
    const bool valueClusters = request.features.isEmpty();
    // The value clusters are computed only when asked for (docs/user/cli.md): this asks.
    if (valueClusters && !addClusters(*prepared, kCommand))
        return 1;
    const Dataset &data = prepared->project.data;
    const CustomerAnalysis &analysis = *prepared->analysis;

    Grouping grouping;
    if (auto failed = findGroups(data, analysis, request, grouping))
        return *failed;
    const std::optional<AttributeClustering> &clustering = grouping.clustering;
    const KMeansClustering *kmeans = grouping.kmeans;
    const QList<Message> &notes = grouping.notes;
    const std::vector<ClusterAttribute> &attributes =
        clustering ? clustering->attributes : grouping.profileAttributes;
    const std::vector<qint32> &labels = grouping.labels;
    const int k = grouping.k;
    const CustomerValues values = CustomerValues::fromAnalysis(analysis);
    std::vector<std::vector<double>> overall;
    const std::vector<GroupProfile> groups =
        GroupProfile::profile(attributes, labels, k, values, &overall);
    QJsonArray groupsJson;
    for (const GroupProfile &g : groups)
        groupsJson.append(g.toJson(attributes, overall));

    auto tableAttributes = ClusterFeatures::select(data, &analysis, request.tables);
    if (!tableAttributes) {
        printError(QStringLiteral("%1: %2").arg(kCommand, tableAttributes.errorString()));
        return 2;
    }
    QJsonArray tables;
    for (const ClusterAttribute &a : *tableAttributes)
        tables.append(AttributeValueTable::compute(a, values).toJson());

    if (parser.isSet(QStringLiteral("write-rules"))) {
        const Segmentation segments = suggestedSegments(groups, attributes, valueClusters);
        if (Status st = segments.writeFile(parser.value(QStringLiteral("write-rules"))); !st) {
            printError(QStringLiteral("%1: %2").arg(kCommand, st.errorString()));
            return 1;
        }
    }
    QStringList features;
    for (const ClusterAttribute &a : attributes)
        features.append(a.name());
    printJson(QJsonObject{
        {QStringLiteral("customers"), qint64(data.customerCount())},
        {QStringLiteral("features"), valueClusters ? QJsonArray::fromStringList(kmeans->features)
                                                   : QJsonArray::fromStringList(features)},
        {QStringLiteral("value_clusters"), valueClusters},
        {QStringLiteral("profiled_by"), QJsonArray::fromStringList(features)},
        {QStringLiteral("k"), k},
        {QStringLiteral("suggested_k"), kmeans->suggestedK},
        {QStringLiteral("k_chosen_on"), clustering ? clustering->selectionRows : qint64(kmeans->rows.size())},
        {QStringLiteral("weak_structure"), clustering && clustering->weakStructure},
        {QStringLiteral("silhouette_by_k"), silhouettesJson(*kmeans)},
        {QStringLiteral("silhouette_rows"), kmeans->silhouetteRows},
        {QStringLiteral("groups"), groupsJson},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("notes"), notesJson(notes)}});
    return 0;
}

} // namespace Segmenta::Cli
