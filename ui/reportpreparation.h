// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QProgressDialog;
class QWidget;

namespace Segmenta {

class BackgroundTask;

// Waits, without blocking the GUI thread, until every chart the workshop report prints has
// been computed: pages nobody visited draw on request and their background jobs (backtest,
// drivers, cluster projection, heatmaps, health checks) run on their own threads
// (docs/architecture.md, "Never frozen"). A progress dialog names what is still running and
// offers Cancel.
class ReportPreparation : public QObject
{
    Q_OBJECT

public:
    // pages: the root of the pages (their LazyRefresh runs are flushed on each check);
    // tasks: the window's task runner (the drivers' fit waits for it).
    ReportPreparation(QWidget *pages, BackgroundTask *tasks, QWidget *dialogParent);
    ~ReportPreparation() override;

    void start();
    // What the report still waits for, in words; empty when every chart can be drawn.
    QStringList pending() const;

Q_SIGNALS:
    // Everything is computed and drawn: the report can be written now.
    void ready();
    void cancelled();

private:
    void check();

    QWidget *m_pages;
    BackgroundTask *m_tasks;
    QProgressDialog *m_dialog;
    QTimer m_poll;
    int m_total = 0;
};

} // namespace Segmenta
