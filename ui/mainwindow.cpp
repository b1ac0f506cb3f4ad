// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "backgroundtask.h"
#include "chartframe.h"
#include "clusterspage.h"
#include "currencydialog.h"
#include "datapage.h"
#include "demoproject.h"
#include "driverspage.h"
#include "exportpage.h"
#include "fileopenhandler.h"
#include "healthpage.h"
#include "heatmapwidget.h"
#include "importsummarydialog.h"
#include "importwizard.h"
#include "language.h"
#include "heatmapjob.h"
#include "lazyrefresh.h"
#include "messagetext.h"
#include "overviewpage.h"
#include "projectsession.h"
#include "reportpreparation.h"
#include "rfmpage.h"
#include "segmentspage.h"
#include "segmentdocument.h"
#include "segmenttablemodel.h"
#include "snapshotspage.h"
#include "startpage.h"
#include "valuepage.h"
#include "warehouseactions.h"
#include "windowgeometry.h"

#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace Segmenta {

namespace {
const int kMaxRecent = 8;
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_tasks = new BackgroundTask(this);
    m_session = new ProjectSession(m_tasks, this);
    setUp();
}

MainWindow::MainWindow(BackgroundTask *tasks, ProjectSession *session)
    : m_tasks(tasks), m_session(session)
{
    m_tasks->setParent(this);
    m_session->setParent(this);
    setUp();
}

MainWindow *MainWindow::switchLanguage(const QString &code)
{
    const QString page = pageNames().value(m_navigation->currentRow());
    Language::setCurrent(code);
    Language::install(*qApp, code);
    // Nothing of this window may react to the project any more; the segments being edited,
    // their undo history and counts stay with the session for the next window.
    m_session->disconnectViews(this);
    m_tasks->disconnect();
    auto *next = new MainWindow(m_tasks, m_session);
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->restoreGeometry(saveGeometry());
    if (isFullScreen())
        next->showFullScreen();
    else
        next->show();
    if (m_session->hasProject()) {
        Q_EMIT m_session->projectChanged();
        Q_EMIT m_session->analysisChanged();
    }
    next->showPage(page);
    m_handedOver = true;
    setAttribute(Qt::WA_DeleteOnClose);
    close();
    return next;
}

void MainWindow::setUp()
{
    setWindowTitle(tr("Segmenta"));
    setAcceptDrops(true);
    // Documents opened by macOS come as events to the application; the handler goes with
    // this window (a language switch installs the next window's own).
    qApp->installEventFilter(new FileOpenHandler(this));

    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(220);
    m_pages = new QStackedWidget(splitter);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1080});
    setCentralWidget(splitter);

    createPages();
    createStatusBar();
    connectSession();
    createMenus();
    QSettings settings;
    WindowGeometry::restore(this, QStringLiteral("window"), QSize(1280, 800));
    m_startPage->setRecentProjects(settings.value(QStringLiteral("recent")).toStringList());
    m_navigation->setCurrentRow(0);
}

// Every page but the start page gets its inputs one way: it reads and listens to the session.
void MainWindow::createPages()
{
    m_startPage = new StartPage(m_pages);
    m_dataPage = new DataPage(m_session, m_pages);
    m_overviewPage = new OverviewPage(m_session, m_pages);
    addPage(m_startPage, QStringLiteral("start"), tr("Start"));
    addPage(m_dataPage, QStringLiteral("data"), tr("Data"));
    m_segmentsPage = new SegmentsPage(m_session, m_pages);
    addPage(m_overviewPage, QStringLiteral("overview"), tr("Overview"));
    addPage(new RfmPage(m_session, m_pages), QStringLiteral("rfm"), tr("RFM"));
    addPage(new ValuePage(m_session, m_pages), QStringLiteral("value"), tr("Value & CLV"));
    addPage(new DriversPage(m_session, m_tasks, m_pages), QStringLiteral("drivers"), tr("Drivers"));
    auto *clustersPage = new ClustersPage(m_session, m_pages);
    addPage(clustersPage, QStringLiteral("clusters"), tr("Clusters"));
    addPage(m_segmentsPage, QStringLiteral("segments"), tr("Segments"));
    m_healthPage = new HealthPage(m_session, m_pages);
    addPage(m_healthPage, QStringLiteral("health"), tr("Health"));
    addPage(new SnapshotsPage(m_session, m_tasks, m_pages), QStringLiteral("history"),
            tr("Snapshots"));
    m_exportPage = new ExportPage(m_session, m_tasks, m_pages);
    addPage(m_exportPage, QStringLiteral("export"), tr("Export"));
    // Pages hold no pointer to each other: the window goes from a finding to its segment.
    const auto showSegment = [this](qsizetype index) {
        showPage(QStringLiteral("segments"));
        m_segmentsPage->selectSegment(index);
    };
    connect(m_healthPage, &HealthPage::segmentRequested, this, showSegment);
    connect(clustersPage, &ClustersPage::segmentRequested, this, showSegment);
    connect(m_exportPage, &ExportPage::failed, this,
            [this](const QString &message) { showError(tr("Export"), message); });
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

void MainWindow::createStatusBar()
{
    m_taskLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel"), this);
    statusBar()->addPermanentWidget(m_taskLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    const QList<QWidget *> taskWidgets{m_taskLabel, m_progress, m_cancel};
    for (QWidget *w : taskWidgets)
        w->hide();
    connect(m_cancel, &QPushButton::clicked, m_tasks, &BackgroundTask::cancel);
    connect(m_tasks, &BackgroundTask::started, this, [this, taskWidgets](const QString &title) {
        m_taskLabel->setText(title + QStringLiteral("…"));
        m_progress->setValue(0);
        for (QWidget *w : taskWidgets)
            w->show();
    });
    connect(m_tasks, &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_tasks, &BackgroundTask::finished, this, [this, taskWidgets](bool cancelled) {
        for (QWidget *w : taskWidgets)
            w->hide();
        if (cancelled)
            statusBar()->showMessage(tr("Cancelled."), 4000);
    });
}

void MainWindow::connectSession()
{
    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::projectChanged);
    connect(m_session, &ProjectSession::failed, this, &MainWindow::showError);
    connect(m_startPage, &StartPage::openRequested, this, [this](const QString &path) {
        path.isEmpty() ? askForProject() : openProject(path);
    });
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::importRequested, this, [this] { importFiles(); });
    m_warehouse = new WarehouseActions(m_session, m_tasks, this);
    connect(m_startPage, &StartPage::databaseRequested, m_warehouse, &WarehouseActions::importFromDatabase);
    connect(m_warehouse, &WarehouseActions::importStarted, this, [this] { m_showImportSummary = true; });
    connect(m_warehouse, &WarehouseActions::failed, this, &MainWindow::showError);
    connect(m_warehouse, &WarehouseActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

MainWindow::~MainWindow()
{
    if (!m_handedOver)
        m_session->flushSegments(); // while the session still exists
}

void MainWindow::addPage(QWidget *page, const QString &name, const QString &title)
{
    page->setObjectName(name);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, name);
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2));
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_pages->count(); ++i)
        names.append(m_pages->widget(i)->objectName());
    return names;
}

bool MainWindow::showPage(const QString &name)
{
    const int index = int(pageNames().indexOf(name));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import Files…"), QKeySequence(tr("Ctrl+I")), this, [this] { importFiles(); });
    file->addAction(m_warehouse->importAction());
    file->addAction(m_warehouse->refreshAction());
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::askForProject);
    file->addAction(tr("Open the &Demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(tr("&Workshop Report…"), QKeySequence(tr("Ctrl+Shift+P")), this,
                    &MainWindow::saveWorkshopReport);
    file->addAction(tr("Project C&urrency…"), this,
                    [this] { CurrencyDialog::change(m_session, this); });
    file->addSeparator();
    file->addAction(tr("&Close Project"), QKeySequence::Close, m_session, &ProjectSession::close);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->segments()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->segments()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Presentation Mode"), QKeySequence::FullScreen, this,
                    [this] { isFullScreen() ? showNormal() : showFullScreen(); });

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    for (const QString &code : Language::available()) {
        QAction *a = language->addAction(Language::displayName(code));
        a->setCheckable(true);
        a->setChecked(code == Language::current());
        languages->addAction(a);
        // Queued: the menu that triggered the switch belongs to this window, which closes.
        connect(a, &QAction::triggered, this, [this, code] {
            if (code != Language::current())
                QMetaObject::invokeMethod(this, [this, code] { switchLanguage(code); },
                                          Qt::QueuedConnection);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Segmenta"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::askForProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Segmenta projects (*.segmenta)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openProject(const QString &path)
{
    m_session->open(path);
}

void MainWindow::importFiles(const QString &customers, const QString &transactions)
{
    auto *wizard = new ImportWizard(this);
    wizard->setFiles(customers, transactions);
    // Kept while its import runs: a failed import opens it again with the paths as typed and
    // the reason on its first page (showError), a cancelled one lets it go.
    connect(wizard, &QDialog::rejected, wizard, &QObject::deleteLater);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        m_showImportSummary = true;
        m_importWizard = wizard;
        m_session->importFiles(wizard->customers(), wizard->transactions(), wizard->projectPath());
    });
    connect(m_tasks, &BackgroundTask::finished, wizard, [this, wizard](bool cancelled) {
        if (cancelled && m_importWizard == wizard) {
            m_importWizard = nullptr;
            wizard->deleteLater();
        }
    });
    wizard->open();
}

void MainWindow::openDemo()
{
    DemoProject::open(m_session, m_tasks, this);
}

void MainWindow::projectChanged()
{
    if (m_importWizard) // its import succeeded
        std::exchange(m_importWizard, nullptr)->deleteLater();
    const auto data = m_session->data();
    if (!data) {
        setWindowTitle(tr("Segmenta"));
        showPage(QStringLiteral("start"));
        return;
    }
    const QString name = QFileInfo(m_session->path()).fileName();
    setWindowTitle(tr("%1 – Segmenta").arg(name));
    statusBar()->showMessage(tr("%1: %L2 customers, %L3 transactions")
                                 .arg(name)
                                 .arg(data->customerCount())
                                 .arg(data->transactionCount()));
    rememberRecent(m_session->path());
    showPage(QStringLiteral("data"));
    if (m_showImportSummary) {
        m_showImportSummary = false;
        auto *summary = new ImportSummaryDialog(data->imports, this);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        summary->open();
    }
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recent"), recent);
    m_startPage->setRecentProjects(recent);
}

namespace {

bool hasNothingToShow(QWidget *chart)
{
    if (auto *view = qobject_cast<QChartView *>(chart))
        return view->chart() && view->chart()->series().isEmpty();
    if (auto *heatmap = qobject_cast<HeatmapWidget *>(chart))
        return heatmap->data().isEmpty();
    return false;
}

} // namespace

WorkshopReport MainWindow::workshopReport() const
{
    LazyRefresh::flushAll(m_pages); // pages nobody has looked at draw their charts now
    // Heatmaps are aggregated off the GUI thread: the report prints them, not "Working…".
    for (HeatmapJob *job : m_pages->findChildren<HeatmapJob *>())
        job->waitForFinished();
    WorkshopReport report;
    report.project = QFileInfo(m_session->path()).completeBaseName();
    report.keyFiguresHtml = m_overviewPage->figuresHtml();
    // Every chart of the analysis pages, in page order; the data page's column profile is a
    // tool, not a finding.
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        if (page == m_dataPage)
            continue;
        for (ChartFrame *frame : page->findChildren<ChartFrame *>()) {
            // A chart with no series has nothing to show a client (a backtest on data that
            // covers too short a time): left out rather than printed as an empty box
            // (docs/user/pages.md, "Other").
            if (hasNothingToShow(frame->chart()))
                continue;
            report.charts.append({frame->name(), frame->chart()});
        }
    }
    report.segments = m_segmentsPage->findChild<SegmentTableModel *>();
    m_healthPage->waitForChecks(); // the findings of the segments as they are now
    for (const HealthFinding &f : m_healthPage->findings())
        report.findings.append({f.segment, messageText(f.reason), int(f.severity)});
    report.healthSummary = m_healthPage->summary();
    return report;
}

void MainWindow::writeWorkshopReport(const QString &path,
                                     ReportDone done)
{
    if (!m_session->analysis()) {
        done(tr("Open a project and let the analysis finish first."), false);
        return;
    }
    // Pages nobody has visited fit and draw now (docs/user/pages.md, "Workshop report").
    for (DriversPage *page : m_pages->findChildren<DriversPage *>())
        page->fitIfNeeded();
    auto *preparation = new ReportPreparation(m_pages, m_tasks, this);
    connect(preparation, &ReportPreparation::ready, this, [this, preparation, path, done] {
        preparation->deleteLater();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QString error = workshopReport().write(path);
        QApplication::restoreOverrideCursor();
        done(error, false);
    });
    connect(preparation, &ReportPreparation::cancelled, this, [preparation, done] {
        preparation->deleteLater();
        done(tr("The report was cancelled."), true);
    });
    preparation->start();
}

void MainWindow::saveWorkshopReport()
{
    if (!m_session->analysis()) {
        showError(tr("Workshop Report"), tr("Open a project and let the analysis finish first."));
        return;
    }
    const QString suggested = QFileInfo(m_session->path()).absolutePath() + u'/'
                              + QFileInfo(m_session->path()).completeBaseName()
                              + tr(" workshop report") + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Workshop Report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    writeWorkshopReport(path, [this, path](const QString &error, bool cancelled) {
        if (cancelled)
            statusBar()->showMessage(error, 6000);
        else if (!error.isEmpty())
            showError(tr("Workshop Report"), error);
        else
            statusBar()->showMessage(tr("Report saved: %1").arg(path), 6000);
    });
}

void MainWindow::setErrorHandler(std::function<void(const QString &, const QString &)> handler)
{
    m_errorHandler = std::move(handler);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (m_errorHandler) {
        m_errorHandler(title, message);
        return;
    }
    if (m_importWizard) { // the import it started failed: said where the paths can be changed
        m_showImportSummary = false;
        ImportWizard *wizard = std::exchange(m_importWizard, nullptr);
        wizard->showProblem(message);
        wizard->open();
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_handedOver) {
        m_session->flushSegments();
        WindowGeometry::save(this, QStringLiteral("window"));
        m_tasks->cancel();
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList dataFiles;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QStringLiteral(".segmenta"), Qt::CaseInsensitive)) {
            openProject(path);
            return;
        }
        if (!path.isEmpty())
            dataFiles.append(path);
    }
    // Two files: the smaller one is taken for the customer list; the wizard shows both.
    if (dataFiles.size() == 1) {
        importFiles(QString(), dataFiles.first());
    } else if (dataFiles.size() >= 2) {
        std::sort(dataFiles.begin(), dataFiles.end(), [](const QString &a, const QString &b) {
            return QFileInfo(a).size() < QFileInfo(b).size();
        });
        importFiles(dataFiles[0], dataFiles[1]);
    }
}

} // namespace Segmenta
