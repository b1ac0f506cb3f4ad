// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/healthfinding.h"
#include "segments/segmenthealth.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace Segmenta {

class ProjectSession;
struct SegmentCounts;

// The health checks (docs/health-checks.md) over the segments being edited: each finding with its
// reason and numbers, re-run whenever the live counts change. The checks read every customer
// (tiers, growth, lifetime, activity vs assets), so they run on a thread of their own; each run
// carries a generation number and a result older than the latest request is dropped, as the
// segment counter does. While they run the previous findings stay, greyed, under a busy bar.
class HealthPage : public QWidget
{
    Q_OBJECT

public:
    using Checks = std::function<QList<HealthFinding>(const HealthInput &, const HealthOptions &)>;

    HealthPage(ProjectSession *session, QWidget *parent = nullptr);
    ~HealthPage() override;

    // The codes of the findings shown (for tests).
    QStringList findingCodes() const;
    // What the page shows, for the workshop report.
    QList<HealthFinding> findings() const { return m_findings; }
    QString summary() const;
    bool isChecking() const { return m_watcher.isRunning(); }
    // Waits for the checks under way and shows their findings (the workshop report does, so
    // that it prints the findings of the current segments).
    void waitForChecks();
    // What the checks read of a count; valid: its segments whose rules compiled (it points
    // into both, which must outlive it).
    static HealthInput inputOf(const SegmentCounts &counts, const Segmentation &valid);
    // Replaces SegmentHealth::run (tests: to hold a run back and see its result dropped).
    void setChecks(Checks checks) { m_checks = std::move(checks); }

Q_SIGNALS:
    void segmentRequested(qsizetype index);
    // Findings of the latest count are shown (also when there was nothing to check).
    void checked();

private:
    struct Outcome
    {
        quint64 generation = 0;
        QList<HealthFinding> findings;
        int invalid = 0; // segments left out for a rule error
    };

    void refresh();
    void finished();
    void show(const Outcome &outcome);
    void setBusy(bool busy);

    ProjectSession *m_session;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QTreeWidget *m_list;
    QLabel *m_detail; // the current finding in full
    QList<HealthFinding> m_findings;
    Checks m_checks;
    QThreadPool m_pool; // one thread of our own: the checks use computePool() inside
    QFutureWatcher<Outcome> m_watcher;
    quint64 m_generation = 0; // of the latest request
    quint64 m_shown = 0;      // of the outcome on screen
    bool m_pending = false;   // counted again while a run was under way
};

} // namespace Segmenta
