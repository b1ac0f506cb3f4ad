// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "segments/segment.h"

#include <QJsonObject>
#include <QList>

namespace Segmenta {

// The manager's segments in priority order, and the shared segment file format (docs/segments.md):
//   {"version": 1, "segments": [{"name", "rule", "description", "objective", "owner", "offer",
//                                "message", "channel", "forecast_response"}, ...]}
// Only "name" is required (a segment being written in the editor may have no rule yet; rules
// are checked when compiled); the order of the array is the priority.
class Segmentation
{
public:
    static constexpr int kFormatVersion = 1;

    QList<Segment> segments;

    qsizetype size() const { return segments.size(); }
    bool isEmpty() const { return segments.isEmpty(); }
    // Index of the segment called name (case-insensitive), -1 when none.
    qsizetype indexOf(const QString &name) const;

    QJsonObject toJson() const;
    // Checks the version, that every segment has a name, and that no two names are the same
    // (case-insensitive). Rules are not compiled here (see SegmentAssignment).
    static Result<Segmentation> fromJson(const QJsonObject &json);

    static Result<Segmentation> readFile(const QString &path);
    // Written to a temporary file and renamed.
    Status writeFile(const QString &path) const;

    bool operator==(const Segmentation &o) const { return segments == o.segments; }
};

} // namespace Segmenta
