// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentform.h"

#include "ruleeditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <cmath>

namespace Segmenta {

SegmentForm::SegmentForm(SegmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addLine(SegmentField::Name, QStringLiteral("segmentName"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("segmentDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_description->setPlaceholderText(
        tr("How these customers would describe themselves, in words they would accept"));
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_document->changeField(m_index, SegmentField::Description,
                                    m_description->toPlainText());
    });
    m_objective = addLine(SegmentField::Objective, QStringLiteral("segmentObjective"));
    m_objective->setPlaceholderText(tr("What this segment is for, e.g. win back lapsed buyers"));
    m_owner = addLine(SegmentField::Owner, QStringLiteral("segmentOwner"));
    m_owner->setPlaceholderText(tr("The manager responsible for its profit and loss"));
    m_offer = addLine(SegmentField::Offer, QStringLiteral("segmentOffer"));
    m_offer->setPlaceholderText(tr("The one product or offer sales make"));
    m_message = addLine(SegmentField::Message, QStringLiteral("segmentMessage"));
    m_message->setPlaceholderText(tr("The one message used in every channel"));
    m_channel = addLine(SegmentField::Channel, QStringLiteral("segmentChannel"));
    m_forecast = new QDoubleSpinBox(this);
    m_forecast->setObjectName(QStringLiteral("segmentForecast"));
    m_forecast->setRange(-1, 100);
    m_forecast->setDecimals(1);
    m_forecast->setSuffix(QStringLiteral(" %"));
    m_forecast->setSpecialValueText(tr("No campaign planned"));
    m_forecast->setToolTip(tr("The response rate the planned campaign assumes; checked against "
                              "what this segment has shown"));
    connect(m_forecast, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_loading)
            m_document->changeField(m_index, SegmentField::ForecastResponse,
                                    v < 0 ? QVariant() : QVariant(v / 100.0));
    });
    m_rule = new RuleEditor(this);
    connect(m_rule, &RuleEditor::ruleEdited, this, [this](const QString &rule) {
        if (!m_loading)
            m_document->changeField(m_index, SegmentField::Rule, rule);
    });

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Rule:"), m_rule);
    // A label's Alt+letter only moves focus to a buddy that takes focus itself; the rule
    // editor is a group, so "Rule:" points at its text.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_rule)))
        label->setBuddy(m_rule->focusProxy());
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("O&wner:"), m_owner);
    form->addRow(tr("O&ffer:"), m_offer);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("Forecast res&ponse:"), m_forecast);

    connect(document, &SegmentDocument::segmentChanged, this, &SegmentForm::fieldChanged);
    setCurrent(-1);
}

QLineEdit *SegmentForm::addLine(SegmentField field, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        if (!m_loading)
            m_document->changeField(m_index, field, text);
    });
    return edit;
}

void SegmentForm::setCurrent(qsizetype index)
{
    const qsizetype previous = m_index;
    m_index = index >= 0 && index < m_document->size() ? index : -1;
    if (m_index != previous)
        m_rule->clearBuilder();
    setEnabled(m_index >= 0);
    load();
}

void SegmentForm::load()
{
    m_loading = true;
    const Segment empty;
    const Segment &s = m_index >= 0 ? m_document->segment(m_index) : empty;
    auto set = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    set(m_name, s.name);
    set(m_objective, s.objective);
    set(m_owner, s.owner);
    set(m_offer, s.offer);
    set(m_message, s.message);
    set(m_channel, s.channel);
    if (m_description->toPlainText() != s.description)
        m_description->setPlainText(s.description);
    m_forecast->setValue(std::isfinite(s.forecastResponse) ? s.forecastResponse * 100 : -1);
    m_rule->setRule(s.rule);
    m_loading = false;
}

void SegmentForm::fieldChanged(qsizetype index, SegmentField)
{
    // Typing into a widget changes the document, which calls back here: load() only writes
    // widgets whose text differs, so the cursor stays where the user types.
    if (index == m_index)
        load();
}

} // namespace Segmenta
