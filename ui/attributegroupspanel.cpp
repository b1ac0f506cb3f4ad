// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributegroupspanel.h"

#include "messagetext.h"
#include "projectsession.h"
#include "segmentdocument.h"
#include "workerpriority.h"

#include "analysis/clusters/clusterfeatures.h"
#include "analysis/customeranalysis.h"
#include "base/taskcontrol.h"
#include "data/dataset.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace Segmenta {

namespace {

enum Column { NameColumn, CustomersColumn, ShareColumn, ClvColumn, AliveColumn, RevenueColumn, ApartColumn, ColumnCount };

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString percent(double share)
{
    return std::isfinite(share) ? QLocale().toString(100.0 * share, 'f', 1) + QStringLiteral(" %")
                                : QStringLiteral("—");
}

} // namespace

AttributeGroupsPanel::AttributeGroupsPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_pool.setMaxThreadCount(1);
    auto *box = new QGroupBox(tr("Groups on Chosen Attributes"), this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box);
    auto *layout = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    m_attributes = new QListWidget(box);
    m_attributes->setObjectName(QStringLiteral("groupAttributes"));
    m_attributes->setToolTip(tr("Tick the attributes to group the customers by."));
    left->addWidget(m_attributes, 1);
    m_find = new QPushButton(tr("&Find Groups"), box);
    m_find->setObjectName(QStringLiteral("findGroups"));
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("cancelGroups"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 100);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_find);
    buttons->addWidget(m_cancel);
    left->addLayout(buttons);
    left->addWidget(m_progress);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_summary = new QLabel(tr("Tick attributes such as lifestyle, personality, values, age and region, then Find Groups."), box);
    m_summary->setObjectName(QStringLiteral("groupsSummary"));
    m_summary->setWordWrap(true);
    right->addWidget(m_summary);
    m_groups = new QTableWidget(0, ColumnCount, box);
    m_groups->setObjectName(QStringLiteral("attributeGroups"));
    m_groups->setHorizontalHeaderLabels({tr("Group name"), tr("Customers"), tr("Share"), tr("Mean CLV"),
                                         tr("P(alive)"), tr("Revenue share"), tr("Set apart by")});
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->verticalHeader()->hide();
    m_groups->horizontalHeader()->setStretchLastSection(true);
    right->addWidget(m_groups, 1);
    m_make = new QPushButton(tr("&Make Segment"), box);
    m_make->setObjectName(QStringLiteral("makeSegment"));
    m_make->setToolTip(tr("Add the selected group to the segments, with its name, rule and description."));
    m_make->setEnabled(false);
    right->addWidget(m_make, 0, Qt::AlignRight);
    layout->addLayout(right, 3);

    connect(m_find, &QPushButton::clicked, this, &AttributeGroupsPanel::findGroups);
    connect(m_cancel, &QPushButton::clicked, this, &AttributeGroupsPanel::cancel);
    connect(m_make, &QPushButton::clicked, this, &AttributeGroupsPanel::makeSegment);
    connect(m_groups, &QTableWidget::itemSelectionChanged, this,
            [this] { m_make->setEnabled(m_groups->currentRow() >= 0 && !m_running); });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            &AttributeGroupsPanel::showOutcome);
    connect(m_session, &ProjectSession::analysisChanged, this, &AttributeGroupsPanel::projectChanged);
    projectChanged();
}

AttributeGroupsPanel::~AttributeGroupsPanel()
{
    if (m_control)
        m_control->requestCancel();
    m_watcher.waitForFinished();
}

void AttributeGroupsPanel::projectChanged()
{
    QStringList checked;
    for (int i = 0; i < m_attributes->count(); ++i) {
        if (m_attributes->item(i)->checkState() == Qt::Checked)
            checked.append(m_attributes->item(i)->text());
    }
    m_attributes->clear();
    const auto data = m_session->data();
    // Groups found in another project's (or an older analysis's) data must not become segments
    // here: the run in progress is dropped and the table cleared.
    if (data != m_data) {
        m_data = data;
        if (m_control)
            m_control->requestCancel();
        m_outcome.reset();
        m_groups->setRowCount(0);
        m_make->setEnabled(false);
        m_summary->clear();
    }
    if (!data)
        return;
    for (const QString &name : ClusterFeatures::profileAttributes(*data) + ClusterFeatures::valueMeasures()) {
        auto *item = new QListWidgetItem(name, m_attributes);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

void AttributeGroupsPanel::findGroups()
{
    const auto data = m_session->data();
    const auto analysis = m_session->analysis();
    QStringList names;
    for (int i = 0; i < m_attributes->count(); ++i) {
        if (m_attributes->item(i)->checkState() == Qt::Checked)
            names.append(m_attributes->item(i)->text());
    }
    if (!data || !analysis || names.isEmpty()) {
        m_summary->setText(names.isEmpty() ? tr("Tick at least one attribute.")
                                           : tr("The analysis has not run yet; try again in a moment."));
        return;
    }
    m_running = true;
    m_find->setEnabled(false);
    m_cancel->setEnabled(true);
    m_make->setEnabled(false);
    m_progress->setValue(0);
    m_summary->setText(tr("Finding groups…"));
    m_control = std::make_shared<TaskControl>();
    QPointer<QProgressBar> bar = m_progress;
    m_control->setProgressFunction([bar](double f) {
        QMetaObject::invokeMethod(bar, [bar, f] { if (bar) bar->setValue(int(100 * f)); }, Qt::QueuedConnection);
    });
    auto control = m_control;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [data, analysis, names, control] {
        lowerWorkerThreadPriority();
        auto outcome = std::make_shared<Outcome>();
        auto attributes = ClusterFeatures::select(*data, analysis.get(), names);
        if (!attributes) {
            outcome->error = attributes.error();
            return outcome;
        }
        auto run = AttributeClustering::run(attributes.takeValue(), AttributeClustering::Options(), control.get());
        if (!run) {
            outcome->error = run.error();
            return outcome;
        }
        outcome->clustering = run.takeValue();
        outcome->groups = GroupProfile::profile(outcome->clustering->attributes, outcome->clustering->labels,
                                                outcome->clustering->k, CustomerValues::fromAnalysis(*analysis));
        return outcome;
    }));
}

void AttributeGroupsPanel::cancel()
{
    if (m_control)
        m_control->requestCancel();
}

void AttributeGroupsPanel::showOutcome()
{
    m_running = false;
    m_find->setEnabled(true);
    m_cancel->setEnabled(false);
    m_outcome = m_watcher.result();
    // A run cancelled after its last check still returns groups; the manager asked for none.
    if (m_control && m_control->isCancelled()) {
        m_outcome = std::make_shared<Outcome>();
        m_outcome->error = Message("Segmenta::Analysis",
                                   QT_TRANSLATE_NOOP("Segmenta::Analysis", "The clustering was cancelled."))
                               .withCode("cancelled");
    }
    m_groups->setRowCount(0);
    if (!m_outcome->clustering) {
        m_summary->setText(messageText(m_outcome->error));
        Q_EMIT groupsReady();
        return;
    }
    m_progress->setValue(100);
    const AttributeClustering &c = *m_outcome->clustering;
    QStringList notes;
    for (const Message &m : c.notes)
        notes.append(messageText(m));
    const KMeansSolution *best = c.selection.suggested();
    m_summary->setText(tr("%1 groups (mean silhouette %2).").arg(c.k).arg(best ? best->silhouette : 0.0, 0, 'f', 2)
                       + QLatin1Char(' ') + notes.join(QLatin1Char(' ')));
    m_groups->setRowCount(int(m_outcome->groups.size()));
    for (int row = 0; row < int(m_outcome->groups.size()); ++row) {
        const GroupProfile &g = m_outcome->groups[size_t(row)];
        m_groups->setItem(row, NameColumn, new QTableWidgetItem(g.suggestedName.isEmpty() ? tr("Group %1").arg(row + 1) : g.suggestedName));
        m_groups->setItem(row, CustomersColumn, readOnly(QLocale().toString(g.size)));
        m_groups->setItem(row, ShareColumn, readOnly(percent(g.share)));
        m_groups->setItem(row, ClvColumn, readOnly(std::isfinite(g.value.meanClv) ? QLocale().toString(g.value.meanClv, 'f', 0) : QStringLiteral("—")));
        m_groups->setItem(row, AliveColumn, readOnly(percent(g.value.meanPAlive)));
        m_groups->setItem(row, RevenueColumn, readOnly(percent(g.value.revenueShare)));
        QStringList apart;
        for (size_t i = 0; i < g.distinguishing.size() && i < 3; ++i) {
            const DistinguishingValue &d = g.distinguishing[i];
            const ClusterAttribute &a = c.attributes[size_t(d.attribute)];
            apart.append(tr("%1 = %2 (×%3)").arg(a.name(), d.value == a.missingValue() ? tr("missing") : a.values()[d.value],
                                                 QLocale().toString(d.lift, 'f', 1)));
        }
        m_groups->setItem(row, ApartColumn, readOnly(apart.join(QStringLiteral("; "))));
    }
    m_groups->resizeColumnsToContents();
    Q_EMIT groupsReady();
}

void AttributeGroupsPanel::makeSegment()
{
    const int row = m_groups->currentRow();
    if (!m_outcome || !m_outcome->clustering || row < 0 || row >= int(m_outcome->groups.size()))
        return;
    const GroupProfile &g = m_outcome->groups[size_t(row)];
    if (g.rule.text.isEmpty()) {
        // No value sets this group apart, so there is no rule to give its segment.
        m_summary->setText(tr("No attribute value sets this group apart, so it cannot become a segment."));
        return;
    }
    SegmentDocument *document = m_session->segments();
    Segment s;
    const QString name = m_groups->item(row, NameColumn)->text().trimmed();
    s.name = name.isEmpty() || document->segmentation().indexOf(name) >= 0
                 ? document->newSegmentName(name.isEmpty() ? tr("Group %1") : name + QStringLiteral(" %1"))
                 : name;
    s.description = messageText(g.description(m_outcome->clustering->attributes));
    s.rule = g.rule.text;
    const qsizetype index = document->size();
    document->addSegment(index, s);
    m_summary->setText(g.rule.describesGroup
                           ? tr("“%1” is now a segment; its rule keeps %2 of the group's %3 customers and takes in %4 others.")
                                 .arg(s.name, QLocale().toString(g.rule.kept), QLocale().toString(g.size), QLocale().toString(g.rule.takenIn))
                           : tr("“%1” is now a segment, but its rule describes the group loosely: it keeps %2 of the group's %3 customers and takes in %4 others; refine it on the Segments page.")
                                 .arg(s.name, QLocale().toString(g.rule.kept), QLocale().toString(g.size), QLocale().toString(g.rule.takenIn)));
    Q_EMIT segmentMade(index);
}

} // namespace Segmenta
