// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardfilespage.h"

#include "importsourceeditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Segmenta {

namespace {

const QString kFileFilter = QStringLiteral("*.csv *.txt *.tsv *.xlsx *.gz");

} // namespace

ImportWizardFilesPage::ImportWizardFilesPage(ImportSourceEditor *customers,
                                             ImportSourceEditor *transactions, QWidget *parent)
    : QWizardPage(parent), m_customersEditor(customers), m_transactionsEditor(transactions)
{
    setTitle(tr("Which files?"));
    setSubTitle(tr("A customer list, an order history, or both. CSV, TXT, Excel (.xlsx) "
                         "and .gz files; GBK, Big5, UTF-8 and UTF-16 are recognised."));
    new QFormLayout(this);
    auto openFile = [this](const QString &title) {
        return [this, title](QLineEdit *edit) {
            const QString path = QFileDialog::getOpenFileName(
                this, title, edit->text(), tr("Data files (%1)").arg(kFileFilter));
            if (!path.isEmpty())
                edit->setText(QDir::toNativeSeparators(path));
        };
    };
    m_customersPath = addPathRow(tr("&Customer list:"), openFile(tr("Customer list")));
    m_transactionsPath = addPathRow(tr("&Orders:"), openFile(tr("Orders")));
    m_projectPath = addPathRow(tr("Save the &project as:"), [this](QLineEdit *edit) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), edit->text(),
                                                          tr("Segmenta projects (*.segmenta)"));
        if (!path.isEmpty()) {
            edit->setText(QDir::toNativeSeparators(path));
            edit->setModified(true); // chosen: no longer follows the data files
        }
    });
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    static_cast<QFormLayout *>(layout())->addRow(m_problem);
    connect(m_customersPath, &QLineEdit::textChanged, this, &ImportWizardFilesPage::suggestProject);
    connect(m_transactionsPath, &QLineEdit::textChanged, this, &ImportWizardFilesPage::suggestProject);
    for (QLineEdit *edit : {m_customersPath, m_transactionsPath, m_projectPath})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

// A label whose mnemonic reaches the line edit (not the row around it), the edit and its
// Browse… button.
QLineEdit *ImportWizardFilesPage::addPathRow(const QString &label,
                                             const std::function<void(QLineEdit *)> &browse)
{
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    rowLayout->addWidget(edit, 1);
    auto *button = new QPushButton(tr("Browse…"), row);
    connect(button, &QPushButton::clicked, this, [edit, browse] { browse(edit); });
    rowLayout->addWidget(button);
    auto *text = new QLabel(label, this);
    text->setBuddy(edit);
    static_cast<QFormLayout *>(layout())->addRow(text, row);
    return edit;
}

void ImportWizardFilesPage::suggestProject()
{
    if (m_projectPath->isModified())
        return;
    const QString source = transactionsPath().isEmpty() ? customersPath() : transactionsPath();
    if (source.isEmpty())
        return;
    const QFileInfo info(source);
    m_projectPath->setText(QDir::toNativeSeparators(
        info.dir().filePath(info.completeBaseName() + QStringLiteral(".segmenta"))));
}

void ImportWizardFilesPage::setFiles(const QString &customers, const QString &transactions)
{
    m_customersPath->setText(QDir::toNativeSeparators(customers));
    m_transactionsPath->setText(QDir::toNativeSeparators(transactions));
}

QString ImportWizardFilesPage::customersPath() const
{
    return QDir::fromNativeSeparators(m_customersPath->text().trimmed());
}

QString ImportWizardFilesPage::transactionsPath() const
{
    return QDir::fromNativeSeparators(m_transactionsPath->text().trimmed());
}

QString ImportWizardFilesPage::projectPath() const
{
    return QDir::fromNativeSeparators(m_projectPath->text().trimmed());
}

void ImportWizardFilesPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool ImportWizardFilesPage::isComplete() const
{
    return (!customersPath().isEmpty() || !transactionsPath().isEmpty()) && !projectPath().isEmpty();
}

bool ImportWizardFilesPage::validatePage()
{
    // The editors read the files now, so the next pages show them; a file that cannot be read
    // stops here rather than after the wizard has closed.
    m_customersEditor->setPath(customersPath());
    m_transactionsEditor->setPath(transactionsPath());
    QStringList problems;
    for (const ImportSourceEditor *editor : {m_customersEditor, m_transactionsEditor})
        if (!editor->path().isEmpty() && !editor->problem().isEmpty())
            problems.append(editor->problem());
    const QFileInfo project(projectPath());
    if (!project.absoluteDir().exists())
        problems.append(QCoreApplication::translate("Segmenta::Project", "The folder “%1” does not exist.")
                            .arg(QDir::toNativeSeparators(project.absolutePath())));
    showProblem(problems.join(u'\n'));
    return problems.isEmpty();
}

} // namespace Segmenta
