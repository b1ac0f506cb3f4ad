#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace Segmenta {

class ColumnTableModel;
class Dataset;
struct ProjectContents;

// The application window. Pages are added as the analysis issues land; for now it opens a
// project off the GUI thread and shows its customers and transactions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProject(const QString &path);

private:
    void createMenus();
    void projectLoaded();

    QTabWidget *m_pages = nullptr;
    QLabel *m_summary = nullptr;
    ColumnTableModel *m_customersModel = nullptr;
    ColumnTableModel *m_transactionsModel = nullptr;
    QString m_loadingPath;
    std::shared_ptr<const Dataset> m_dataset;
    QFutureWatcher<void> m_loadWatcher;
    struct Pending;
    std::shared_ptr<Pending> m_pending;
};

} // namespace Segmenta
