// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentexplanationdialog.h"

#include "data/query/customerlookup.h"
#include "data/dataset.h"
#include "messagetext.h"
#include "segments/segmentassignment.h"
#include "segmentcounts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Segmenta {

namespace {

// A customer's value as the manager reads it: numbers and dates in their locale.
QString valueText(const QVariant &value)
{
    const QLocale locale;
    if (value.isNull())
        return SegmentExplanationDialog::tr("(missing)");
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double v = value.toDouble();
        if (v == std::floor(v) && std::abs(v) < 1e15)
            return locale.toString(qint64(v));
        // Enough digits to see which side of a threshold like 0.875 the value is on.
        return std::abs(v) >= 1 ? locale.toString(v, 'f', 2) : locale.toString(v, 'g', 4);
    }
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(value.toDateTime(), QLocale::ShortFormat);
    default:
        return value.toString();
    }
}

} // namespace

SegmentExplanationDialog::SegmentExplanationDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("segmentExplanation"));
    setWindowTitle(tr("Why This Segment"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("explanationHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    layout->addWidget(m_headline);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("explanationTree"));
    m_tree->setHeaderLabels({tr("Segment and condition"), tr("Result"), tr("Customer's value")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

SegmentExplanationDialog *SegmentExplanationDialog::open(QWidget *parent)
{
    auto *dialog = parent->findChild<SegmentExplanationDialog *>(QString(),
                                                                  Qt::FindDirectChildrenOnly);
    if (!dialog)
        dialog = new SegmentExplanationDialog(parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString SegmentExplanationDialog::headline() const
{
    return m_headline->text();
}

void SegmentExplanationDialog::showMessage(const QString &text)
{
    m_counts.reset();
    m_tree->clear();
    m_headline->setText(text.toHtmlEscaped());
}

bool SegmentExplanationDialog::explainId(std::shared_ptr<const SegmentCounts> counts,
                                         const QString &id)
{
    if (!counts || !counts->data) {
        showMessage(tr("The segments have not been counted yet; try again in a moment."));
        return false;
    }
    const qsizetype row = findCustomerRow(*counts->data, id);
    if (row < 0) {
        showMessage(tr("No customer has the id “%1”.").arg(id.trimmed()));
        return false;
    }
    explainRow(std::move(counts), row);
    return true;
}

void SegmentExplanationDialog::explainRow(std::shared_ptr<const SegmentCounts> counts,
                                          qsizetype row)
{
    if (!counts || !counts->data || !counts->assignment || row < 0
        || row >= counts->data->customerCount()) {
        showMessage(tr("The segments have not been counted yet; try again in a moment."));
        return;
    }
    m_counts = std::move(counts);
    const SegmentCounts &c = *m_counts;
    const Column *ids = c.data->customerIds();
    const QString id = ids ? ids->displayText(row) : QString::number(row + 1);
    setWindowTitle(tr("Why This Segment: %1").arg(id));
    const SegmentAssignment::Explanation e = c.assignment->explain(row);

    // The winner's index in the full list (the assignment only knows the valid segments).
    qsizetype winner = -1;
    for (size_t s = 0; s < c.validIndex.size(); ++s)
        if (e.segment >= 0 && c.validIndex[s] == e.segment)
            winner = qsizetype(s);
    const QString customer = id.toHtmlEscaped();
    if (c.segmentation.size() == 0)
        m_headline->setText(tr("Customer <b>%1</b> is in no segment: there are no segments yet.")
                                .arg(customer));
    else if (winner < 0)
        m_headline->setText(tr("Customer <b>%1</b> is in no segment: no rule matches.")
                                .arg(customer));
    else
        m_headline->setText(tr("Customer <b>%1</b> is in <b>%2</b>: the first segment in "
                               "priority order whose rule matches.")
                                .arg(customer, c.segmentation.segments[winner].name.toHtmlEscaped()));

    const QIcon yes = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon no = style()->standardIcon(QStyle::SP_DialogCancelButton);
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tree->clear();
    for (qsizetype s = 0; s < c.segmentation.size(); ++s) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, tr("%1. %2").arg(QString::number(s + 1), c.segmentation.segments[s].name));
        const qsizetype valid = c.validIndex[size_t(s)];
        if (valid < 0) {
            item->setIcon(0, error);
            item->setText(1, tr("Rule error: left out"));
            item->setToolTip(1, messageText(c.errors[size_t(s)]));
            item->setData(0, Qt::UserRole, QStringLiteral("error"));
            continue;
        }
        const bool matched = e.matched[size_t(valid)];
        item->setIcon(0, matched ? yes : no);
        QString state = QStringLiteral("no-match");
        if (s == winner) {
            item->setText(1, tr("Matched: the customer is here"));
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
            state = QStringLiteral("winner");
        } else if (matched) {
            item->setText(1, tr("Matched, but a segment above came first"));
            state = QStringLiteral("matched");
        } else {
            item->setText(1, tr("Did not match"));
        }
        item->setData(0, Qt::UserRole, state);
        for (const RuleConditionOutcome &o : e.conditions.value(valid)) {
            auto *condition = new QTreeWidgetItem(item);
            condition->setText(0, o.text);
            condition->setToolTip(0, o.text);
            condition->setIcon(0, o.held ? yes : no);
            condition->setText(1, o.held ? tr("Held") : tr("Failed"));
            condition->setData(1, Qt::UserRole, o.held);
            condition->setText(2, tr("%1 = %2").arg(o.field, valueText(o.value)));
        }
    }
    m_tree->expandAll();
}

} // namespace Segmenta
