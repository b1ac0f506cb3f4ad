// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreparation.h"

#include "backgroundtask.h"
#include "backtestpanel.h"
#include "clusterspage.h"
#include "driverspage.h"
#include "healthpage.h"
#include "heatmapjob.h"
#include "lazyrefresh.h"

#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

namespace Segmenta {

namespace {

constexpr int kPollMs = 50;

bool healthChecking(const QWidget *pages)
{
    for (const HealthPage *page : pages->findChildren<HealthPage *>())
        if (page->isChecking())
            return true;
    return false;
}

} // namespace

ReportPreparation::ReportPreparation(QWidget *pages, BackgroundTask *tasks, QWidget *dialogParent)
    : QObject(dialogParent), m_pages(pages), m_tasks(tasks),
      m_dialog(new QProgressDialog(dialogParent))
{
    m_dialog->setObjectName(QStringLiteral("reportPreparation"));
    m_dialog->setWindowTitle(tr("Workshop Report"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->reset(); // no dialog until start()
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ReportPreparation::check);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_poll.stop();
        m_dialog->hide();
        Q_EMIT cancelled();
    });
}

ReportPreparation::~ReportPreparation()
{
    delete m_dialog;
}

void ReportPreparation::start()
{
    // Pages draw what they have and start the jobs they need.
    LazyRefresh::flushAll(m_pages);
    const QStringList waiting = pending();
    if (waiting.isEmpty()) {
        LazyRefresh::flushAll(m_pages);
        Q_EMIT ready();
        return;
    }
    m_total = int(waiting.size());
    m_dialog->setRange(0, m_total);
    m_dialog->setValue(0);
    m_dialog->show();
    m_poll.start();
    check();
}

QStringList ReportPreparation::pending() const
{
    QStringList pending;
    if (m_tasks->isRunning())
        pending << m_tasks->title();
    for (const HeatmapJob *job : m_pages->findChildren<HeatmapJob *>())
        if (job->isBusy()) {
            pending << tr("the heatmaps");
            break;
        }
    for (const BacktestPanel *panel : m_pages->findChildren<BacktestPanel *>())
        if (panel->isBusy())
            pending << tr("the backtest");
    for (const DriversPage *page : m_pages->findChildren<DriversPage *>())
        if (page->isFitting() && !m_tasks->isRunning())
            pending << tr("the drivers");
    for (const ClustersPage *page : m_pages->findChildren<ClustersPage *>())
        if (page->isBusy())
            pending << tr("the clusters");
    if (healthChecking(m_pages))
        pending << tr("the health checks");
    return pending;
}

void ReportPreparation::check()
{
    // A job that finished asks its page to draw; a drawn page may start the next job.
    LazyRefresh::flushAll(m_pages);
    const QStringList waiting = pending();
    if (waiting.isEmpty()) {
        m_poll.stop();
        m_dialog->hide();
        Q_EMIT ready();
        return;
    }
    m_total = qMax(m_total, int(waiting.size()));
    m_dialog->setMaximum(m_total);
    m_dialog->setValue(m_total - int(waiting.size()));
    m_dialog->setLabelText(tr("Preparing the report: waiting for %1…")
                               .arg(QLocale().createSeparatedList(waiting)));
}

} // namespace Segmenta
