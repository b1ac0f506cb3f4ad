// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotspage.h"

#include "backgroundtask.h"
#include "messagetext.h"
#include "numberformat.h"
#include "migrationtablemodel.h"
#include "projectsession.h"
#include "segments/segmentassignment.h"
#include "segmentcounts.h"
#include "segments/segmentsnapshot.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace Segmenta {

SnapshotsPage::SnapshotsPage(ProjectSession *session, BackgroundTask *tasks, QWidget *parent)
    : QWidget(parent), m_session(session), m_tasks(tasks)
{
    auto *layout = new QVBoxLayout(this);
    auto *listBox = new QGroupBox(tr("Snapshots of the segments"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    auto *intro = new QLabel(tr("A snapshot keeps every customer's segment and value tier as they "
                                "are today. After the next import, compare two snapshots to see "
                                "how customers moved."),
                             listBox);
    intro->setWordWrap(true);
    listLayout->addWidget(intro);
    m_list = new QTableWidget(listBox);
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    listLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_name = new QLineEdit(listBox);
    m_name->setPlaceholderText(tr("Name (optional)"));
    m_take = new QPushButton(tr("Take a Snapshot of the Current Segments"), listBox);
    m_take->setObjectName(QStringLiteral("takeSnapshot"));
    m_delete = new QPushButton(tr("Delete…"), listBox);
    buttons->addWidget(m_name, 1);
    buttons->addWidget(m_take);
    buttons->addWidget(m_delete);
    listLayout->addLayout(buttons);
    layout->addWidget(listBox, 1);

    auto *migrationBox = new QGroupBox(tr("Migration between two snapshots"), this);
    auto *migrationLayout = new QVBoxLayout(migrationBox);
    auto *choices = new QHBoxLayout;
    m_from = new QComboBox(migrationBox);
    m_to = new QComboBox(migrationBox);
    m_by = new QComboBox(migrationBox);
    m_by->addItem(tr("By segment"), int(MigrationMatrix::By::Segment));
    m_by->addItem(tr("By value tier"), int(MigrationMatrix::By::Tier));
    choices->addWidget(new QLabel(tr("From:"), migrationBox));
    choices->addWidget(m_from, 1);
    choices->addWidget(new QLabel(tr("To:"), migrationBox));
    choices->addWidget(m_to, 1);
    choices->addWidget(m_by);
    migrationLayout->addLayout(choices);
    m_summary = new QLabel(migrationBox);
    m_summary->setWordWrap(true);
    migrationLayout->addWidget(m_summary);
    m_model = new MigrationTableModel(this);
    m_table = new QTableView(migrationBox);
    m_table->setObjectName(QStringLiteral("migrationTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(70);
    migrationLayout->addWidget(m_table, 1);
    layout->addWidget(migrationBox, 2);

    connect(m_take, &QPushButton::clicked, this, [this] { takeSnapshot(m_name->text().trimmed()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(); id > 0)
            deleteSnapshot(id);
    });
    for (QComboBox *box : {m_from, m_to, m_by})
        connect(box, &QComboBox::activated, this, &SnapshotsPage::compareChosen);
    connect(m_session, &ProjectSession::projectChanged, this, &SnapshotsPage::refresh);
    connect(m_tasks, &BackgroundTask::finished, this, [this] {
        if (m_wanted)
            QTimer::singleShot(0, this, [this] {
                if (m_wanted)
                    compare(m_wanted->from, m_wanted->to, m_wanted->by);
            });
    });
    connect(m_session, &ProjectSession::segmentsCounted, this, [this] {
        const auto c = m_session->segmentCounts();
        m_take->setEnabled(c && c->assignment);
    });
    refresh();
}

void SnapshotsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_model->matrix() && m_entries.size() >= 2)
        QTimer::singleShot(0, this, &SnapshotsPage::compareChosen);
}

qint64 SnapshotsPage::selectedId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : 0;
}

void SnapshotsPage::showError(const QString &text)
{
    m_summary->setText(text);
    if (isVisible())
        QMessageBox::warning(this, tr("Snapshots"), text);
}

void SnapshotsPage::refresh()
{
    const QString path = m_session->path();
    m_entries.clear();
    if (m_session->hasProject() && !path.isEmpty()) {
        auto list = SnapshotStore::list(path);
        if (list)
            m_entries = list.takeValue();
        else
            m_summary->setText(messageText(list.error()));
    }
    const QLocale locale;
    m_list->clear();
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels(
        {tr("Snapshot"), tr("Taken"), tr("Data as of"), tr("Customers"), tr("Segments")});
    m_list->setRowCount(int(m_entries.size()));
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    m_from->clear();
    m_to->clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        const SnapshotStore::Entry &e = m_entries[row];
        const QStringList cells{e.name, locale.toString(e.takenAt.toLocalTime(), QLocale::ShortFormat),
                                NumberFormat::localDates({e.asOf}, locale).constFirst(),
                                NumberFormat::count(e.customers, locale),
                                e.segments.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells[column]));
        const QString label = QStringLiteral("%1 (%2)").arg(e.name, cells[1]);
        m_from->addItem(label, e.id);
        m_to->addItem(label, e.id);
    }
    m_list->resizeColumnsToContents();
    // Keep the choice; by default compare the two latest.
    const int n = int(m_entries.size());
    int fromIndex = m_from->findData(from);
    int toIndex = m_to->findData(to);
    if (fromIndex == toIndex)
        fromIndex = toIndex = -1;
    m_from->setCurrentIndex(fromIndex >= 0 ? fromIndex : std::max(0, n - 2));
    m_to->setCurrentIndex(toIndex >= 0 ? toIndex : n - 1);
    m_delete->setEnabled(n > 0);
    if (n < 2) {
        m_model->setMatrix(std::nullopt);
        m_summary->setText(n == 0 ? tr("No snapshots yet.")
                                  : tr("Take a second snapshot (after the next import) to compare."));
    } else if (isVisible()) {
        // Never start a task from projectChanged itself: the session's analysis starts next.
        QTimer::singleShot(0, this, &SnapshotsPage::compareChosen);
    }
}

void SnapshotsPage::takeSnapshot(const QString &name)
{
    ProjectSession *session = m_session;
    const std::shared_ptr<const SegmentCounts> counts = session->segmentCounts();
    if (!session->hasProject() || !counts || !counts->assignment || !session->analysis()) {
        showError(tr("The segments are still being counted; try again in a moment."));
        return;
    }
    if (m_tasks->isRunning()) {
        showError(tr("Another task is running; try again when it is done."));
        return;
    }
    const auto data = session->data();
    const auto analysis = session->analysis();
    const QString path = session->path();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString title = name.isEmpty()
                              ? tr("Snapshot %1").arg(QLocale().toString(now.toLocalTime().date(), QLocale::ShortFormat))
                              : name;
    auto outcome = std::make_shared<std::optional<Result<qint64>>>();
    m_take->setEnabled(false);
    m_tasks->start(
        tr("Taking a snapshot"),
        [=](TaskControl &) {
            auto snapshot = SegmentSnapshot::take(*data, counts->validSegmentation(),
                                                  *counts->assignment, analysis.get(), title, now);
            if (!snapshot) {
                *outcome = Result<qint64>(snapshot.error());
                return;
            }
            *outcome = SnapshotStore::save(path, *snapshot);
        },
        [this, outcome] {
            m_take->setEnabled(true);
            if (!outcome->has_value())
                return;
            if (!**outcome) {
                showError(messageText((*outcome)->error()));
                return;
            }
            m_name->clear();
            const qint64 id = ***outcome;
            refresh();
            Q_EMIT snapshotTaken(id);
        });
}

void SnapshotsPage::deleteSnapshot(qint64 id, bool confirm)
{
    QString name;
    for (const SnapshotStore::Entry &e : m_entries)
        if (e.id == id)
            name = e.name;
    if (confirm
        && QMessageBox::question(this, tr("Delete Snapshot"),
                                 tr("Delete the snapshot “%1”? This cannot be undone.").arg(name))
               != QMessageBox::Yes)
        return;
    if (Status st = SnapshotStore::remove(m_session->path(), id); !st)
        showError(messageText(st.error()));
    refresh();
}

void SnapshotsPage::compareChosen()
{
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    if (from > 0 && to > 0)
        compare(from, to, MigrationMatrix::By(m_by->currentData().toInt()));
}

void SnapshotsPage::compare(qint64 from, qint64 to, MigrationMatrix::By by)
{
    const QString path = m_session->path();
    if (m_tasks->isRunning()) {
        m_wanted = Request{from, to, by}; // compared once the running task is done
        return;
    }
    m_wanted.reset();
    // The choices show what is compared, also when a caller asked for it.
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    m_by->setCurrentIndex(m_by->findData(int(by)));
    auto outcome = std::make_shared<std::optional<Result<MigrationMatrix>>>();
    m_summary->setText(tr("Comparing…"));
    m_tasks->start(
        tr("Comparing snapshots"),
        [=](TaskControl &) {
            auto older = SnapshotStore::load(path, from);
            if (!older) {
                *outcome = Result<MigrationMatrix>(older.error());
                return;
            }
            auto newer = SnapshotStore::load(path, to);
            if (!newer) {
                *outcome = Result<MigrationMatrix>(newer.error());
                return;
            }
            *outcome = MigrationMatrix::compute(*older, *newer, by);
        },
        [this, outcome] {
            if (!outcome->has_value())
                return;
            if (!**outcome) {
                m_model->setMatrix(std::nullopt);
                showError(messageText((*outcome)->error()));
                return;
            }
            const MigrationMatrix &m = ***outcome;
            const QLocale locale;
            const double stayedShare = m.matched > 0 ? double(m.stayed) / double(m.matched) : 0;
            m_summary->setText(
                tr("%L1 customers in both: %L2 (%3 %) stayed, %L4 moved; %L5 new since, %L6 gone "
                   "since. Each row shows where that row's customers went; the deeper the colour, "
                   "the larger its share of the row.")
                    .arg(m.matched)
                    .arg(m.stayed)
                    .arg(locale.toString(stayedShare * 100, 'f', 1))
                    .arg(m.matched - m.stayed)
                    .arg(m.appeared)
                    .arg(m.disappeared));
            m_model->setMatrix((*outcome)->takeValue());
            Q_EMIT compared();
        });
}

} // namespace Segmenta
