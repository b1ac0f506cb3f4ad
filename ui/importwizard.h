// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/tableimportoptions.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace Segmenta {

class ImportSourceEditor;

// Files → layout and roles of each file with a live preview → day/month order when a date
// column cannot tell → where to save the project. The import itself runs in the background
// once the wizard is accepted.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPage, CustomersPage, TransactionsPage, DateOrderPage };

    explicit ImportWizard(QWidget *parent = nullptr);

    void setFiles(const QString &customers, const QString &transactions);
    std::optional<TableImportOptions> customers() const;
    std::optional<TableImportOptions> transactions() const;
    QString projectPath() const;

    int nextId() const override;

private:
    QWizardPage *createFilesPage();
    QWizardPage *createSourcePage(ImportSourceEditor *editor, const QString &title);
    QWizardPage *createDateOrderPage();
    QStringList ambiguousDateColumns() const;
    DateOrder chosenDateOrder() const;

    QLineEdit *m_customersPath;
    QLineEdit *m_transactionsPath;
    QLineEdit *m_projectPath;
    ImportSourceEditor *m_customersEditor;
    ImportSourceEditor *m_transactionsEditor;
    QLabel *m_dateColumns;
    QButtonGroup *m_dateOrder;
};

} // namespace Segmenta
