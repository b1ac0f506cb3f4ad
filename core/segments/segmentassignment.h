// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "segments/rules/segmentrule.h"

#include <vector>

namespace Segmenta {

class CustomerFields;
class Segmentation;
class TaskControl;

// Every customer in exactly one segment (docs/domain.md, "Segments"): the first segment in priority
// order whose rule matches wins; customers no rule matches are unassigned. Also how the rules
// overlap, so the manager sees what the order decides.
class SegmentAssignment
{
public:
    static constexpr qint16 kUnassigned = -1;

    // Fails when a rule does not compile: the message names the first such segment and the
    // position (CompiledSegmentation leaves such segments out instead, and says which).
    static Result<SegmentAssignment> assign(const Segmentation &segmentation,
                                            const CustomerFields &fields,
                                            TaskControl *control = nullptr);
    // The same with the rules compiled already against fields, one per segment in priority
    // order; fails only when cancelled.
    static Result<SegmentAssignment> assign(std::vector<SegmentRule> rules,
                                            const CustomerFields &fields,
                                            TaskControl *control = nullptr);

    qsizetype segmentCount() const { return qsizetype(counts.size()); }
    // Customers matching both i and j, whatever the priority; overlap(i, i) = customers
    // matching i.
    qint64 overlap(qsizetype i, qsizetype j) const
    {
        return overlaps[size_t(i) * counts.size() + size_t(j)];
    }

    struct Explanation
    {
        qint16 segment = kUnassigned;                 // the winner
        std::vector<quint8> matched;                  // per segment: its rule matched
        QList<QList<RuleConditionOutcome>> conditions; // per segment: its conditions
    };
    Explanation explain(qsizetype row) const;

    std::vector<qint16> segment;  // per customer: winning segment index, kUnassigned = none
    std::vector<qint64> counts;   // per segment: customers assigned
    qint64 unassigned = 0;
    std::vector<qint64> overlaps; // k × k, row-major
    std::vector<SegmentRule> rules;
};

} // namespace Segmenta
