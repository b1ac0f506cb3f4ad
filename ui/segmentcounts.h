// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "segments/segmentation.h"

#include <QList>

#include <memory>
#include <vector>

namespace Segmenta {

class CustomerAnalysis;
class CustomerFields;
class Dataset;
class SegmentAssignment;
class SegmentFigures;

// One count of the segments being edited (SegmentCounter): each rule compiled on its own, the
// valid ones assigned in priority order, and their P&L. It holds the data, analysis and fields
// it was counted on, because the compiled rules point into their columns: whoever keeps a
// count (the Health page's checks, a "why this segment" explanation) can read it after the
// project has moved on.
struct SegmentCounts
{
    Segmentation segmentation;
    std::vector<Message> errors;             // per segment, empty when its rule compiled
    std::vector<QList<Message>> warnings;    // per segment: values no customer has
    std::vector<qsizetype> validIndex;       // per segment: index in the assignment, -1
    std::shared_ptr<const SegmentAssignment> assignment; // over the valid segments
    std::shared_ptr<const SegmentFigures> figures;       // idem
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const CustomerAnalysis> analysis;
    std::shared_ptr<const CustomerFields> fields;
    quint64 generation = 0;

    // The segments whose rule compiled, in priority order: what the assignment is over.
    Segmentation validSegmentation() const;
};

} // namespace Segmenta
