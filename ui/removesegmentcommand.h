// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/segment.h"

#include <QUndoCommand>

namespace Segmenta {

class SegmentDocument;

class RemoveSegmentCommand : public QUndoCommand
{
public:
    RemoveSegmentCommand(SegmentDocument *document, qsizetype index);
    void redo() override;
    void undo() override;

private:
    SegmentDocument *m_document;
    qsizetype m_index;
    Segment m_segment;
};

} // namespace Segmenta
