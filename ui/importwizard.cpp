// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importsourceeditor.h"
#include "importwizardfilespage.h"
#include "windowgeometry.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Segmenta {

ImportWizard::ImportWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Import Files"));
    setWizardStyle(QWizard::ModernStyle);
    resize(WindowGeometry::fittedSize(parent ? parent : this, QSize(1000, 680)));
    m_customersEditor = new ImportSourceEditor(TableKind::Customers, this);
    m_transactionsEditor = new ImportSourceEditor(TableKind::Transactions, this);
    m_filesPage = new ImportWizardFilesPage(m_customersEditor, m_transactionsEditor, this);
    setPage(FilesPage, m_filesPage);
    setPage(CustomersPage, createSourcePage(m_customersEditor, tr("Customer list")));
    setPage(TransactionsPage, createSourcePage(m_transactionsEditor, tr("Orders")));
    setPage(DateOrderPage, createDateOrderPage());
}

QWizardPage *ImportWizard::createSourcePage(ImportSourceEditor *editor, const QString &title)
{
    auto *page = new QWizardPage(this);
    page->setTitle(title);
    page->setSubTitle(tr("Check how the file is read and what each column means."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(editor);
    return page;
}

QWizardPage *ImportWizard::createDateOrderPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Day or month first?"));
    page->setSubTitle(tr("Some dates read both ways (05/03/2024 is 5 March or 3 May). "
                         "Segmenta does not guess: say how your system writes dates."));
    auto *layout = new QVBoxLayout(page);
    m_dateColumns = new QLabel(page);
    m_dateColumns->setWordWrap(true);
    layout->addWidget(m_dateColumns);
    m_dateOrder = new QButtonGroup(page);
    auto *dmy = new QRadioButton(tr("Day first: 05/03/2024 is 5 March 2024"), page);
    auto *mdy = new QRadioButton(tr("Month first: 05/03/2024 is May 3, 2024"), page);
    m_dateOrder->addButton(dmy, int(DateOrder::DayMonthYear));
    m_dateOrder->addButton(mdy, int(DateOrder::MonthDayYear));
    dmy->setChecked(true);
    layout->addWidget(dmy);
    layout->addWidget(mdy);
    layout->addStretch(1);
    return page;
}

void ImportWizard::setFiles(const QString &customers, const QString &transactions)
{
    m_filesPage->setFiles(customers, transactions);
}

void ImportWizard::showProblem(const QString &message)
{
    restart();
    m_filesPage->showProblem(message);
}

int ImportWizard::nextId() const
{
    const bool customers = !m_filesPage->customersPath().isEmpty();
    const bool transactions = !m_filesPage->transactionsPath().isEmpty();
    switch (currentId()) {
    case FilesPage:
        // Always a next page, so that Next is there to be enabled as soon as a file is named.
        return customers || !transactions ? CustomersPage : TransactionsPage;
    case CustomersPage:
        if (transactions)
            return TransactionsPage;
        [[fallthrough]];
    case TransactionsPage:
        return ambiguousDateColumns().isEmpty() ? -1 : DateOrderPage;
    default:
        return -1;
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == DateOrderPage)
        m_dateColumns->setText(tr("Columns: %1").arg(ambiguousDateColumns().join(QStringLiteral(", "))));
    QWizard::initializePage(id);
}

QStringList ImportWizard::ambiguousDateColumns() const
{
    QStringList columns;
    if (!m_filesPage->customersPath().isEmpty())
        columns += m_customersEditor->ambiguousDateColumns();
    if (!m_filesPage->transactionsPath().isEmpty())
        columns += m_transactionsEditor->ambiguousDateColumns();
    return columns;
}

DateOrder ImportWizard::chosenDateOrder() const
{
    return ambiguousDateColumns().isEmpty() ? DateOrder::Unknown : DateOrder(m_dateOrder->checkedId());
}

std::optional<TableImportOptions> ImportWizard::customers() const
{
    if (m_filesPage->customersPath().isEmpty())
        return std::nullopt;
    TableImportOptions o = m_customersEditor->options();
    o.dateOrder = chosenDateOrder();
    return o;
}

std::optional<TableImportOptions> ImportWizard::transactions() const
{
    if (m_filesPage->transactionsPath().isEmpty())
        return std::nullopt;
    TableImportOptions o = m_transactionsEditor->options();
    o.dateOrder = chosenDateOrder();
    return o;
}

QString ImportWizard::projectPath() const
{
    return m_filesPage->projectPath();
}

} // namespace Segmenta
