// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentdocument.h"

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace Segmenta {

class RuleEditor;

// Every field of one segment (docs/domain.md, "Segments") with its rule editor. Each edit becomes
// an undoable change of the document; changes from the document (undo, redo) update the widgets.
class SegmentForm : public QWidget
{
    Q_OBJECT

public:
    SegmentForm(SegmentDocument *document, QWidget *parent = nullptr);

    // -1 shows nothing.
    void setCurrent(qsizetype index);
    qsizetype current() const { return m_index; }
    RuleEditor *ruleEditor() const { return m_rule; }

private:
    void load();
    void fieldChanged(qsizetype index, SegmentField field);
    QLineEdit *addLine(SegmentField field, const QString &objectName);

    SegmentDocument *m_document;
    qsizetype m_index = -1;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_objective;
    QLineEdit *m_owner;
    QLineEdit *m_offer;
    QLineEdit *m_message;
    QLineEdit *m_channel;
    QDoubleSpinBox *m_forecast;
    RuleEditor *m_rule;
    bool m_loading = false;
};

} // namespace Segmenta
