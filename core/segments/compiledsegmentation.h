// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "base/result.h"
#include "segments/rules/segmentrule.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"

#include <QList>

#include <vector>

namespace Segmenta {

class CustomerFields;
class TaskControl;

// The manager's segments compiled against a project's fields, each rule on its own: a segment
// whose rule does not compile is left out of the assignment and reported with its error, so
// one bad rule does not hide the others' customers (docs/segments.md, "Rules with errors").
// The segment editor's live counts, the health checks, exports and snapshots on the desktop
// and the command line's reading commands all go through here; only a segment file given to
// `segmenta-cli segments --rules` is refused as a whole when a rule fails (allCompiled()).
struct CompiledSegmentation
{
    static CompiledSegmentation compile(const Segmentation &segmentation,
                                        const CustomerFields &fields);

    Segmentation segmentation;          // as given
    std::vector<Message> ruleErrors;    // per segment: the rule's error, empty when it compiled
    std::vector<qsizetype> validIndex;  // per segment: its index among the valid ones, -1
    Segmentation valid;                 // the segments whose rule compiled, in priority order
    std::vector<SegmentRule> rules;     // their compiled rules, one per valid segment
    const CustomerFields *fields = nullptr; // compiled against (the rules point into it)

    bool allCompiled() const { return valid.size() == segmentation.size(); }
    // Whether a compiled rule names the field (canonical name, e.g. "cluster": the clusters are
    // computed only when something asks for them, docs/user/cli.md).
    bool namesField(const QString &field) const;
    // The segments left out, each error naming its segment and the position in its rule.
    QList<Message> errors() const;
    // Every customer in the first valid segment whose rule matches. The compiled rules move
    // into the assignment: call once. Fails only when cancelled.
    Result<SegmentAssignment> assign(TaskControl *control = nullptr);

    // A rule's error with the segment named in front ("Segment “A”, position 3: …").
    static Message inSegment(const QString &segment, const Message &ruleError);
};

} // namespace Segmenta
