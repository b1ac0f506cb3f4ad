// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/column.h"
#include "segments/healthfinding.h"

#include <QList>
#include <QStringList>

namespace Segmenta {

class CustomerAnalysis;
class CustomerFields;
class Dataset;
class SegmentAssignment;
class Segmentation;

// Thresholds of the health checks; docs/health-checks.md says why each default.
struct HealthOptions
{
    // Data whose last order, or segments whose last refresh, is more than this many days
    // before today are stale (docs/domain.md, "Segmenting for its own sake").
    int staleDays = 90;
    qint32 today = Column::kMissingDate;          // missing: the system date
    // Last (re)assignment or snapshot; missing: unknown.
    qint32 lastRefreshDay = Column::kMissingDate;
    qint32 lastUsedDay = Column::kMissingDate;    // last target list export; missing: never used
    // Too optimistic: the forecast response may exceed the best the segment showed by this
    // much (absolute, 0.02 = two percentage points) before it is flagged.
    double optimismTolerance = 0.02;
    // The comparable period for "bought in the last period"; 0 = the lifetime value horizon
    // (one year by default), 365 days without a lifetime model.
    int comparablePeriodDays = 0;
    // Ignores growth: at least this many platinum/gold customers declining, making at least
    // this share of platinum/gold, and no rule names a growth measure.
    qint64 decliningHighValueMinimum = 3;
    double decliningHighValueShare = 0.25;
    // Frequent low-asset customers (ActivityAssets) bringing at least this share of profit,
    // of whom at least lowTierShare sit in iron or lead.
    double frequentLowAssetProfitShare = 0.30;
    double frequentLowAssetLowTierShare = 0.50;
    // More than this share of the customers in no segment.
    double unassignedShare = 0.25;
};

// What the checks look at. data, segmentation and assignment are required; analysis gives the
// tiers, growth, purchase probabilities and activity vs assets (checks that need it are
// skipped without it); fields resolves the fields the rules name to columns and roles.
struct HealthInput
{
    const Dataset *data = nullptr;
    const Segmentation *segmentation = nullptr;
    const SegmentAssignment *assignment = nullptr;
    const CustomerAnalysis *analysis = nullptr;
    const CustomerFields *fields = nullptr;
    // Per segment, the fields its rule names; empty = SegmentRule::fieldNames() of the
    // assignment's compiled rules (when it has one per segment; else those checks are skipped).
    QList<QStringList> ruleFields;
};

// The health checks of docs/domain.md, "Classic segmentation mistakes". Each finding carries a
// stable code: no-segments, never-used, stale-data, stale-refresh, not-exclusive, many-unassigned,
// ignores-growth, frequent-low-asset-low-tier (the whole segmentation); no-objective,
// empty-segment, product-only, assets-only, signup-only, too-optimistic (one segment).
class SegmentHealth
{
public:
    static QList<HealthFinding> run(const HealthInput &input, const HealthOptions &options = {});
};

} // namespace Segmenta
