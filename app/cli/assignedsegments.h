// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/rules/customerfields.h"
#include "preparedproject.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"

#include <optional>

namespace Segmenta::Cli {

// The project's stored segments, compiled against its fields and assigned (one segment per
// customer): what check and snapshot look at. fields references prepared's data: keep that
// alive.
struct AssignedSegments
{
    Segmentation segmentation;
    CustomerFields fields;
    SegmentAssignment assignment;
};

// On failure (a stored segment file or rule that does not read) prints one line prefixed with
// the command's name and returns nothing.
std::optional<AssignedSegments> assignStoredSegments(const PreparedProject &prepared,
                                                     const QString &command);
// The same for given segments (e.g. read from a segment file).
std::optional<AssignedSegments> assignSegments(const PreparedProject &prepared,
                                               Segmentation segmentation, const QString &command);

} // namespace Segmenta::Cli
