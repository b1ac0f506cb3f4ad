#include "changesegmentcommand.h"

#include <QCoreApplication>

namespace Segmenta {

ChangeSegmentCommand::ChangeSegmentCommand(SegmentDocument *document, qsizetype index,
                                           SegmentField field, QVariant value)
    : m_document(document), m_index(index), m_field(field),
      m_old(SegmentDocument::fieldValue(document->segment(index), field)), m_new(std::move(value))
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
    if (o->m_index != m_index || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    return true;
}

} // namespace Segmenta
