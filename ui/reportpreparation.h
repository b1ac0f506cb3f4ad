// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace Segmenta {

// Waits, without blocking the GUI thread, until every chart the workshop report prints has
// been computed: pages nobody visited draw on request and their background jobs (backtest,
// drivers, cluster projection, heatmaps, health checks) run on their own threads
// (docs/architecture.md, "Never frozen"). A progress dialog names what is still running and
// offers Cancel.
class ReportPreparation : public QObject
{
    Q_OBJECT

public:
    // What is still running, in words for the dialog; empty when the report can be drawn.
    using Pending = std::function<QStringList()>;

    // pages: the root whose pending LazyRefresh runs are flushed on each check.
    ReportPreparation(QWidget *pages, Pending pending, QWidget *dialogParent);
    ~ReportPreparation() override;

    void start();

Q_SIGNALS:
    // Everything is computed and drawn: the report can be written now.
    void ready();
    void cancelled();

private:
    void check();

    QWidget *m_pages;
    Pending m_pending;
    QProgressDialog *m_dialog;
    QTimer m_poll;
    int m_total = 0;
};

} // namespace Segmenta
