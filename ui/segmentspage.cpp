// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentspage.h"

#include "analysis/customeranalysis.h"
#include "segments/rules/customerfields.h"
#include "customerlistdialog.h"
#include "customerrows.h"
#include "messagetext.h"
#include "numberformat.h"
#include "projectsession.h"
#include "ruleeditor.h"
#include "segments/segmentassignment.h"
#include "segmentcounter.h"
#include "segmentcounts.h"
#include "segmentdocument.h"
#include "segmentexplanationdialog.h"
#include "segmentform.h"
#include "segmenttablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Segmenta {

SegmentsPage::SegmentsPage(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_document(session->segments())
{
    auto *layout = new QVBoxLayout(this);
    // The customer-id box and its button sit beside the toolbar, not in it: on a laptop
    // screen a toolbar hides what does not fit behind its overflow arrow (docs/user/pages.md).
    auto *top = new QHBoxLayout;
    top->addWidget(createToolBar(), 1);
    top->addWidget(createExplainBar());
    layout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    createTable(splitter);
    createDetail(splitter);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    followDocument();
    connect(session, &ProjectSession::projectChanged, this, &SegmentsPage::projectChanged);
    connect(session, &ProjectSession::analysisChanged, this, &SegmentsPage::analysisChanged);
    connect(session, &ProjectSession::segmentsCounted, this, &SegmentsPage::showCounts);
    projectChanged();
}

SegmentsPage::~SegmentsPage() = default;

QToolBar *SegmentsPage::createToolBar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *add = toolbar->addAction(tr("&New Segment"), this, &SegmentsPage::addSegment);
    add->setObjectName(QStringLiteral("newSegment"));
    add->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_remove = toolbar->addAction(tr("&Remove"), this, &SegmentsPage::removeSegment);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_up = toolbar->addAction(tr("Higher Priority"), this, [this] { moveCurrent(-1); });
    m_up->setShortcut(Qt::CTRL | Qt::Key_Up);
    m_down = toolbar->addAction(tr("Lower Priority"), this, [this] { moveCurrent(1); });
    m_down->setShortcut(Qt::CTRL | Qt::Key_Down);
    for (QAction *a : {m_up, m_down})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_remove, m_up, m_down});
    toolbar->addSeparator();
    auto *templates = new QMenu(this);
    templates->addAction(tr("Value Tiers"), this, [this] { addTemplate(QStringLiteral("tier")); });
    templates->addAction(tr("RFM Segments"), this,
                         [this] { addTemplate(QStringLiteral("rfm_segment")); });
    templates->addAction(tr("Lifecycle Stages"), this,
                         [this] { addTemplate(QStringLiteral("lifecycle")); });
    auto *templateButton = new QToolButton(toolbar);
    templateButton->setText(tr("Start From"));
    templateButton->setMenu(templates);
    templateButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(templateButton);
    toolbar->addSeparator();
    toolbar->addAction(tr("Import Segments…"), this, &SegmentsPage::importSegments);
    toolbar->addAction(tr("Export Segments…"), this, &SegmentsPage::exportSegments);
    return toolbar;
}

QWidget *SegmentsPage::createExplainBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_customerId = new QLineEdit(bar);
    m_customerId->setObjectName(QStringLiteral("explainCustomerId"));
    m_customerId->setPlaceholderText(tr("Customer id"));
    m_customerId->setToolTip(tr("Type a customer id and press Enter to see which segment the "
                                "customer is in and why."));
    m_customerId->setClearButtonEnabled(true);
    m_customerId->setMinimumWidth(110);
    m_customerId->setMaximumWidth(180);
    row->addWidget(m_customerId);
    auto *why = new QAction(tr("Why This Segment?"), this);
    why->setObjectName(QStringLiteral("explainCustomer"));
    connect(why, &QAction::triggered, this, [this] { explainCustomer(m_customerId->text()); });
    auto *whyButton = new QToolButton(bar);
    whyButton->setObjectName(QStringLiteral("explainCustomerButton"));
    whyButton->setDefaultAction(why);
    whyButton->setAutoRaise(true);
    row->addWidget(whyButton);
    connect(m_customerId, &QLineEdit::returnPressed, why, &QAction::trigger);
    return bar;
}

QWidget *SegmentsPage::createTable(QWidget *parent)
{
    m_model = new SegmentTableModel(m_document, this);
    m_table = new QTableView(parent);
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragEnabled(true);
    m_table->setDropIndicatorShown(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentTableModel::Name,
                                                      QHeaderView::Stretch);
    auto *showList = new QAction(tr("Show Customers…"), m_table);
    showList->setObjectName(QStringLiteral("showSegmentCustomers"));
    connect(showList, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            showCustomers(m_table->currentIndex().row());
    });
    m_table->addAction(showList);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return m_table;
}

QWidget *SegmentsPage::createDetail(QWidget *parent)
{
    auto *detail = new QWidget(parent);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(detail);
    m_status->setObjectName(QStringLiteral("segmentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_status);
    m_form = new SegmentForm(m_document, detail);
    auto *scroll = new QScrollArea(detail);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    detailLayout->addWidget(scroll, 1);
    return detail;
}

void SegmentsPage::followDocument()
{
    connect(m_document, &SegmentDocument::changed, this,
            [this] { m_remove->setEnabled(currentSegment() >= 0); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_form->setCurrent(current.isValid() && !m_model->isUnassignedRow(current.row())
                                       ? current.row()
                                       : -1);
                showCounts();
            });
    // Keep the edited segment selected when undo/redo or a move changes the rows.
    connect(m_document, &SegmentDocument::segmentMoved, this,
            [this](qsizetype, qsizetype to) { selectSegment(to); });
    connect(m_document, &SegmentDocument::segmentInserted, this,
            [this](qsizetype index) { selectSegment(index); });
    connect(m_document, &SegmentDocument::segmentRemoved, this, [this](qsizetype index) {
        selectSegment(std::min(index, m_document->size() - 1));
    });
    connect(m_document, &SegmentDocument::segmentChanged, this, [this](qsizetype index) {
        if (index != currentSegment())
            selectSegment(index); // an undo elsewhere: show what changed
    });
}

void SegmentsPage::selectSegment(qsizetype index)
{
    if (index < 0 || index >= m_document->size()) {
        m_table->selectionModel()->clearSelection();
        m_form->setCurrent(-1);
        return;
    }
    m_table->selectRow(int(index));
    m_table->setCurrentIndex(m_model->index(int(index), SegmentTableModel::Name));
    m_form->setCurrent(index);
}

qsizetype SegmentsPage::currentSegment() const
{
    return m_form->current();
}

void SegmentsPage::projectChanged()
{
    m_model->setCounts(m_session->segmentCounts()); // none yet, unless a window took over
    m_form->ruleEditor()->setFields(nullptr);
    selectSegment(m_document->size() > 0 ? 0 : -1);
    setEnabled(m_session->hasProject());
    analysisChanged();
}

void SegmentsPage::analysisChanged()
{
    // Also after the currency changed (ProjectSession::setCurrency).
    m_model->setCurrency(m_session->hasProject() ? NumberFormat::currency(m_session->settings())
                                                 : QString());
    if (m_session->fields())
        m_form->ruleEditor()->setFields(m_session->fields());
    showCounts();
}

void SegmentsPage::showCounts()
{
    const std::shared_ptr<const SegmentCounts> c = m_session->segmentCounts();
    if (c)
        m_model->setCounts(c); // else the last figures stay until the next count
    const qsizetype index = currentSegment();
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index >= 0 && index + 1 < m_document->size());
    m_remove->setEnabled(index >= 0);
    if (index < 0) {
        m_status->setText(m_document->size() == 0
                              ? tr("No segments yet. Add one, or start from the value tiers, "
                                   "the RFM segments or the lifecycle stages.")
                              : QString());
        m_form->ruleEditor()->setError({});
        return;
    }
    if (!c || size_t(index) >= c->errors.size()
        || c->segmentation.segments.value(index).rule != m_document->segment(index).rule) {
        m_status->setText(m_session->segmentCounter()->hasInputs()
                              ? tr("Counting…")
                              : tr("The counts appear when the analysis has run."));
        return; // a newer count is on its way
    }
    m_form->ruleEditor()->setError(c->errors[size_t(index)]);
    const qsizetype valid = c->validIndex[size_t(index)];
    if (valid < 0 || !c->assignment) {
        m_status->setText(tr("This rule has an error: no customers are counted for it."));
        return;
    }
    const SegmentAssignment &a = *c->assignment;
    const QLocale locale;
    const qint64 matching = a.overlap(valid, valid);
    const qint64 kept = a.counts[size_t(valid)];
    QString text = tr("The rule matches <b>%1</b> customers; <b>%2</b> are in this segment, "
                      "%3 are taken by segments of higher priority.")
                       .arg(locale.toString(matching), locale.toString(kept),
                            locale.toString(matching - kept));
    QStringList overlaps;
    for (qsizetype j = 0; j < a.segmentCount(); ++j) {
        if (j == valid || a.overlap(valid, j) == 0)
            continue;
        // validIndex maps back to the segment's name.
        for (size_t s = 0; s < c->validIndex.size(); ++s)
            if (c->validIndex[s] == j)
                overlaps << tr("%1: %2").arg(c->segmentation.segments[qsizetype(s)].name.toHtmlEscaped(),
                                             locale.toString(a.overlap(valid, j)));
    }
    if (!overlaps.isEmpty())
        text += QStringLiteral("<br>") + tr("Also matched by: %1").arg(overlaps.join(QStringLiteral(", ")));
    // A value no customer has is most likely a typo (docs/rules.md, "Warnings").
    if (size_t(index) < c->warnings.size())
        for (const Message &warning : c->warnings[size_t(index)])
            text += QStringLiteral("<br>") + tr("Warning: %1").arg(messageText(warning).toHtmlEscaped());
    m_status->setText(text);
}

SegmentExplanationDialog *SegmentsPage::explainCustomer(const QString &id)
{
    if (id.trimmed().isEmpty())
        return nullptr;
    auto *dialog = SegmentExplanationDialog::open(this);
    dialog->explainId(m_session->segmentCounts(), id);
    return dialog;
}

CustomerListDialog *SegmentsPage::showCustomers(int row)
{
    const auto counts = m_session->segmentCounts();
    if (!counts || !counts->assignment || !counts->analysis || row < 0
        || row > counts->segmentation.size() || counts->fields != m_session->fields())
        return nullptr;
    const bool unassigned = row == counts->segmentation.size();
    // The table shows the document; a count of an older version of it would list others.
    if (counts->segmentation.size() != m_document->size()
        || (!unassigned
            && counts->segmentation.segments[row].rule != m_document->segment(row).rule))
        return nullptr;
    const qsizetype valid = unassigned ? SegmentAssignment::kUnassigned
                                       : counts->validIndex[size_t(row)];
    if (!unassigned && valid < 0)
        return nullptr; // a rule with an error has no customers
    const auto &segment = counts->assignment->segment;
    const auto &value = counts->analysis->value;
    std::vector<qint32> rows = customerRows(
        qsizetype(segment.size()), [&](size_t i) { return segment[i] == valid; },
        [&](size_t i) { return value[i]; });
    const QString title = unassigned ? tr("Unassigned")
                                     : counts->segmentation.segments[row].name;
    return CustomerListDialog::show(m_session, std::move(rows), title, this);
}

void SegmentsPage::addSegment()
{
    Segment s;
    s.name = m_document->newSegmentName(tr("Segment %1"));
    const qsizetype at = currentSegment() >= 0 ? currentSegment() + 1 : m_document->size();
    m_document->addSegment(at, s);
    m_form->ruleEditor()->textEdit()->setFocus();
}

void SegmentsPage::removeSegment()
{
    m_document->removeSegment(currentSegment());
}

void SegmentsPage::moveCurrent(int delta)
{
    const qsizetype from = currentSegment();
    if (from >= 0)
        m_document->moveSegment(from, from + delta);
}

void SegmentsPage::addTemplate(const QString &kind)
{
    const auto fields = m_session->fields();
    const CustomerFields::Field *field = fields ? fields->find(kind) : nullptr;
    if (!field) {
        QMessageBox::information(this, tr("Start From"),
                                 tr("The analysis has not run yet; try again in a moment."));
        return;
    }
    // One segment per label of the measure, in the measure's own order (best first).
    const StringPool &pool = field->column->pool();
    m_document->undoStack()->beginMacro(tr("Add Segments"));
    for (qint32 code = 0; code < pool.size(); ++code) {
        Segment s;
        const QString label = pool.text(code);
        s.name = m_document->segmentation().indexOf(label) < 0 ? label
                                                               : m_document->newSegmentName(label + QStringLiteral(" %1"));
        s.rule = kind + QStringLiteral(" = ") + RuleEditor::quotedText(label);
        m_document->addSegment(m_document->size(), s);
    }
    m_document->undoStack()->endMacro();
}

void SegmentsPage::importSegments()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Segments"), QString(),
                                                      tr("Segment files (*.json)"));
    if (path.isEmpty())
        return;
    auto read = Segmentation::readFile(path);
    if (!read) {
        QMessageBox::warning(this, tr("Import Segments"), messageText(read.error()));
        return;
    }
    m_document->undoStack()->beginMacro(tr("Import Segments"));
    while (m_document->size() > 0)
        m_document->removeSegment(m_document->size() - 1);
    for (const Segment &s : read->segments)
        m_document->addSegment(m_document->size(), s);
    m_document->undoStack()->endMacro();
}

void SegmentsPage::exportSegments()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Segments"),
                                                      QStringLiteral("segments.json"),
                                                      tr("Segment files (*.json)"));
    if (path.isEmpty())
        return;
    if (Status st = m_document->segmentation().writeFile(path); !st)
        QMessageBox::warning(this, tr("Export Segments"), messageText(st.error()));
}

} // namespace Segmenta
