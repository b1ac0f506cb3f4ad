// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class QLabel;
class QTableView;

namespace Segmenta {

class CustomerFields;
class CustomerListModel;
class ProjectSession;
class SegmentExplanationDialog;

// "The customers behind it": opened when a bar, a cell or a layer of a chart is clicked.
// Shows those customers with every field (sortable by any column) and saves them as CSV; "Why
// This Segment?" (button, context menu or double-click) explains the selected customer's
// segment from the session's latest count of the segments.
class CustomerListDialog : public QDialog
{
    Q_OBJECT

public:
    // rows: row numbers into the customer table. title says what was clicked, e.g.
    // "Gold tier" or "R = 5, F = 3".
    // The customers are shown with the session's current fields.
    CustomerListDialog(ProjectSession *session, std::vector<qint32> rows, const QString &title,
                       QWidget *parent = nullptr);

    // Opens a non-modal dialog (deleted on close) unless rows is empty or there are no fields.
    static CustomerListDialog *show(ProjectSession *session, std::vector<qint32> rows,
                                    const QString &title, QWidget *parent);

    CustomerListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Explains the segment of the customer in the current row of the table.
    SegmentExplanationDialog *explainCurrent();

private:
    void saveCsv();

    ProjectSession *m_session;
    std::shared_ptr<const CustomerFields> m_fields;
    CustomerListModel *m_model;
    QTableView *m_view;
    QString m_title;
};

} // namespace Segmenta
