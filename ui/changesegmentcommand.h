// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentdocument.h"

#include <QUndoCommand>
#include <QVariant>

namespace Segmenta {

// Sets one field of one segment. Consecutive changes of the same field within a short pause
// merge, so typing a word is undone in one step (as Tiled's ChangeValue commands), while a
// rule built up over a minute is undone piece by piece.
class ChangeSegmentCommand : public QUndoCommand
{
public:
    ChangeSegmentCommand(SegmentDocument *document, qsizetype index, SegmentField field,
                         QVariant value);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    SegmentDocument *m_document;
    qsizetype m_index;
    SegmentField m_field;
    QVariant m_old;
    QVariant m_new;
    qint64 m_when; // ms since epoch of the latest merged edit
};

} // namespace Segmenta
