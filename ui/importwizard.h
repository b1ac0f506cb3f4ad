// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/tableimportoptions.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QLabel;

namespace Segmenta {

class ImportSourceEditor;
class ImportWizardFilesPage;

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
    // Back on the first page with the paths as they were and message said there: the import
    // failed after the wizard closed.
    void showProblem(const QString &message);

    // Asks nothing of the files: which pages follow depends on which files are named and what
    // the previews found (read when Next leaves the files page, see ImportWizardFilesPage).
    int nextId() const override;

protected:
    void initializePage(int id) override;

private:
    QWizardPage *createSourcePage(ImportSourceEditor *editor, const QString &title);
    QWizardPage *createDateOrderPage();
    QStringList ambiguousDateColumns() const;
    DateOrder chosenDateOrder() const;

    ImportWizardFilesPage *m_filesPage;
    ImportSourceEditor *m_customersEditor;
    ImportSourceEditor *m_transactionsEditor;
    QLabel *m_dateColumns;
    QButtonGroup *m_dateOrder;
};

} // namespace Segmenta
