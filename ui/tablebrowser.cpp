// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablebrowser.h"

#include "columnprofileview.h"
#include "columntablemodel.h"
#include "data/dataset.h"
#include "messagetext.h"
#include "data/query/rowfilter.h"
#include "data/query/roworder.h"
#include "workerpriority.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Segmenta {

namespace {

// How import read the column's all-numeric dates (5/3/2024), so a filter reads them the same
// way; Unknown when the import did not record it (a project opened from its file).
DateOrder importedDateOrder(const Dataset *data, TableKind kind, const QString &column)
{
    if (!data)
        return DateOrder::Unknown;
    for (const TableImportReport &report : data->imports) {
        if (report.kind == kind && report.dateOrders.contains(column))
            return dateOrderFromName(report.dateOrders.value(column));
    }
    return DateOrder::Unknown;
}

} // namespace

TableBrowser::TableBrowser(TableKind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Filter:"), this);
    m_filterColumn = new QComboBox(this);
    m_filterColumn->setObjectName(QStringLiteral("filterColumn"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("text, = exact, > 100, 10..20, 2024-03, or blank"));
    label->setBuddy(m_filter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    bar->addWidget(label);
    bar->addWidget(m_filterColumn);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(this);
    m_model = new ColumnTableModel(this);
    m_view = new QTableView(splitter);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    m_profile = new ColumnProfileView(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &TableBrowser::refreshRows);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filter->text().trimmed().isEmpty())
            refreshRows();
    });
    // The view's own sorting would ask the model to sort on the GUI thread; a click on a
    // header instead asks for a sorted row order in the background.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const Qt::SortOrder order = section == m_sortColumn && m_sortOrder == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        sortBy(section, order);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            [this](const QModelIndex &current) { showProfile(current.column()); });
    connect(&m_rowsWatcher, &QFutureWatcher<Rows>::finished, this, &TableBrowser::rowsReady);
    connect(&m_profileWatcher, &QFutureWatcher<Profile>::finished, this,
            &TableBrowser::profileReady);
}

TableBrowser::~TableBrowser()
{
    m_rowsWatcher.waitForFinished();
    m_profileWatcher.waitForFinished();
}

void TableBrowser::setDataset(std::shared_ptr<const Dataset> data)
{
    ++m_generation;
    ++m_profileGeneration;
    m_data = std::move(data);
    m_model->setTable(m_data, m_kind);
    m_sortColumn = -1;
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    m_filterColumn->blockSignals(true);
    m_filterColumn->clear();
    if (const Table *t = m_model->table())
        for (qsizetype c = 0; c < t->columnCount(); ++c)
            m_filterColumn->addItem(m_model->headerData(int(c), Qt::Horizontal).toString());
    m_filterColumn->blockSignals(false);
    fitHeaders();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_status->clear();
    m_profileColumn = -1;
    m_profile->clear(tr("Select a column to see its profile."));
    // Start with a column worth profiling: the first after the ids (an id is all distinct).
    if (const Table *t = m_model->table(); t && t->rowCount() > 0)
        showProfile(t->columnCount() > 1 ? 1 : 0);
}

// Each column at least as wide as its header ("客户编号 (Customer ID)"), up to a limit, so a
// header is never cut on both sides; wider values keep the default width and are elided.
void TableBrowser::fitHeaders()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int widest = 3 * header->defaultSectionSize();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::clamp(header->sectionSizeHint(c), header->defaultSectionSize(), widest));
}

void TableBrowser::setFilter(int column, const QString &text)
{
    m_filterColumn->setCurrentIndex(column);
    m_filter->setText(text);
    m_filterDelay.stop();
    refreshRows();
}

void TableBrowser::sortBy(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(column, order);
    refreshRows();
}

void TableBrowser::refreshRows()
{
    const quint64 generation = ++m_generation;
    const Table *table = m_model->table();
    if (!table)
        return;
    const int filterColumn = m_filterColumn->currentIndex();
    const QString text = m_filter->text().trimmed();
    std::optional<RowFilter> filter;
    m_status->setStyleSheet(QString());
    if (!text.isEmpty() && filterColumn >= 0) {
        const Column &column = table->column(filterColumn);
        auto parsed = RowFilter::parse(text, column.type(),
                                       importedDateOrder(m_data.get(), m_kind, column.name()));
        if (!parsed) {
            m_status->setStyleSheet(QStringLiteral("color: #c62828"));
            m_status->setText(messageText(parsed.error()));
            return;
        }
        filter = parsed.value();
    }
    if (!filter && m_sortColumn < 0) {
        m_model->setRows(nullptr);
        m_status->setText(tr("%L1 rows").arg(table->rowCount()));
        Q_EMIT rowsChanged();
        return;
    }
    m_status->setText(tr("Working…"));
    const int sortColumn = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    m_rowsWatcher.setFuture(QtConcurrent::run(&m_pool, [this, generation, table, filterColumn, filter,
                                                        sortColumn, ascending, data = m_data] {
        lowerWorkerThreadPriority();
        Rows result{generation, nullptr};
        if (generation != m_generation)
            return result; // a newer request is queued behind this one
        std::vector<qint32> rows;
        const std::vector<qint32> *subset = nullptr;
        if (filter) {
            rows = filter->matching(table->column(filterColumn));
            subset = &rows;
        }
        if (sortColumn >= 0)
            rows = RowOrder::sorted(table->column(sortColumn), ascending, subset);
        result.rows = std::make_shared<const std::vector<qint32>>(std::move(rows));
        return result;
    }));
}

void TableBrowser::rowsReady()
{
    const Rows result = m_rowsWatcher.result();
    if (result.generation != m_generation || !result.rows)
        return;
    m_model->setRows(result.rows);
    const Table *table = m_model->table();
    m_status->setText(m_filter->text().trimmed().isEmpty()
                          ? tr("%L1 rows").arg(qint64(result.rows->size()))
                          : tr("%L1 of %L2 rows match").arg(qint64(result.rows->size()))
                                .arg(table ? table->rowCount() : 0));
    Q_EMIT rowsChanged();
    if (m_profileColumn >= 0)
        refreshProfile();
}

void TableBrowser::showProfile(int column)
{
    if (column < 0 || column == m_profileColumn)
        return;
    m_profileColumn = column;
    refreshProfile();
}

void TableBrowser::refreshProfile()
{
    const Table *table = m_model->table();
    if (!table || m_profileColumn < 0 || m_profileColumn >= table->columnCount())
        return;
    const quint64 generation = ++m_profileGeneration;
    const int column = m_profileColumn;
    m_profileWatcher.setFuture(
        QtConcurrent::run(&m_pool, [this, generation, table, column, data = m_data,
                                    rows = m_model->rows()] {
            lowerWorkerThreadPriority();
            Profile result{generation, column, {}};
            if (generation == m_profileGeneration)
                result.profile = ColumnProfile::compute(table->column(column), 20, 12, rows.get());
            return result;
        }));
}

void TableBrowser::profileReady()
{
    const Profile result = m_profileWatcher.result();
    if (result.generation != m_profileGeneration)
        return;
    m_profile->showProfile(m_model->headerData(result.column, Qt::Horizontal).toString(),
                           result.profile);
    Q_EMIT profileShown();
}

} // namespace Segmenta
