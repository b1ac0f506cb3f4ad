// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace Segmenta {

class SegmentDocument;

// Changes a segment's priority.
class MoveSegmentCommand : public QUndoCommand
{
public:
    MoveSegmentCommand(SegmentDocument *document, qsizetype from, qsizetype to);
    void redo() override;
    void undo() override;

private:
    SegmentDocument *m_document;
    qsizetype m_from;
    qsizetype m_to;
};

} // namespace Segmenta
