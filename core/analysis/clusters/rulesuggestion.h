// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Segmenta {

class ClusterAttribute;

// One attribute value that sets a group apart: its share in the group against its share among
// all customers (lift = the ratio).
struct DistinguishingValue
{
    int attribute = -1;
    int value = -1;
    qint64 inGroup = 0;
    double shareInGroup = 0;
    double shareOverall = 0;
    double lift = 0;
};

// A readable rule for a group (docs/clusters.md, "From group to segment"): the conjunction of
// up to kMaxConditions of its distinguishing values, chosen greedily to best match the group
// (F1 of kept members against customers taken in). It describes the group well when it keeps
// at least kMinKept of the group's customers and at least kMinPrecision of those it matches
// belong to the group; otherwise the segment is better made from the stored assignment.
struct RuleSuggestion
{
    static constexpr int kMaxConditions = 3;
    static constexpr int kCandidates = 8;
    static constexpr double kMinKept = 0.6;
    static constexpr double kMinPrecision = 0.6;

    QString text;              // the rule (empty when no value sets the group apart)
    QStringList conditions;
    qint64 groupSize = 0;
    qint64 kept = 0;           // customers of the group the rule matches
    qint64 takenIn = 0;        // customers of other groups the rule matches
    bool describesGroup = false;

    static RuleSuggestion suggest(const std::vector<ClusterAttribute> &attributes,
                                  const std::vector<qint32> &labels, int group,
                                  const std::vector<DistinguishingValue> &distinguishing);
    QJsonObject toJson() const;
};

} // namespace Segmenta
