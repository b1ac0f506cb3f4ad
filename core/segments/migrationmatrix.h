// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Segmenta {

class SegmentSnapshot;

// How customers moved between two snapshots (docs/domain.md, "Segments"): rows are the categories
// of the older snapshot, columns those of the newer, each cell the customers (matched by customer
// id text) in that row then and that column now. Categories are the segments in their priority
// order then "unassigned" (by segment), or platinum, gold, iron, lead, "unranked" (by tier). The
// last row "new" counts customers only in the newer snapshot, the last column "gone" those
// only in the older one; cell (new, gone) is always 0. So every customer of the older
// snapshot is counted once in its row, every customer of the newer once in its column.
class MigrationMatrix
{
public:
    enum class By { Segment, Tier };

    // Fails with code "snapshot-duplicate-id" when a snapshot names a customer id twice.
    static Result<MigrationMatrix> compute(const SegmentSnapshot &older,
                                           const SegmentSnapshot &newer, By by = By::Segment);

    qint64 at(qsizetype row, qsizetype column) const
    {
        return cells[size_t(row) * size_t(columns.size()) + size_t(column)];
    }
    qsizetype newRow() const { return rows.size() - 1; }
    qsizetype goneColumn() const { return columns.size() - 1; }

    // {"by", "from", "to", "rows", "columns", "cells": [[...], ...], "matched", "stayed",
    //  "moved", "new", "gone"}
    QJsonObject toJson() const;

    By by = By::Segment;
    QJsonObject from; // summary of the older snapshot (id, name, taken_at)
    QJsonObject to;
    QStringList rows;
    QStringList columns;
    std::vector<qint64> cells; // rows × columns, row-major
    qint64 matched = 0; // customers in both snapshots
    qint64 stayed = 0;  // matched, in the category of the same name (case-insensitive)
    qint64 appeared = 0;
    qint64 disappeared = 0;
};

} // namespace Segmenta
