// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapage.h"

#include "data/dataset.h"
#include "projectsession.h"
#include "tablebrowser.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Segmenta {

DataPage::DataPage(ProjectSession *session, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);
    m_customers = new TableBrowser(TableKind::Customers, m_tabs);
    m_transactions = new TableBrowser(TableKind::Transactions, m_tabs);
    m_tabs->addTab(m_customers, tr("Customers"));
    m_tabs->addTab(m_transactions, tr("Transactions"));
    connect(session, &ProjectSession::projectChanged, this,
            [this, session] { setDataset(session->data()); });
    setDataset(session->data());
}

void DataPage::setDataset(std::shared_ptr<const Dataset> data)
{
    m_customers->setDataset(data);
    m_transactions->setDataset(data);
    m_tabs->setTabText(0, tr("Customers (%L1)").arg(data ? data->customerCount() : 0));
    m_tabs->setTabText(1, tr("Transactions (%L1)").arg(data ? data->transactionCount() : 0));
}

} // namespace Segmenta
