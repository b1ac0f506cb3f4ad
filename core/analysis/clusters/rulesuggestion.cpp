// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/rulesuggestion.h"

#include "analysis/clusters/clusterattribute.h"

#include <QJsonArray>

#include <algorithm>

namespace Segmenta {

namespace {

double f1(qint64 kept, qint64 matched, qint64 groupSize)
{
    return matched + groupSize > 0 ? 2.0 * double(kept) / double(matched + groupSize) : 0.0;
}

} // namespace

RuleSuggestion RuleSuggestion::suggest(const std::vector<ClusterAttribute> &attributes,
                                       const std::vector<qint32> &labels, int group,
                                       const std::vector<DistinguishingValue> &distinguishing)
{
    RuleSuggestion s;
    const size_t n = labels.size();
    for (qint32 label : labels)
        s.groupSize += label == group ? 1 : 0;
    const size_t candidates = std::min<size_t>(distinguishing.size(), kCandidates);
    std::vector<std::vector<char>> has(candidates, std::vector<char>(n, 0));
    for (size_t c = 0; c < candidates; ++c) {
        const ClusterAttribute &a = attributes[size_t(distinguishing[c].attribute)];
        for (size_t i = 0; i < n; ++i)
            has[c][i] = a.hasValue(qsizetype(i), distinguishing[c].value) ? 1 : 0;
    }
    std::vector<char> matched(n, 1);
    std::vector<char> usedAttribute(attributes.size(), 0);
    double bestF1 = f1(s.groupSize, qint64(n), s.groupSize); // the empty rule: everyone
    for (int step = 0; step < kMaxConditions; ++step) {
        int bestCandidate = -1;
        qint64 bestKept = 0;
        qint64 bestMatched = 0;
        for (size_t c = 0; c < candidates; ++c) {
            if (usedAttribute[size_t(distinguishing[c].attribute)])
                continue;
            qint64 kept = 0;
            qint64 count = 0;
            for (size_t i = 0; i < n; ++i) {
                if (matched[i] && has[c][i]) {
                    ++count;
                    kept += labels[i] == group ? 1 : 0;
                }
            }
            const double score = f1(kept, count, s.groupSize);
            if (score > bestF1 + 1e-12) {
                bestF1 = score;
                bestCandidate = int(c);
                bestKept = kept;
                bestMatched = count;
            }
        }
        if (bestCandidate < 0)
            break;
        const DistinguishingValue &d = distinguishing[size_t(bestCandidate)];
        usedAttribute[size_t(d.attribute)] = 1;
        s.conditions.append(attributes[size_t(d.attribute)].condition(d.value));
        for (size_t i = 0; i < n; ++i)
            matched[i] = matched[i] && has[size_t(bestCandidate)][i];
        s.kept = bestKept;
        s.takenIn = bestMatched - bestKept;
    }
    s.text = s.conditions.join(QStringLiteral(" and "));
    const qint64 matchedCount = s.kept + s.takenIn;
    s.describesGroup = !s.conditions.isEmpty() && s.groupSize > 0
                       && double(s.kept) >= kMinKept * double(s.groupSize)
                       && double(s.kept) >= kMinPrecision * double(matchedCount);
    return s;
}

QJsonObject RuleSuggestion::toJson() const
{
    return {{QStringLiteral("rule"), text},
            {QStringLiteral("conditions"), QJsonArray::fromStringList(conditions)},
            {QStringLiteral("kept"), kept},
            {QStringLiteral("kept_share"), groupSize > 0 ? double(kept) / double(groupSize) : 0.0},
            {QStringLiteral("taken_in"), takenIn},
            {QStringLiteral("describes_group"), describesGroup}};
}

} // namespace Segmenta
