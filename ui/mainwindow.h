// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshopreport.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Segmenta {

class BackgroundTask;
class DataPage;
class ExportPage;
class OverviewPage;
class ProjectSession;
class SegmentsPage;
class StartPage;
class HealthPage;
class ImportWizard;
class WarehouseActions;

// The application window: a navigation list of pages on the left, the pages on the right,
// long work shown in the status bar with a Cancel button. Each page is its own class; this
// class only wires them to the project session, the menus and the window state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Rebuilds the window in another language (English, zh_CN, zh_TW): a new window takes over
    // the open project, its analysis and the segments as saved, shows the same page, and this
    // one closes. Returns the new window (deleted on close, as this one is).
    MainWindow *switchLanguage(const QString &code);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }
    SegmentsPage *segmentsPage() const { return m_segmentsPage; }
    HealthPage *healthPage() const { return m_healthPage; }
    ExportPage *exportPage() const { return m_exportPage; }
    // File → Import from Database and Refresh from Database.
    WarehouseActions *warehouse() const { return m_warehouse; }
    BackgroundTask *tasks() const { return m_tasks; }
    void openProject(const QString &path);
    void openDemo();
    void importFiles(const QString &customers = {}, const QString &transactions = {});
    // Shows the page with this object name ("start", "data", ...); false when there is none.
    bool showPage(const QString &name);
    QStringList pageNames() const;
    // The workshop report of what the pages show now (File → Workshop Report).
    WorkshopReport workshopReport() const;
    // Computes, in the background with a progress dialog, every chart the report prints
    // (pages not visited included), then writes the report to path and calls done with the
    // error sentence (empty on success) and whether the user cancelled.
    using ReportDone = std::function<void(const QString &error, bool cancelled)>;
    void writeWorkshopReport(const QString &path, ReportDone done);
    // Errors go to handler instead of a message box (--report and --screenshot: nobody is
    // there to close the box).
    void setErrorHandler(std::function<void(const QString &title, const QString &message)> handler);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    MainWindow(BackgroundTask *tasks, ProjectSession *session);
    void setUp();
    void createPages();
    void createStatusBar();
    void connectSession();
    void createMenus();
    void addPage(QWidget *page, const QString &name, const QString &title);
    void projectChanged();
    void rememberRecent(const QString &path);
    void askForProject();
    void showError(const QString &title, const QString &message);
    void saveWorkshopReport();

    BackgroundTask *m_tasks;
    ProjectSession *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    StartPage *m_startPage;
    DataPage *m_dataPage;
    OverviewPage *m_overviewPage;
    SegmentsPage *m_segmentsPage;
    ExportPage *m_exportPage;
    HealthPage *m_healthPage;
    WarehouseActions *m_warehouse;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_taskLabel;
    bool m_showImportSummary = false;
    // The wizard whose import runs, hidden: it opens again if the import fails.
    QPointer<ImportWizard> m_importWizard;
    bool m_handedOver = false; // the project went to a window in another language
    std::function<void(const QString &, const QString &)> m_errorHandler;
};

} // namespace Segmenta
