// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace Segmenta {

class CustomerListDialog;
class ProjectSession;
class SegmentCounter;
class SegmentDocument;
class SegmentExplanationDialog;
class SegmentForm;
class SegmentTableModel;

// The segment editor (docs/domain.md, "Segments"): segments in priority order with their live
// figures, the form of the selected segment with its rule, and what the priority decides (customers
// the rule matches, how many it keeps, overlaps). Edits are undoable and saved into the project.
class SegmentsPage : public QWidget
{
    Q_OBJECT

public:
    SegmentsPage(ProjectSession *session, QWidget *parent = nullptr);
    ~SegmentsPage() override;

    ProjectSession *session() const { return m_session; }
    SegmentDocument *document() const { return m_document; }
    SegmentCounter *counter() const { return m_counter; }
    QUndoStack *undoStack() const;
    // Selects a segment (and shows its form); -1 clears.
    void selectSegment(qsizetype index);
    qsizetype currentSegment() const;
    // Saves edits not yet written to the project (they are saved 0.8 s after the last one).
    void flush();
    // "Why this segment" for the customer id typed in the toolbar's search field.
    SegmentExplanationDialog *explainCustomer(const QString &id);
    // The customers of a row of the segment table (the last row: the unassigned), best first.
    CustomerListDialog *showCustomers(int row);

Q_SIGNALS:
    // The live counts of the segments were updated.
    void counted();

private:
    void projectChanged();
    void analysisChanged();
    void documentChanged();
    void showCounts();
    void addSegment();
    void removeSegment();
    void moveCurrent(int delta);
    void addTemplate(const QString &kind);
    void importSegments();
    void exportSegments();

    ProjectSession *m_session;
    SegmentDocument *m_document;
    SegmentCounter *m_counter;
    SegmentTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_customerId;
    SegmentForm *m_form;
    QLabel *m_status;
    QTimer *m_recount;
    QTimer *m_save;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
};

} // namespace Segmenta
