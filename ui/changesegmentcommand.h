#pragma once

#include "segmentdocument.h"

#include <QUndoCommand>
#include <QVariant>

namespace Segmenta {

// Sets one field of one segment. Consecutive changes of the same field merge, so typing a rule
// letter by letter is undone in one step (as Tiled's ChangeValue commands).
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
};

} // namespace Segmenta
