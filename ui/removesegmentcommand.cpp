// SPDX-License-Identifier: GPL-3.0-or-later
#include "removesegmentcommand.h"

#include "segmentdocument.h"

#include <QCoreApplication>

namespace Segmenta {

RemoveSegmentCommand::RemoveSegmentCommand(SegmentDocument *document, qsizetype index)
    : m_document(document), m_index(index)
{
    setText(QCoreApplication::translate("Segmenta::SegmentsPage", "Remove Segment"));
}

void RemoveSegmentCommand::redo()
{
    m_segment = m_document->applyRemove(m_index);
}

void RemoveSegmentCommand::undo()
{
    m_document->applyInsert(m_index, m_segment);
}

} // namespace Segmenta
