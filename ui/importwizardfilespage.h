// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;

namespace Segmenta {

class ImportSourceEditor;

// The import wizard's first page: which files, and where to save the project. Next is offered
// as soon as a file and the project are named (typed or browsed); pressing it reads the files
// into the editors of the next pages, and what is wrong (a missing file, a folder that does not
// exist) is said on this page, with the typed paths kept.
class ImportWizardFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardFilesPage(ImportSourceEditor *customers, ImportSourceEditor *transactions,
                          QWidget *parent = nullptr);

    void setFiles(const QString &customers, const QString &transactions);
    QString customersPath() const;
    QString transactionsPath() const;
    QString projectPath() const;
    // Says message on the page (an import that failed after the wizard closed).
    void showProblem(const QString &message);

    bool isComplete() const override;
    bool validatePage() override;

private:
    QLineEdit *addPathRow(const QString &label, const std::function<void(QLineEdit *)> &browse);
    void suggestProject();

    ImportSourceEditor *m_customersEditor;
    ImportSourceEditor *m_transactionsEditor;
    QLineEdit *m_customersPath;
    QLineEdit *m_transactionsPath;
    QLineEdit *m_projectPath;
    QLabel *m_problem;
};

} // namespace Segmenta
