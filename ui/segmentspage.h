// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace Segmenta {

class CustomerListDialog;
class ProjectSession;
class SegmentDocument;
class SegmentExplanationDialog;
class SegmentForm;
class SegmentTableModel;

// The segment editor (docs/domain.md, "Segments"): segments in priority order with their live
// figures, the form of the selected segment with its rule, and what the priority decides
// (customers the rule matches, how many it keeps, overlaps). A view of the session's segments:
// edits go to its document (undoable, saved into the project by the session), counts come from
// its counter.
class SegmentsPage : public QWidget
{
    Q_OBJECT

public:
    SegmentsPage(ProjectSession *session, QWidget *parent = nullptr);
    ~SegmentsPage() override;

    ProjectSession *session() const { return m_session; }
    // Selects a segment (and shows its form); -1 clears.
    void selectSegment(qsizetype index);
    qsizetype currentSegment() const;
    // "Why this segment" for the customer id typed in the toolbar's search field.
    SegmentExplanationDialog *explainCustomer(const QString &id);
    // The customers of a row of the segment table (the last row: the unassigned), best first.
    CustomerListDialog *showCustomers(int row);

private:
    // The constructor's steps.
    QToolBar *createToolBar();
    QWidget *createExplainBar();
    QWidget *createTable(QWidget *parent);
    QWidget *createDetail(QWidget *parent);
    void followDocument();

    void projectChanged();
    void analysisChanged();
    void showCounts();
    void addSegment();
    void removeSegment();
    void moveCurrent(int delta);
    void addTemplate(const QString &kind);
    void importSegments();
    void exportSegments();

    ProjectSession *m_session;
    SegmentDocument *m_document; // the session's
    SegmentTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_customerId;
    SegmentForm *m_form;
    QLabel *m_status;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
};

} // namespace Segmenta
