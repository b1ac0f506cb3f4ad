#include "datapage.h"

#include "columntablemodel.h"
#include "dataset.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Segmenta {

DataPage::DataPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);
    m_customers = new ColumnTableModel(this);
    m_transactions = new ColumnTableModel(this);
    for (auto [model, title] : {std::pair{m_customers, tr("Customers")},
                                std::pair{m_transactions, tr("Transactions")}}) {
        auto *view = new QTableView(m_tabs);
        view->setModel(model);
        view->setAlternatingRowColors(true);
        // Fixed row heights: the view never measures a million rows.
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setDefaultSectionSize(130);
        m_tabs->addTab(view, title);
    }
}

void DataPage::setDataset(std::shared_ptr<const Dataset> data)
{
    m_customers->setTable(data, TableKind::Customers);
    m_transactions->setTable(data, TableKind::Transactions);
    m_tabs->setTabText(0, tr("Customers (%L1)").arg(data ? data->customerCount() : 0));
    m_tabs->setTabText(1, tr("Transactions (%L1)").arg(data ? data->transactionCount() : 0));
}

} // namespace Segmenta
