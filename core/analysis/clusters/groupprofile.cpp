// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/groupprofile.h"

#include "analysis/clusters/clusterattribute.h"

#include <QJsonArray>

#include <algorithm>

namespace Segmenta {

namespace {

// Counts of every value per group and overall, as shares.
void countValues(const std::vector<ClusterAttribute> &attributes,
                 const std::vector<qint32> &labels, std::vector<GroupProfile> &groups,
                 std::vector<std::vector<double>> &overall, qint64 labelled)
{
    overall.assign(attributes.size(), {});
    for (GroupProfile &g : groups)
        g.valueShares.assign(attributes.size(), {});
    for (size_t a = 0; a < attributes.size(); ++a) {
        const size_t values = size_t(attributes[a].values().size());
        overall[a].assign(values, 0.0);
        for (GroupProfile &g : groups)
            g.valueShares[a].assign(values, 0.0);
        for (size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] < 0)
                continue;
            std::vector<double> &in = groups[size_t(labels[i])].valueShares[a];
            attributes[a].forEachValue(qsizetype(i), [&](qint32 v) {
                in[size_t(v)] += 1.0;
                overall[a][size_t(v)] += 1.0;
            });
        }
        for (double &c : overall[a])
            c = labelled > 0 ? c / double(labelled) : 0.0;
        for (GroupProfile &g : groups) {
            for (double &c : g.valueShares[a])
                c = g.size > 0 ? c / double(g.size) : 0.0;
        }
    }
}

void rankDistinguishing(const std::vector<ClusterAttribute> &attributes,
                        const std::vector<std::vector<double>> &overall, GroupProfile &g)
{
    for (size_t a = 0; a < attributes.size(); ++a) {
        for (size_t v = 0; v < overall[a].size(); ++v) {
            const double in = g.valueShares[a][v];
            // A missing value may set a group apart too (organisations without a lifestyle):
            // it is listed and may enter the rule, but not the name.
            if (overall[a][v] <= 0 || in < GroupProfile::kMinShare || in <= overall[a][v])
                continue;
            DistinguishingValue d;
            d.attribute = int(a);
            d.value = int(v);
            d.shareInGroup = in;
            d.inGroup = qint64(in * double(g.size) + 0.5);
            d.shareOverall = overall[a][v];
            d.lift = in / overall[a][v];
            g.distinguishing.push_back(d);
        }
    }
    std::stable_sort(g.distinguishing.begin(), g.distinguishing.end(),
                     [](const DistinguishingValue &x, const DistinguishingValue &y) {
                         return x.lift > y.lift;
                     });
}

// The top distinguishing values held by many of the group, one per attribute.
QString suggestName(const std::vector<ClusterAttribute> &attributes, const GroupProfile &g)
{
    QStringList parts;
    std::vector<char> used(attributes.size(), 0);
    for (const DistinguishingValue &d : g.distinguishing) {
        if (parts.size() >= GroupProfile::kNameParts)
            break;
        if (used[size_t(d.attribute)] || d.shareInGroup < GroupProfile::kNameShare
            || d.value == attributes[size_t(d.attribute)].missingValue())
            continue;
        used[size_t(d.attribute)] = 1;
        parts.append(attributes[size_t(d.attribute)].values()[d.value]);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

std::vector<GroupProfile> GroupProfile::profile(const std::vector<ClusterAttribute> &attributes,
                                                const std::vector<qint32> &labels, int k,
                                                const CustomerValues &values,
                                                std::vector<std::vector<double>> *overallShares)
{
    std::vector<GroupProfile> groups(size_t(std::max(0, k)));
    for (int c = 0; c < k; ++c)
        groups[size_t(c)].group = c;
    qint64 labelled = 0;
    double totalRevenue = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (i < values.revenue.size() && values.revenue[i] == values.revenue[i])
            totalRevenue += values.revenue[i];
        if (labels[i] < 0 || labels[i] >= k)
            continue;
        ++labelled;
        GroupProfile &g = groups[size_t(labels[i])];
        ++g.size;
        g.value.add(values, qsizetype(i));
    }
    std::vector<std::vector<double>> overall;
    countValues(attributes, labels, groups, overall, labelled);
    for (GroupProfile &g : groups) {
        g.share = labelled > 0 ? double(g.size) / double(labelled) : 0.0;
        g.value.finish(totalRevenue);
        rankDistinguishing(attributes, overall, g);
        g.suggestedName = suggestName(attributes, g);
        g.rule = RuleSuggestion::suggest(attributes, labels, g.group, g.distinguishing);
    }
    if (overallShares)
        *overallShares = std::move(overall);
    return groups;
}

Message GroupProfile::description(const std::vector<ClusterAttribute> &attributes) const
{
    QStringList parts;
    for (const DistinguishingValue &d : distinguishing) {
        if (parts.size() >= kNameParts + 2)
            break;
        const ClusterAttribute &a = attributes[size_t(d.attribute)];
        const QString value = d.value == a.missingValue() ? QStringLiteral("—") : a.values()[d.value];
        parts.append(QStringLiteral("%1 %2 (%3 % / %4 %)")
                         .arg(a.name(), value,
                              QString::number(100.0 * d.shareInGroup, 'f', 0),
                              QString::number(100.0 * d.shareOverall, 'f', 0)));
    }
    return Message("Segmenta::Analysis",
                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                     "Group %1: %2 % of the customers. Set apart by (share in "
                                     "the group / overall): %3."),
                   {QString::number(group + 1), QString::number(100.0 * share, 'f', 1),
                    parts.join(QStringLiteral("; "))});
}

QJsonObject GroupProfile::toJson(const std::vector<ClusterAttribute> &attributes,
                                 const std::vector<std::vector<double>> &overallShares) const
{
    QJsonArray apart;
    for (const DistinguishingValue &d : distinguishing) {
        const ClusterAttribute &a = attributes[size_t(d.attribute)];
        apart.append(QJsonObject{{QStringLiteral("attribute"), a.name()},
                                 {QStringLiteral("value"), a.values()[d.value]},
                                 {QStringLiteral("share_in_group"), d.shareInGroup},
                                 {QStringLiteral("share_overall"), d.shareOverall},
                                 {QStringLiteral("lift"), d.lift}});
    }
    QJsonArray profileJson;
    for (size_t a = 0; a < attributes.size(); ++a) {
        QJsonArray valuesJson;
        for (size_t v = 0; v < valueShares[a].size(); ++v) {
            const double overall = overallShares[a][v];
            QJsonObject entry{{QStringLiteral("value"), attributes[a].values()[qsizetype(v)]},
                              {QStringLiteral("share_in_group"), valueShares[a][v]},
                              {QStringLiteral("share_overall"), overall},
                              {QStringLiteral("lift"), overall > 0 ? valueShares[a][v] / overall : 0.0}};
            if (int(v) == attributes[a].missingValue())
                entry.insert(QStringLiteral("missing"), true);
            valuesJson.append(entry);
        }
        profileJson.append(QJsonObject{{QStringLiteral("attribute"), attributes[a].name()},
                                       {QStringLiteral("values"), valuesJson}});
    }
    return {{QStringLiteral("group"), group + 1},
            {QStringLiteral("size"), size},
            {QStringLiteral("share"), share},
            {QStringLiteral("name"), suggestedName},
            {QStringLiteral("description"), description(attributes).toString()},
            {QStringLiteral("distinguishing"), apart},
            {QStringLiteral("profile"), profileJson},
            {QStringLiteral("value"), value.toJson()},
            {QStringLiteral("rule"), rule.toJson()}};
}

} // namespace Segmenta
