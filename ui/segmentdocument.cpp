// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentdocument.h"

#include "addsegmentcommand.h"
#include "changesegmentcommand.h"
#include "movesegmentcommand.h"
#include "removesegmentcommand.h"

#include <QUndoStack>

#include <cmath>

namespace Segmenta {

SegmentDocument::SegmentDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

void SegmentDocument::reset(const Segmentation &segmentation)
{
    m_segmentation = segmentation;
    m_undo->clear();
    m_resetting = true;
    Q_EMIT resetDone();
    Q_EMIT changed();
    m_resetting = false;
}

void SegmentDocument::addSegment(qsizetype index, const Segment &segment)
{
    m_undo->push(new AddSegmentCommand(this, index, segment));
}

void SegmentDocument::removeSegment(qsizetype index)
{
    if (index >= 0 && index < size())
        m_undo->push(new RemoveSegmentCommand(this, index));
}

void SegmentDocument::moveSegment(qsizetype from, qsizetype to)
{
    if (from != to && from >= 0 && to >= 0 && from < size() && to < size())
        m_undo->push(new MoveSegmentCommand(this, from, to));
}

void SegmentDocument::changeField(qsizetype index, SegmentField field, const QVariant &value)
{
    if (index < 0 || index >= size() || fieldValue(segment(index), field) == value)
        return;
    m_undo->push(new ChangeSegmentCommand(this, index, field, value));
}

QString SegmentDocument::newSegmentName(const QString &base) const
{
    for (int n = int(size()) + 1;; ++n) {
        const QString name = base.arg(n);
        if (m_segmentation.indexOf(name) < 0)
            return name;
    }
}

QVariant SegmentDocument::fieldValue(const Segment &s, SegmentField field)
{
    switch (field) {
    case SegmentField::Name:
        return s.name;
    case SegmentField::Description:
        return s.description;
    case SegmentField::Objective:
        return s.objective;
    case SegmentField::Owner:
        return s.owner;
    case SegmentField::Rule:
        return s.rule;
    case SegmentField::Offer:
        return s.offer;
    case SegmentField::Message:
        return s.message;
    case SegmentField::Channel:
        return s.channel;
    case SegmentField::ForecastResponse:
        return std::isfinite(s.forecastResponse) ? QVariant(s.forecastResponse) : QVariant();
    }
    return {};
}

void SegmentDocument::applyInsert(qsizetype index, const Segment &segment)
{
    m_segmentation.segments.insert(index, segment);
    Q_EMIT segmentInserted(index);
    Q_EMIT changed();
}

Segment SegmentDocument::applyRemove(qsizetype index)
{
    Segment s = m_segmentation.segments.takeAt(index);
    Q_EMIT segmentRemoved(index);
    Q_EMIT changed();
    return s;
}

void SegmentDocument::applyMove(qsizetype from, qsizetype to)
{
    m_segmentation.segments.move(from, to);
    Q_EMIT segmentMoved(from, to);
    Q_EMIT changed();
}

void SegmentDocument::applyField(qsizetype index, SegmentField field, const QVariant &value)
{
    Segment &s = m_segmentation.segments[index];
    switch (field) {
    case SegmentField::Name:
        s.name = value.toString();
        break;
    case SegmentField::Description:
        s.description = value.toString();
        break;
    case SegmentField::Objective:
        s.objective = value.toString();
        break;
    case SegmentField::Owner:
        s.owner = value.toString();
        break;
    case SegmentField::Rule:
        s.rule = value.toString();
        break;
    case SegmentField::Offer:
        s.offer = value.toString();
        break;
    case SegmentField::Message:
        s.message = value.toString();
        break;
    case SegmentField::Channel:
        s.channel = value.toString();
        break;
    case SegmentField::ForecastResponse:
        s.forecastResponse = value.isValid() ? value.toDouble()
                                             : std::numeric_limits<double>::quiet_NaN();
        break;
    }
    Q_EMIT segmentChanged(index, field);
    Q_EMIT changed();
}

} // namespace Segmenta
