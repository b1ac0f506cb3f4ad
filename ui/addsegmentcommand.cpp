// SPDX-License-Identifier: GPL-3.0-or-later
#include "addsegmentcommand.h"

#include "segmentdocument.h"

#include <QCoreApplication>

namespace Segmenta {

AddSegmentCommand::AddSegmentCommand(SegmentDocument *document, qsizetype index,
                                     const Segment &segment)
    : m_document(document), m_index(index), m_segment(segment)
{
    setText(QCoreApplication::translate("Segmenta::SegmentsPage", "Add Segment"));
}

void AddSegmentCommand::redo()
{
    m_document->applyInsert(m_index, m_segment);
}

void AddSegmentCommand::undo()
{
    m_segment = m_document->applyRemove(m_index);
}

} // namespace Segmenta
