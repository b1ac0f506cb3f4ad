// SPDX-License-Identifier: GPL-3.0-or-later
#include "addremovesegmentcommand.h"

#include "segmentdocument.h"

namespace Segmenta {

AddRemoveSegmentCommand::AddRemoveSegmentCommand(SegmentDocument *document, qsizetype index,
                                                 const Segment &segment, const QString &text)
    : m_document(document), m_index(index), m_segment(segment)
{
    setText(text);
}

void AddRemoveSegmentCommand::insertSegment()
{
    m_document->applyInsert(m_index, m_segment);
}

void AddRemoveSegmentCommand::takeSegment()
{
    m_segment = m_document->applyRemove(m_index);
}

} // namespace Segmenta
