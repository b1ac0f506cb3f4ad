// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuepage.h"

#include "backtestpanel.h"
#include "lazyrefresh.h"
#include "lifetimepanel.h"
#include "projectsession.h"
#include "valuegroupspanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Segmenta {

ValuePage::ValuePage(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_lifetime = new LifetimePanel(session, m_tabs);
    m_groups = new ValueGroupsPanel(session, m_tabs);
    m_tabs->addTab(m_lifetime, tr("Lifetime value"));
    m_backtest = new BacktestPanel(session, m_tabs);
    m_tabs->addTab(m_groups, tr("Value groups and lifecycle"));
    m_tabs->addTab(m_backtest, tr("Backtest"));
    m_tabs->setObjectName(QStringLiteral("valueTabs"));
    layout->addWidget(m_tabs);
    // The tab shown stays shown when a language switch builds the page anew.
    m_tabs->setCurrentIndex(session->viewState(QStringLiteral("value/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, session, [session](int tab) {
        session->setViewState(QStringLiteral("value/tab"), tab);
    });
    // Charts and the backtest's fit wait until the page is shown: a hidden page's results
    // arriving on the GUI thread stalled it for a quarter of a second on a million customers.
    auto *refresh = new LazyRefresh(this, [this] {
        const auto analysis = m_session->analysis();
        m_lifetime->setAnalysis(analysis);
        m_groups->setAnalysis(analysis.get());
        m_backtest->setAnalysis(analysis.get());
    });
    connect(session, &ProjectSession::analysisChanged, refresh, &LazyRefresh::request);
}

QList<ChartFrame *> ValuePage::charts() const
{
    return m_lifetime->charts() + m_groups->charts() + m_backtest->charts();
}

} // namespace Segmenta
