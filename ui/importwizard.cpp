// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importsourceeditor.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Segmenta {

namespace {

QWidget *pathRow(QWidget *parent, QLineEdit *edit, std::function<void()> browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QPushButton(QCoreApplication::translate("Segmenta::ImportWizard", "Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

const QString kFileFilter = QStringLiteral("*.csv *.txt *.tsv *.xlsx *.gz");

} // namespace

ImportWizard::ImportWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Import Files"));
    setWizardStyle(QWizard::ModernStyle);
    resize(1000, 680);
    m_customersEditor = new ImportSourceEditor(TableKind::Customers, this);
    m_transactionsEditor = new ImportSourceEditor(TableKind::Transactions, this);
    setPage(FilesPage, createFilesPage());
    setPage(CustomersPage, createSourcePage(m_customersEditor, tr("Customer list")));
    setPage(TransactionsPage, createSourcePage(m_transactionsEditor, tr("Orders")));
    setPage(DateOrderPage, createDateOrderPage());
}

QWizardPage *ImportWizard::createFilesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Which files?"));
    page->setSubTitle(tr("A customer list, an order history, or both. CSV, TXT, Excel (.xlsx) "
                         "and .gz files; GBK, Big5, UTF-8 and UTF-16 are recognised."));
    auto *form = new QFormLayout(page);
    m_customersPath = new QLineEdit(page);
    m_transactionsPath = new QLineEdit(page);
    m_projectPath = new QLineEdit(page);
    auto browseInto = [this](QLineEdit *edit, const QString &title) {
        return [this, edit, title] {
            const QString path = QFileDialog::getOpenFileName(this, title, edit->text(),
                                                              tr("Data files (%1)").arg(kFileFilter));
            if (!path.isEmpty())
                edit->setText(path);
        };
    };
    form->addRow(tr("&Customer list:"), pathRow(page, m_customersPath, browseInto(m_customersPath, tr("Customer list"))));
    form->addRow(tr("&Orders:"), pathRow(page, m_transactionsPath, browseInto(m_transactionsPath, tr("Orders"))));
    form->addRow(tr("Save the &project as:"), pathRow(page, m_projectPath, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), m_projectPath->text(),
                                                          tr("Segmenta projects (*.segmenta)"));
        if (!path.isEmpty())
            m_projectPath->setText(path);
    }));
    auto suggestProject = [this] {
        if (!m_projectPath->isModified()) {
            const QString source = m_transactionsPath->text().isEmpty() ? m_customersPath->text()
                                                                         : m_transactionsPath->text();
            if (!source.isEmpty()) {
                const QFileInfo info(source);
                m_projectPath->setText(info.dir().filePath(info.completeBaseName() + QStringLiteral(".segmenta")));
            }
        }
    };
    connect(m_customersPath, &QLineEdit::textChanged, this, suggestProject);
    connect(m_transactionsPath, &QLineEdit::textChanged, this, suggestProject);
    return page;
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
    m_customersPath->setText(customers);
    m_transactionsPath->setText(transactions);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilesPage:
        m_customersEditor->setPath(m_customersPath->text().trimmed());
        m_transactionsEditor->setPath(m_transactionsPath->text().trimmed());
        if (!m_customersPath->text().trimmed().isEmpty())
            return CustomersPage;
        if (!m_transactionsPath->text().trimmed().isEmpty())
            return TransactionsPage;
        return -1;
    case CustomersPage:
        if (!m_transactionsPath->text().trimmed().isEmpty())
            return TransactionsPage;
        [[fallthrough]];
    case TransactionsPage:
        if (!ambiguousDateColumns().isEmpty()) {
            m_dateColumns->setText(tr("Columns: %1").arg(ambiguousDateColumns().join(QStringLiteral(", "))));
            return DateOrderPage;
        }
        return -1;
    default:
        return -1;
    }
}

QStringList ImportWizard::ambiguousDateColumns() const
{
    QStringList columns;
    if (!m_customersPath->text().trimmed().isEmpty())
        columns += m_customersEditor->ambiguousDateColumns();
    if (!m_transactionsPath->text().trimmed().isEmpty())
        columns += m_transactionsEditor->ambiguousDateColumns();
    return columns;
}

DateOrder ImportWizard::chosenDateOrder() const
{
    return ambiguousDateColumns().isEmpty() ? DateOrder::Unknown : DateOrder(m_dateOrder->checkedId());
}

std::optional<TableImportOptions> ImportWizard::customers() const
{
    if (m_customersPath->text().trimmed().isEmpty())
        return std::nullopt;
    TableImportOptions o = m_customersEditor->options();
    o.dateOrder = chosenDateOrder();
    return o;
}

std::optional<TableImportOptions> ImportWizard::transactions() const
{
    if (m_transactionsPath->text().trimmed().isEmpty())
        return std::nullopt;
    TableImportOptions o = m_transactionsEditor->options();
    o.dateOrder = chosenDateOrder();
    return o;
}

QString ImportWizard::projectPath() const
{
    return m_projectPath->text().trimmed();
}

} // namespace Segmenta
