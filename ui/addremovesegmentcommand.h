// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/segment.h"

#include <QUndoCommand>

namespace Segmenta {

class SegmentDocument;

// What adding and removing a segment share (as Tiled's AddRemoveMapObjects): one segment at
// one index, inserted into the document or taken out of it and kept for the way back.
// AddSegmentCommand inserts on redo, RemoveSegmentCommand on undo.
class AddRemoveSegmentCommand : public QUndoCommand
{
protected:
    AddRemoveSegmentCommand(SegmentDocument *document, qsizetype index, const Segment &segment,
                            const QString &text);

    void insertSegment();
    void takeSegment();

private:
    SegmentDocument *m_document;
    qsizetype m_index;
    Segment m_segment; // the segment while it is out of the document
};

} // namespace Segmenta
