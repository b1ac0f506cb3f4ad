// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clusters/attributeclustering.h"
#include "analysis/clusters/groupprofile.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Segmenta {

class Dataset;
class ProjectSession;
class TaskControl;

// Groups on the attributes the manager ticks (docs/clusters.md): found in the background with
// progress and cancel, shown with an editable suggested name, their value and what sets them
// apart; "Make Segment" adds the selected group to the segments as a rule with a description
// and asks, through segmentMade, to be taken to it.
class AttributeGroupsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeGroupsPanel(ProjectSession *session, QWidget *parent = nullptr);
    ~AttributeGroupsPanel() override;

    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void groupsReady();
    // A group became the segment at this index (the window shows it on the Segments page).
    void segmentMade(qsizetype index);

private:
    struct Outcome
    {
        std::optional<AttributeClustering> clustering;
        std::vector<GroupProfile> groups;
        Message error;
    };

    void projectChanged();
    void findGroups();
    void cancel();
    void showOutcome();
    void makeSegment();

    ProjectSession *m_session;
    QListWidget *m_attributes;
    QPushButton *m_find;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_groups;
    QPushButton *m_make;
    QThreadPool m_pool;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    std::shared_ptr<TaskControl> m_control;
    std::shared_ptr<Outcome> m_outcome;
    std::shared_ptr<const Dataset> m_data; // the data the attribute list and groups are of
    bool m_running = false;
};

} // namespace Segmenta
