// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/segmentsnapshot.h"

#include "analysis/customeranalysis.h"
#include "data/dataset.h"
#include "segments/segmentassignment.h"
#include "segments/segmentation.h"

#include <QJsonArray>

#include <limits>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Project";

} // namespace

Result<SegmentSnapshot> SegmentSnapshot::take(const Dataset &data,
                                              const Segmentation &segmentation,
                                              const SegmentAssignment &assignment,
                                              const CustomerAnalysis *analysis,
                                              const QString &name, const QDateTime &takenAt)
{
    const Column *idColumn = data.customerIds();
    const qsizetype n = data.customerCount();
    if (!idColumn || idColumn->type() != ColumnType::Text)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project",
                           "A snapshot needs customer ids, and this project has none."))
            .withCode("missing-role");
    if (qsizetype(assignment.segment.size()) != n
        || (analysis && qsizetype(analysis->pyramid.tier.size()) != n)
        || segmentation.size() > std::numeric_limits<qint16>::max())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project",
                           "The segments or tiers do not match the %1 customers of the project: "
                           "run the analysis again before taking a snapshot."),
                       {QString::number(n)})
            .withCode("snapshot-mismatch");
    SegmentSnapshot s;
    s.name = name;
    s.takenAt = takenAt.toUTC();
    if (analysis && analysis->summary.asOfDay != 0)
        s.asOf = Column::fromDays(analysis->summary.asOfDay).toString(Qt::ISODate);
    for (const Segment &seg : segmentation.segments) {
        s.segments << seg.name;
        s.rules << seg.rule;
    }
    const StringPool &pool = idColumn->pool();
    s.idOffsets.reserve(size_t(n) + 1);
    s.idOffsets.push_back(0);
    for (qsizetype i = 0; i < n; ++i) {
        const qint32 code = idColumn->codes()[size_t(i)];
        if (code >= 0) {
            const std::string_view v = pool.view(code);
            if (quint64(s.ids.size()) + v.size() > std::numeric_limits<quint32>::max())
                return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project",
                                   "The customer ids are too long to keep in a snapshot."))
                    .withCode("snapshot-size");
            s.ids.append(v.data(), qsizetype(v.size()));
        }
        s.idOffsets.push_back(quint32(s.ids.size()));
    }
    s.segment.assign(assignment.segment.begin(), assignment.segment.end());
    const qint16 k = qint16(segmentation.size());
    for (qint16 &v : s.segment)
        if (v < 0 || v >= k)
            v = kUnassigned;
    s.tier.assign(size_t(n), kNoTier);
    if (analysis)
        for (qsizetype i = 0; i < n; ++i)
            s.tier[size_t(i)] = analysis->pyramid.tier[size_t(i)] < 0
                                    ? kNoTier
                                    : analysis->pyramid.tier[size_t(i)];
    return s;
}

std::vector<qint64> SegmentSnapshot::segmentCounts() const
{
    std::vector<qint64> counts(size_t(segments.size()), 0);
    for (qint16 v : segment)
        if (v >= 0 && v < segments.size())
            ++counts[size_t(v)];
    return counts;
}

qint64 SegmentSnapshot::unassignedCount() const
{
    qint64 n = 0;
    for (qint16 v : segment)
        if (v < 0 || v >= segments.size())
            ++n;
    return n;
}

bool SegmentSnapshot::isConsistent() const
{
    const size_t n = segment.size();
    if (tier.size() != n || idOffsets.size() != n + 1 || idOffsets.front() != 0
        || idOffsets.back() != quint32(ids.size()) || rules.size() != segments.size())
        return false;
    for (size_t i = 0; i < n; ++i)
        if (idOffsets[i] > idOffsets[i + 1])
            return false;
    return true;
}

QJsonObject SegmentSnapshot::summaryJson() const
{
    QJsonArray list;
    const std::vector<qint64> counts = segmentCounts();
    for (qsizetype i = 0; i < segments.size(); ++i)
        list.append(QJsonObject{{QStringLiteral("name"), segments[i]},
                                {QStringLiteral("customers"), counts[size_t(i)]}});
    std::array<qint64, kValueTierCount + 1> tiers{};
    for (qint8 t : tier)
        ++tiers[t >= 0 && t < kValueTierCount ? size_t(t) : size_t(kValueTierCount)];
    QJsonObject tierJson;
    for (ValueTier t : kValueTiers)
        tierJson.insert(valueTierName(t), tiers[size_t(t)]);
    tierJson.insert(QStringLiteral("unranked"), tiers[kValueTierCount]);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("taken_at"), takenAt.toString(Qt::ISODate)},
            {QStringLiteral("as_of"), asOf},
            {QStringLiteral("customers"), size()},
            {QStringLiteral("segments"), list},
            {QStringLiteral("unassigned"), unassignedCount()},
            {QStringLiteral("tiers"), tierJson}};
}

} // namespace Segmenta
