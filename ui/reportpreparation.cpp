// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreparation.h"

#include "lazyrefresh.h"

#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

namespace Segmenta {

namespace {
constexpr int kPollMs = 50;
}

ReportPreparation::ReportPreparation(QWidget *pages, Pending pending, QWidget *dialogParent)
    : QObject(dialogParent), m_pages(pages), m_pending(std::move(pending)),
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
    const QStringList pending = m_pending();
    if (pending.isEmpty()) {
        LazyRefresh::flushAll(m_pages);
        Q_EMIT ready();
        return;
    }
    m_total = int(pending.size());
    m_dialog->setRange(0, m_total);
    m_dialog->setValue(0);
    m_dialog->show();
    m_poll.start();
    check();
}

void ReportPreparation::check()
{
    // A job that finished asks its page to draw; a drawn page may start the next job.
    LazyRefresh::flushAll(m_pages);
    const QStringList pending = m_pending();
    if (pending.isEmpty()) {
        m_poll.stop();
        m_dialog->hide();
        Q_EMIT ready();
        return;
    }
    m_total = qMax(m_total, int(pending.size()));
    m_dialog->setMaximum(m_total);
    m_dialog->setValue(m_total - int(pending.size()));
    m_dialog->setLabelText(tr("Preparing the report: waiting for %1…")
                               .arg(QLocale().createSeparatedList(pending)));
}

} // namespace Segmenta
