// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/migrationmatrix.h"
#include "project/snapshotstore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Segmenta {

class BackgroundTask;
class MigrationTableModel;
class ProjectSession;

// The project's snapshots (docs/domain.md, "Segments"; docs/snapshots.md): take one of the current
// segments (the assignment the segment editor counted last), delete one, and compare two as a
// migration matrix by segment or by value tier, coloured by where each row's customers went, with
// the customers new since and gone since.
class SnapshotsPage : public QWidget
{
    Q_OBJECT

public:
    SnapshotsPage(ProjectSession *session, BackgroundTask *tasks, QWidget *parent = nullptr);

    const QList<SnapshotStore::Entry> &snapshots() const { return m_entries; }
    MigrationTableModel *migration() const { return m_model; }

    // For the buttons and for tests: saves a snapshot in the background (snapshotTaken when
    // done); an empty name means "Snapshot" and the date.
    void takeSnapshot(const QString &name = {});
    // Asks first when confirm is set.
    void deleteSnapshot(qint64 id, bool confirm = true);
    // Shows the migration from one snapshot to another (compared when done).
    void compare(qint64 from, qint64 to, MigrationMatrix::By by);

Q_SIGNALS:
    void snapshotTaken(qint64 id);
    void compared();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void compareChosen();
    void showError(const QString &text);
    qint64 selectedId() const;

    ProjectSession *m_session;
    BackgroundTask *m_tasks;
    QTableWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_take;
    QPushButton *m_delete;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_by;
    QLabel *m_summary;
    QTableView *m_table;
    MigrationTableModel *m_model;
    QList<SnapshotStore::Entry> m_entries;
    struct Request
    {
        qint64 from = 0;
        qint64 to = 0;
        MigrationMatrix::By by = MigrationMatrix::By::Segment;
    };
    std::optional<Request> m_wanted; // a comparison asked for while another task ran
};

} // namespace Segmenta
