// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthpage.h"

#include "messagetext.h"
#include "segmentcounts.h"
#include "segmentdocument.h"

#include "project/projectsettings.h"
#include "projectsession.h"
#include "workerpriority.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Segmenta {

HealthPage::HealthPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_checks(&SegmentHealth::run)
{
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("healthBusy"));
    m_busy->setRange(0, 0); // busy: the checks report no progress
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    top->addWidget(m_busy);
    layout->addLayout(top);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("healthFindings"));
    m_list->setHeaderLabels({tr("Segment"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    // A finding is a sentence or two: the list cuts it at the column's edge on a laptop
    // screen, so the current one is also shown in full, wrapped, below (docs/user/pages.md).
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("healthFindingDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->hide();
    layout->addWidget(m_detail);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_detail->setText(item ? item->text(1) : QString());
        m_detail->setVisible(item != nullptr);
    });
    // Each new count (not each selection change on the Segments page), and a project change,
    // which drops the count.
    connect(session, &ProjectSession::segmentsCounted, this, &HealthPage::refresh);
    connect(session, &ProjectSession::projectChanged, this, &HealthPage::refresh);
    // An export ends "never used" at once, not at the next unrelated edit.
    connect(session, &ProjectSession::settingSaved, this, [this](const QString &key) {
        if (key == ProjectSettings::kLastExport)
            refresh();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &HealthPage::finished);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qsizetype index = m_session->segments()->segmentation().indexOf(item->text(0));
        if (index >= 0)
            Q_EMIT segmentRequested(index);
    });
    refresh();
}

HealthPage::~HealthPage()
{
    m_watcher.waitForFinished();
}

QStringList HealthPage::findingCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        codes << m_list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return codes;
}

QString HealthPage::summary() const
{
    return m_summary->text();
}

HealthInput HealthPage::inputOf(const SegmentCounts &counts, const Segmentation &valid)
{
    HealthInput input;
    input.data = counts.data.get();
    input.segmentation = &valid;
    input.assignment = counts.assignment.get();
    input.analysis = counts.analysis.get();
    input.fields = counts.fields.get();
    return input;
}

void HealthPage::refresh()
{
    const quint64 generation = ++m_generation;
    const std::shared_ptr<const SegmentCounts> counts = m_session->segmentCounts();
    if (!counts || !counts->assignment) {
        m_pending = false; // a run under way is now stale: its result is dropped
        m_list->clear();
        m_detail->hide();
        m_findings.clear();
        m_shown = generation;
        setBusy(false);
        m_summary->setText(tr("The checks run once the analysis and the segments are ready."));
        Q_EMIT checked();
        return;
    }
    setBusy(true);
    if (m_watcher.isRunning()) {
        m_pending = true; // finished() starts the newest request
        return;
    }
    HealthOptions options;
    // The export dialog records when lists last went to sales ("never used" otherwise).
    const QDate lastExport = QDate::fromString(
        m_session->settings().value(ProjectSettings::kLastExport).toString(),
        Qt::ISODate);
    if (lastExport.isValid())
        options.lastUsedDay = Column::toDays(lastExport);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [counts, options, generation,
                                                    checks = m_checks] {
        lowerWorkerThreadPriority();
        // Only the segments whose rules compiled are assigned; the checks look at those.
        const Segmentation valid = counts->validSegmentation();
        Outcome out;
        out.generation = generation;
        out.findings = checks(inputOf(*counts, valid), options);
        out.invalid = int(counts->segmentation.size() - valid.size());
        return out;
    }));
}

void HealthPage::finished()
{
    if (m_watcher.isRunning() || !m_watcher.future().isValid()
        || m_watcher.future().resultCount() == 0)
        return;
    const Outcome outcome = m_watcher.result();
    if (m_pending) {
        m_pending = false;
        refresh(); // counted again meanwhile: this outcome is stale
        return;
    }
    if (outcome.generation != m_generation || outcome.generation == m_shown)
        return; // stale, or already shown by waitForChecks()
    show(outcome);
}

void HealthPage::waitForChecks()
{
    while (m_watcher.isRunning() || m_pending) {
        m_watcher.waitForFinished();
        finished();
    }
}

void HealthPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_list->setEnabled(!busy);
    if (busy)
        m_summary->setText(tr("Checking the segments…"));
}

void HealthPage::show(const Outcome &outcome)
{
    m_shown = outcome.generation;
    setBusy(false);
    m_list->clear();
    m_detail->hide();
    m_findings = outcome.findings;
    const QIcon icons[] = {style()->standardIcon(QStyle::SP_MessageBoxInformation),
                           style()->standardIcon(QStyle::SP_MessageBoxWarning),
                           style()->standardIcon(QStyle::SP_MessageBoxCritical)};
    for (const HealthFinding &f : m_findings) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, icons[int(f.severity)]);
        item->setText(0, f.segment.isEmpty() ? tr("All segments") : f.segment);
        item->setData(0, Qt::UserRole, f.code);
        item->setText(1, messageText(f.reason));
        item->setToolTip(1, item->text(1));
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    QString text = m_findings.isEmpty()
                       ? tr("No segmentation mistakes found.")
                       : tr("%n findings to look at before the lists go to sales.", nullptr,
                            int(m_findings.size()));
    if (outcome.invalid > 0)
        text += u' ' + tr("%n segments with a rule error are left out.", nullptr,
                          outcome.invalid);
    m_summary->setText(text);
    Q_EMIT checked();
}

} // namespace Segmenta
