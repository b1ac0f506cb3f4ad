// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/query/columnprofile.h"
#include "data/table.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Segmenta {

class ColumnProfileView;
class ColumnTableModel;
class Dataset;

// One imported table on the data page: the rows (a model over the columns), a quick filter
// on one column, sorting by a header click, and the profile of the current column. Filtering
// and sorting 7M rows takes a second, so it runs on a thread of its own; each request carries
// a generation number and a result older than the latest request is dropped (as DB Browser
// for SQLite's row loader), so typing in the filter box never queues work behind it.
class TableBrowser : public QWidget
{
    Q_OBJECT

public:
    TableBrowser(TableKind kind, QWidget *parent = nullptr);
    ~TableBrowser() override;

    void setDataset(std::shared_ptr<const Dataset> data);
    ColumnTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ColumnProfileView *profileView() const { return m_profile; }
    // Filters on a column by its index (the filter box's syntax: RowFilter); empty text: none.
    void setFilter(int column, const QString &text);
    void sortBy(int column, Qt::SortOrder order);
    void showProfile(int column);
    bool isBusy() const { return m_rowsWatcher.isRunning() || m_profileWatcher.isRunning(); }

Q_SIGNALS:
    // The rows shown changed (filter or sort applied).
    void rowsChanged();
    void profileShown();

private:
    void fitHeaders();
    struct Rows
    {
        quint64 generation = 0;
        std::shared_ptr<const std::vector<qint32>> rows;
    };
    struct Profile
    {
        quint64 generation = 0;
        int column = -1;
        ColumnProfile profile;
    };

    void refreshRows();
    void rowsReady();
    void refreshProfile();
    void profileReady();

    TableKind m_kind;
    std::shared_ptr<const Dataset> m_data;
    ColumnTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_filterColumn;
    QLineEdit *m_filter;
    QLabel *m_status;
    ColumnProfileView *m_profile;
    QTimer m_filterDelay;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_profileColumn = -1;
    // Read by the worker to skip requests already superseded.
    std::atomic<quint64> m_generation{0};
    std::atomic<quint64> m_profileGeneration{0};
    QThreadPool m_pool;
    QFutureWatcher<Rows> m_rowsWatcher;
    QFutureWatcher<Profile> m_profileWatcher;
};

} // namespace Segmenta
