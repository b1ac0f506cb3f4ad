// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <string_view>
#include <vector>

namespace Segmenta {

class CustomerAnalysis;
class Dataset;
class SegmentAssignment;
class Segmentation;

// A dated copy of every customer's segment and value tier (docs/domain.md, "Segments"), so that
// after a later import the migration matrix shows how customers moved. Customers are matched
// between snapshots by their id text, never by row number: rows change with every import.
//
// Compact by design (1M customers ≈ 15 MB): ids as one UTF-8 byte string with n + 1 offsets,
// the segment as an int16 index into segments (-1 = unassigned), the tier as an int8
// (ValueTier, -1 = not ranked).
class SegmentSnapshot
{
public:
    static constexpr qint16 kUnassigned = -1;
    static constexpr qint8 kNoTier = -1;

    // Fails when the sizes disagree or the data has no customer ids. analysis may be null
    // (every tier kNoTier).
    static Result<SegmentSnapshot> take(const Dataset &data, const Segmentation &segmentation,
                                        const SegmentAssignment &assignment,
                                        const CustomerAnalysis *analysis, const QString &name,
                                        const QDateTime &takenAt);

    qsizetype size() const { return qsizetype(segment.size()); }
    std::string_view customerId(qsizetype i) const
    {
        return {ids.constData() + idOffsets[size_t(i)],
                size_t(idOffsets[size_t(i) + 1] - idOffsets[size_t(i)])};
    }
    // Customers per segment (segments.size() entries) and unassigned.
    std::vector<qint64> segmentCounts() const;
    qint64 unassignedCount() const;
    // Checks that the parts fit together (used after loading).
    bool isConsistent() const;

    // {"id", "name", "taken_at", "as_of", "customers", "segments": [{"name", "customers"}],
    //  "unassigned", "tiers": {"platinum": n, ..., "unranked": n}}
    QJsonObject summaryJson() const;

    qint64 id = 0; // 0 until saved (SnapshotStore)
    QString name;
    QDateTime takenAt;   // UTC
    QString asOf;        // the analysis date of the data (ISO), empty when unknown
    QStringList segments; // names in priority order when taken
    QStringList rules;    // the rule of each segment when taken
    QByteArray ids;
    std::vector<quint32> idOffsets; // size() + 1 entries
    std::vector<qint16> segment;
    std::vector<qint8> tier;
};

} // namespace Segmenta
