#include "mainwindow.h"

#include "columntablemodel.h"
#include "dataset.h"
#include "projectfile.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Segmenta {

struct MainWindow::Pending
{
    std::optional<Result<ProjectContents>> result;
};

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Segmenta"));
    resize(1200, 800);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(tr("Open a project to begin."), central);
    layout->addWidget(m_summary);
    m_pages = new QTabWidget(central);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_customersModel = new ColumnTableModel(this);
    m_transactionsModel = new ColumnTableModel(this);
    for (auto [model, title] : {std::pair{m_customersModel, tr("Customers")},
                                std::pair{m_transactionsModel, tr("Transactions")}}) {
        auto *view = new QTableView(m_pages);
        view->setModel(model);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setDefaultSectionSize(140);
        m_pages->addTab(view, title);
    }
    createMenus();
    connect(&m_loadWatcher, &QFutureWatcher<void>::finished, this, &MainWindow::projectLoaded);
}

MainWindow::~MainWindow()
{
    m_loadWatcher.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Project…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                          tr("Segmenta projects (*.segmenta)"));
        if (!path.isEmpty())
            openProject(path);
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::openProject(const QString &path)
{
    if (m_loadWatcher.isRunning())
        return;
    m_loadingPath = path;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    m_loadWatcher.setFuture(QtConcurrent::run([pending, path] {
        pending->result = ProjectFile::load(path);
    }));
}

void MainWindow::projectLoaded()
{
    if (!m_pending || !m_pending->result)
        return;
    auto &result = *m_pending->result;
    if (!result) {
        statusBar()->clearMessage();
        const Message &m = result.error();
        QMessageBox::warning(this, tr("Open Project"),
                             m.format(QCoreApplication::translate(m.context(), m.source())));
        return;
    }
    auto dataset = std::make_shared<Dataset>(std::move(result->data));
    m_dataset = dataset;
    m_customersModel->setTable(dataset, TableKind::Customers);
    m_transactionsModel->setTable(dataset, TableKind::Transactions);
    m_summary->setText(tr("%1: %L2 customers, %L3 transactions")
                           .arg(QFileInfo(m_loadingPath).fileName())
                           .arg(dataset->customerCount())
                           .arg(dataset->transactionCount()));
    setWindowTitle(tr("%1 – Segmenta").arg(QFileInfo(m_loadingPath).fileName()));
    statusBar()->showMessage(tr("Opened %1").arg(m_loadingPath), 5000);
}

} // namespace Segmenta
