// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clusters/groupvalue.h"
#include "analysis/clusters/rulesuggestion.h"
#include "base/message.h"

#include <QJsonObject>

#include <vector>

namespace Segmenta {

class ClusterAttribute;

// A group of customers as a manager names it (docs/clusters.md, "Profiles"): its size, the
// attribute values that set it apart (share in the group against share overall, ranked by
// lift), its value (tier mix, mean CLV, P(alive), purchase probability, revenue share,
// lifecycle mix), a suggested name from its top distinguishing values ("追求潮流 · 18–30 ·
// 华东") and a rule that may describe it.
struct GroupProfile
{
    // A value is listed as distinguishing when at least this share of the group has it and it
    // is more common in the group than overall; the name takes values at least kNameShare hold.
    static constexpr double kMinShare = 0.1;
    static constexpr double kNameShare = 0.3;
    static constexpr int kNameParts = 3;

    int group = 0;                 // 0 .. k - 1; shown as group + 1
    qint64 size = 0;
    double share = 0;
    GroupValue value;
    // Per attribute, per value: the share of the group's customers that have it.
    std::vector<std::vector<double>> valueShares;
    std::vector<DistinguishingValue> distinguishing;
    QString suggestedName;
    RuleSuggestion rule;

    // labels: per customer, the group (0 .. k - 1) or -1 for none. overallShares receives the
    // share of every value among the labelled customers.
    static std::vector<GroupProfile> profile(const std::vector<ClusterAttribute> &attributes,
                                             const std::vector<qint32> &labels, int k,
                                             const CustomerValues &values,
                                             std::vector<std::vector<double>> *overallShares = nullptr);

    // What a segment made from the group says about its customers: their share and the values
    // most of them have, with the share overall beside each.
    Message description(const std::vector<ClusterAttribute> &attributes) const;
    QJsonObject toJson(const std::vector<ClusterAttribute> &attributes,
                       const std::vector<std::vector<double>> &overallShares) const;
};

} // namespace Segmenta
