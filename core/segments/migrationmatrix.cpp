// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/migrationmatrix.h"

#include "segments/segmentsnapshot.h"
#include "data/valuetier.h"

#include <QHash>
#include <QJsonArray>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Project";

QStringList categories(const SegmentSnapshot &s, MigrationMatrix::By by)
{
    QStringList out;
    if (by == MigrationMatrix::By::Segment) {
        out = s.segments;
        out << QStringLiteral("unassigned");
    } else {
        for (ValueTier t : kValueTiers)
            out << valueTierName(t);
        out << QStringLiteral("unranked");
    }
    return out;
}

// The category index of customer i (the last one, unassigned / unranked, for anything else).
qsizetype categoryOf(const SegmentSnapshot &s, qsizetype i, MigrationMatrix::By by)
{
    if (by == MigrationMatrix::By::Segment) {
        const qint16 v = s.segment[size_t(i)];
        return v >= 0 && v < s.segments.size() ? v : s.segments.size();
    }
    const qint8 t = s.tier[size_t(i)];
    return t >= 0 && t < kValueTierCount ? t : kValueTierCount;
}

QByteArrayView idOf(const SegmentSnapshot &s, qsizetype i)
{
    const std::string_view v = s.customerId(i);
    return QByteArrayView(v.data(), qsizetype(v.size()));
}

QJsonObject header(const SegmentSnapshot &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODate)}};
}

Message duplicate(const SegmentSnapshot &s, QByteArrayView id)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Project",
                                               "Snapshot “%1” lists the customer “%2” twice."),
                   {s.name, QString::fromUtf8(id)})
        .withCode("snapshot-duplicate-id");
}

} // namespace

Result<MigrationMatrix> MigrationMatrix::compute(const SegmentSnapshot &older,
                                                 const SegmentSnapshot &newer, By by)
{
    MigrationMatrix m;
    m.by = by;
    m.from = header(older);
    m.to = header(newer);
    m.rows = categories(older, by);
    m.rows << QStringLiteral("new");
    m.columns = categories(newer, by);
    m.columns << QStringLiteral("gone");
    m.cells.assign(size_t(m.rows.size()) * size_t(m.columns.size()), 0);

    // The views point into the snapshots' id bytes, which outlive this function.
    QHash<QByteArrayView, qsizetype> newerRow;
    newerRow.reserve(newer.size());
    for (qsizetype j = 0; j < newer.size(); ++j) {
        const QByteArrayView id = idOf(newer, j);
        if (newerRow.contains(id))
            return duplicate(newer, id);
        newerRow.insert(id, j);
    }
    std::vector<quint8> seen(size_t(newer.size()), 0);
    QHash<QByteArrayView, qsizetype> olderIds;
    olderIds.reserve(older.size());
    const qsizetype cols = m.columns.size();
    for (qsizetype i = 0; i < older.size(); ++i) {
        const QByteArrayView id = idOf(older, i);
        if (olderIds.contains(id))
            return duplicate(older, id);
        olderIds.insert(id, i);
        const qsizetype row = categoryOf(older, i, by);
        const auto it = newerRow.constFind(id);
        if (it == newerRow.constEnd()) {
            ++m.cells[size_t(row * cols + m.goneColumn())];
            ++m.disappeared;
            continue;
        }
        seen[size_t(*it)] = 1;
        const qsizetype column = categoryOf(newer, *it, by);
        ++m.cells[size_t(row * cols + column)];
        ++m.matched;
        if (m.rows[row].compare(m.columns[column], Qt::CaseInsensitive) == 0)
            ++m.stayed;
    }
    for (qsizetype j = 0; j < newer.size(); ++j) {
        if (seen[size_t(j)])
            continue;
        ++m.cells[size_t(m.newRow() * cols + categoryOf(newer, j, by))];
        ++m.appeared;
    }
    return m;
}

QJsonObject MigrationMatrix::toJson() const
{
    QJsonArray table;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QJsonArray line;
        for (qsizetype c = 0; c < columns.size(); ++c)
            line.append(at(r, c));
        table.append(line);
    }
    return {{QStringLiteral("by"), by == By::Segment ? QStringLiteral("segment")
                                                     : QStringLiteral("tier")},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("rows"), QJsonArray::fromStringList(rows)},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("cells"), table},
            {QStringLiteral("matched"), matched},
            {QStringLiteral("stayed"), stayed},
            {QStringLiteral("moved"), matched - stayed},
            {QStringLiteral("new"), appeared},
            {QStringLiteral("gone"), disappeared}};
}

} // namespace Segmenta
