// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesegmentcommand.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Segmenta {

ChangeSegmentCommand::ChangeSegmentCommand(SegmentDocument *document, qsizetype index,
                                           SegmentField field, QVariant value)
    : m_document(document), m_index(index), m_field(field),
      m_old(SegmentDocument::fieldValue(document->segment(index), field)), m_new(std::move(value)),
      m_when(QDateTime::currentMSecsSinceEpoch())
{
    setText(field == SegmentField::Rule
                ? QCoreApplication::translate("Segmenta::SegmentsPage", "Edit Rule")
                : QCoreApplication::translate("Segmenta::SegmentsPage", "Edit Segment"));
}

void ChangeSegmentCommand::redo()
{
    m_document->applyField(m_index, m_field, m_new);
}

void ChangeSegmentCommand::undo()
{
    m_document->applyField(m_index, m_field, m_old);
}

bool ChangeSegmentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeSegmentCommand *>(other);
    // A pause longer than this starts a new undo step.
    constexpr qint64 kMergeWindowMs = 1500;
    if (o->m_index != m_index || o->m_field != m_field || o->m_when - m_when > kMergeWindowMs)
        return false;
    m_new = o->m_new;
    m_when = o->m_when;
    return true;
}

} // namespace Segmenta
