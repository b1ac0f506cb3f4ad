// SPDX-License-Identifier: GPL-3.0-or-later
#include "movesegmentcommand.h"

#include "segmentdocument.h"

#include <QCoreApplication>

namespace Segmenta {

MoveSegmentCommand::MoveSegmentCommand(SegmentDocument *document, qsizetype from, qsizetype to)
    : m_document(document), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("Segmenta::SegmentsPage", "Change Priority"));
}

void MoveSegmentCommand::redo()
{
    m_document->applyMove(m_from, m_to);
}

void MoveSegmentCommand::undo()
{
    m_document->applyMove(m_to, m_from);
}

} // namespace Segmenta
