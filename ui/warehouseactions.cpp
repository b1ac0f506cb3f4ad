// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouseactions.h"

#include "backgroundtask.h"
#include "messagetext.h"
#include "passwordkeychain.h"
#include "project/projectsettings.h"
#include "projectsession.h"
#include "warehousedialog.h"
#include "project/warehouseimportjob.h"
#include "warehousepasswordfield.h"
#include "warehouserefreshdialog.h"
#include "warehouse/confirmedqueries.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QJsonDocument>
#include <QSettings>
#include <QWidget>

namespace Segmenta {

namespace {
// The last source used, as WarehouseSource::toJson (no password).
const QString kLastSource = QStringLiteral("warehouse/lastSource");
} // namespace

WarehouseActions::WarehouseActions(ProjectSession *session, BackgroundTask *tasks,
                                   QWidget *window)
    : QObject(window), m_session(session), m_tasks(tasks), m_window(window)
{
    m_import = new QAction(tr("Import from Data&base…"), this);
    m_refresh = new QAction(tr("&Refresh from Database…"), this);
    m_refresh->setEnabled(false);
    connect(m_import, &QAction::triggered, this, &WarehouseActions::importFromDatabase);
    connect(m_refresh, &QAction::triggered, this, &WarehouseActions::refresh);
    auto update = [this] {
        m_refresh->setEnabled(m_session->settings().contains(ProjectSettings::kWarehouse));
    };
    connect(m_session, &ProjectSession::projectChanged, this, update);
    update();
}

bool WarehouseActions::taskRunning(const QString &title)
{
    if (!m_tasks->isRunning())
        return false;
    Q_EMIT failed(title, tr("Another task is running; try again when it is done."));
    return true;
}

void WarehouseActions::importFromDatabase()
{
    auto *dialog = new WarehouseDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The open project's source when it came from a database (its customer limit and sample
    // seed included), else the last one used.
    QJsonObject stored = m_session->settings().value(ProjectSettings::kWarehouse).toObject();
    if (stored.isEmpty())
        stored = QJsonDocument::fromJson(QSettings().value(kLastSource).toByteArray()).object();
    if (auto source = WarehouseSource::fromJson(stored))
        dialog->setSource(*source);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (taskRunning(tr("Import from Database")))
            return;
        auto job = std::make_shared<WarehouseImportJob>();
        job->source = dialog->source();
        job->password = dialog->password();
        job->projectPath = dialog->projectPath();
        QSettings().setValue(kLastSource, QJsonDocument(job->source.toJson()).toJson(QJsonDocument::Compact));
        const WarehousePasswordField *field = dialog->passwordField();
        const bool usable = field->keychainProblem().isEmpty() && !field->isLookingUp();
        const bool remember = dialog->rememberPassword();
        Q_EMIT importStarted();
        m_session->importWarehouse(job, [this, source = job->source, password = job->password, remember, usable] {
            storePassword(source, password, remember, usable);
        });
    });
    dialog->open();
}

void WarehouseActions::refresh()
{
    const QString title = tr("Refresh from Database");
    auto source = WarehouseSource::fromJson(m_session->settings().value(ProjectSettings::kWarehouse).toObject());
    if (!m_session->hasProject() || !source) {
        Q_EMIT failed(title, source ? tr("Open a project that was imported from a database first.")
                                    : messageText(source.error()));
        return;
    }
    if (ConfirmedQueries::needsConfirmation(*source))
        confirmQuery(*source);
    else
        openRefreshDialog(*source);
}

void WarehouseActions::confirmQuery(const WarehouseSource &source)
{
    // A project file from someone else can carry any SELECT to run with your password.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Refresh from Database"),
                                tr("This project runs a query you have not written or confirmed on this "
                                   "computer; it may have been changed outside Segmenta. Read it before "
                                   "running it with your password."),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("confirmQuery"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(QStringLiteral("<pre>%1</pre>").arg(ConfirmedQueries::describe(source).toHtmlEscaped()));
    QPushButton *run = box->addButton(tr("&Run This Query"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("runQuery"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, run, source](QAbstractButton *clicked) {
        if (clicked == run)
            openRefreshDialog(source);
    });
    box->open();
}

void WarehouseActions::openRefreshDialog(const WarehouseSource &source)
{
    const QString title = tr("Refresh from Database");
    auto *dialog = new WarehouseRefreshDialog(source, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source, title] {
        if (taskRunning(title))
            return;
        m_session->flushSegments(); // the refreshed project keeps the segments as they are now
        auto job = std::make_shared<WarehouseImportJob>();
        job->source = source;
        job->password = dialog->password();
        job->projectPath = m_session->path();
        job->settings = m_session->settings();
        job->snapshotName = dialog->snapshotName();
        job->refresh = true;
        const WarehousePasswordField *field = dialog->passwordField();
        const bool usable = field->keychainProblem().isEmpty() && !field->isLookingUp();
        const bool remember = dialog->rememberPassword();
        m_session->importWarehouse(job, [this, source, password = job->password, remember, usable] {
            storePassword(source, password, remember, usable);
            Q_EMIT statusMessage(tr("Refreshed from %1.").arg(source.url()));
        });
    });
    dialog->open();
}

void WarehouseActions::storePassword(const WarehouseSource &source, const QString &password,
                                     bool remember, bool keychainUsable)
{
    if (!keychainUsable)
        return; // the dialog said why already
    const QString key = PasswordKeychain::key(source);
    if (remember)
        PasswordKeychain::write(key, password, this, [this](const QString &problem) {
            if (!problem.isEmpty())
                Q_EMIT statusMessage(problem);
        });
    else
        PasswordKeychain::remove(key, this, [](const QString &) {});
}

} // namespace Segmenta
