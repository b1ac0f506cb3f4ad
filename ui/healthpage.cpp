#include "healthpage.h"

#include "messagetext.h"
#include "segmentassignment.h"
#include "segmentcounter.h"
#include "segmentdocument.h"
#include "segmenthealth.h"
#include "segmentspage.h"

#include "customeranalysis.h"
#include "customerfields.h"
#include "projectsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Segmenta {

HealthPage::HealthPage(SegmentsPage *segments, QWidget *parent)
    : QWidget(parent), m_segments(segments)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("healthFindings"));
    m_list->setHeaderLabels({tr("Segment"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    connect(m_segments, &SegmentsPage::counted, this, &HealthPage::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qsizetype index = m_segments->document()->segmentation().indexOf(item->text(0));
        if (index >= 0)
            Q_EMIT segmentRequested(index);
    });
    refresh();
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

void HealthPage::refresh()
{
    m_list->clear();
    m_findings.clear();
    const SegmentCounter::Counts *c = m_segments->counter()->latest();
    if (!c || !c->assignment) {
        m_summary->setText(tr("The checks run once the analysis and the segments are ready."));
        return;
    }
    // Only the segments whose rules compiled are assigned; the checks look at those.
    Segmentation valid;
    for (qsizetype s = 0; s < c->segmentation.size(); ++s)
        if (c->validIndex[size_t(s)] >= 0)
            valid.segments.append(c->segmentation.segments[s]);
    auto fields = m_segments->counter()->fields();
    HealthInput input;
    input.data = m_segments->session()->data().get();
    input.segmentation = &valid;
    input.assignment = c->assignment.get();
    input.analysis = m_segments->session()->analysis().get();
    input.fields = fields.get();
    HealthOptions options;
    // The export dialog records when lists last went to sales ("never used" otherwise).
    const QDate lastExport = QDate::fromString(
        m_segments->session()->settings().value(QStringLiteral("last_export")).toString(),
        Qt::ISODate);
    if (lastExport.isValid())
        options.lastUsedDay = Column::toDays(lastExport);
    const QList<HealthFinding> findings = SegmentHealth::run(input, options);
    m_findings = findings;

    const QIcon icons[] = {style()->standardIcon(QStyle::SP_MessageBoxInformation),
                           style()->standardIcon(QStyle::SP_MessageBoxWarning),
                           style()->standardIcon(QStyle::SP_MessageBoxCritical)};
    for (const HealthFinding &f : findings) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, icons[int(f.severity)]);
        item->setText(0, f.segment.isEmpty() ? tr("All segments") : f.segment);
        item->setData(0, Qt::UserRole, f.code);
        item->setText(1, messageText(f.reason));
        item->setToolTip(1, item->text(1));
    }
    const int invalid = int(c->segmentation.size() - valid.size());
    QString text = findings.isEmpty()
                       ? tr("No segmentation mistakes found.")
                       : tr("%n finding(s) to look at before the lists go to sales.", nullptr,
                            int(findings.size()));
    if (invalid > 0)
        text += u' ' + tr("%n segment(s) with a rule error are left out.", nullptr, invalid);
    m_summary->setText(text);
}

} // namespace Segmenta
