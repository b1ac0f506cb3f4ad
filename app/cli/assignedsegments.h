// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/rules/customerfields.h"
#include "preparedproject.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"

#include <functional>
#include <optional>

namespace Segmenta::Cli {

// The project's stored segments, compiled against its fields and assigned (one segment per
// customer): what check, export, snapshot and segments look at. segmentation holds the
// segments the assignment is over: those whose rule compiles (CompiledSegmentation). fields
// references prepared's data: keep that alive.
struct AssignedSegments
{
    Segmentation segmentation;
    CustomerFields fields;
    SegmentAssignment assignment;
};

// When the stored segments do not read, prints one line prefixed with the command's name and
// returns nothing. A stored segment whose rule does not compile is left out with a warning
// line naming it and the error, as the desktop leaves it out (docs/segments.md).
// The clusters are added to prepared's analysis first when a rule names `cluster` or
// columnsNeedClusters (given the fields without them) says the output does.
using ClustersNeeded = std::function<bool(const CustomerFields &)>;
std::optional<AssignedSegments> assignStoredSegments(PreparedProject &prepared,
                                                     const QString &command,
                                                     const ClustersNeeded &columnsNeedClusters = {});
// Given segments (a segment file the user is about to store): all or nothing, the first rule
// that does not compile fails with one line naming the segment and the position.
std::optional<AssignedSegments> assignAllSegments(PreparedProject &prepared,
                                                  const Segmentation &segmentation,
                                                  const QString &command);

} // namespace Segmenta::Cli
