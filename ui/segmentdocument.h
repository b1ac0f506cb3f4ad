// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/segmentation.h"

#include <QObject>
#include <QVariant>

class QUndoStack;

namespace Segmenta {

// The editable fields of a segment, one undo command kind covers them all.
enum class SegmentField {
    Name,
    Description,
    Objective,
    Owner,
    Rule,
    Offer,
    Message,
    Channel,
    ForecastResponse
};

// The segments being edited, with their undo stack. Every change goes through a QUndoCommand
// (addsegmentcommand.h, removesegmentcommand.h, movesegmentcommand.h, changesegmentcommand.h),
// which call the apply functions below; views listen to the signals.
class SegmentDocument : public QObject
{
    Q_OBJECT

public:
    explicit SegmentDocument(QObject *parent = nullptr);

    const Segmentation &segmentation() const { return m_segmentation; }
    const Segment &segment(qsizetype index) const { return m_segmentation.segments[index]; }
    qsizetype size() const { return m_segmentation.size(); }
    QUndoStack *undoStack() const { return m_undo; }

    // Replaces everything (a project was opened): not undoable, clears the stack.
    void reset(const Segmentation &segmentation);
    // True while changed() reports a reset rather than an edit. (An edit cannot be told by
    // the undo stack: QUndoStack::push runs the command before it is on the stack.)
    bool isResetting() const { return m_resetting; }

    // Undoable edits.
    void addSegment(qsizetype index, const Segment &segment);
    void removeSegment(qsizetype index);
    void moveSegment(qsizetype from, qsizetype to);
    void changeField(qsizetype index, SegmentField field, const QVariant &value);
    // A fresh segment name not used yet ("Segment 3").
    QString newSegmentName(const QString &base) const;

    static QVariant fieldValue(const Segment &segment, SegmentField field);

    // For the commands only.
    void applyInsert(qsizetype index, const Segment &segment);
    Segment applyRemove(qsizetype index);
    void applyMove(qsizetype from, qsizetype to);
    void applyField(qsizetype index, SegmentField field, const QVariant &value);

Q_SIGNALS:
    void segmentInserted(qsizetype index);
    void segmentRemoved(qsizetype index);
    void segmentMoved(qsizetype from, qsizetype to);
    void segmentChanged(qsizetype index, Segmenta::SegmentField field);
    void resetDone();
    // Any change at all (for saving and recounting).
    void changed();

private:
    bool m_resetting = false;
    Segmentation m_segmentation;
    QUndoStack *m_undo;
};

} // namespace Segmenta
