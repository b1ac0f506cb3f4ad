// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleeditor.h"

#include "export/listlanguage.h"
#include "fieldnames.h"
#include "language.h"
#include "messagetext.h"
#include "rolenames.h"
#include "segments/rules/customerfields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_set>

namespace Segmenta {

namespace {

// Operators by field type, as written in the rule language.
const QStringList kNumberOps = {QStringLiteral("="),  QStringLiteral("!="),
                                QStringLiteral("<"),  QStringLiteral("<="),
                                QStringLiteral(">"),  QStringLiteral(">="),
                                QStringLiteral("between"), QStringLiteral("is missing")};
const QStringList kTextOps = {QStringLiteral("="),        QStringLiteral("!="),
                              QStringLiteral("in"),       QStringLiteral("contains"),
                              QStringLiteral("starts with"), QStringLiteral("is missing")};

// At most this many distinct values are offered in the value list.
constexpr int kMaxValues = 300;

} // namespace

RuleEditor::RuleEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *builder = new QHBoxLayout;
    m_joiner = new QComboBox(this);
    m_joiner->addItem(tr("and"), QStringLiteral("and"));
    m_joiner->addItem(tr("or"), QStringLiteral("or"));
    m_joiner->setToolTip(tr("How the new condition joins the rule"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("ruleField"));
    m_field->setToolTip(tr("Field"));
    m_field->setMinimumContentsLength(12);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("ruleOperator"));
    m_operator->setToolTip(tr("Operator"));
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("ruleValue"));
    m_value->setEditable(true);
    m_value->setMinimumContentsLength(10);
    m_value->setToolTip(tr("Value; for “in”, several values separated by commas"));
    m_upper = new QLineEdit(this);
    m_upper->setPlaceholderText(tr("and"));
    m_upper->setMaximumWidth(100);
    m_add = new QPushButton(tr("Add Condition"), this);
    m_add->setObjectName(QStringLiteral("addCondition"));
    builder->addWidget(m_joiner);
    builder->addWidget(m_field, 2);
    builder->addWidget(m_operator, 1);
    builder->addWidget(m_value, 2);
    builder->addWidget(m_upper, 1);
    builder->addWidget(m_add);
    layout->addLayout(builder);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("ruleText"));
    m_text->setPlaceholderText(
        tr("For example: tier in (\"platinum\", \"gold\") and not lifecycle = \"churned\""));
    m_text->setTabChangesFocus(true);
    // The form's "Rule:" label (Alt+R) lands in the rule's text; the builder is a Shift+Tab away.
    setFocusProxy(m_text);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    layout->addWidget(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(p);
    // Two lines are kept for the message even when the rule is valid, so the form below does
    // not move while a rule is typed and flips between valid and invalid.
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 2);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_error);

    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleEditor::fieldChosen);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &RuleEditor::operatorChosen);
    connect(m_add, &QPushButton::clicked, this, &RuleEditor::addCondition);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            Q_EMIT ruleEdited(rule());
    });
    operatorChosen();
}

void RuleEditor::setFields(std::shared_ptr<const CustomerFields> fields)
{
    m_fields = std::move(fields);
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    if (m_fields) {
        // One entry per field, in the user's words (docs/user/pages.md, "Segments"): a
        // column with a role is listed once, under the role's name, though rules may also call
        // it by its role's canonical name; the header it came from is its tooltip.
        std::unordered_set<const Column *> listed;
        const std::vector<CustomerFields::Field> &all = m_fields->fields();
        for (size_t i = 0; i < all.size(); ++i) {
            const CustomerFields::Field &f = all[i];
            if (!listed.insert(f.column).second)
                continue;
            QString shown = FieldNames::displayName(f.name, f.column, f.computed);
            QString tip = tr("In a rule: %1").arg(ruleName(f));
            if (!f.computed && f.column->role() != Role::None) {
                shown = RoleNames::displayName(f.column->role());
                tip = tr("Column “%1” of the customer list").arg(f.column->name());
            }
            m_field->addItem(shown, int(i));
            m_field->setItemData(m_field->count() - 1, tip, Qt::ToolTipRole);
        }
    }
    m_field->setEnabled(m_fields != nullptr);
    fieldChosen();
}

void RuleEditor::clearBuilder()
{
    // A half-built condition belongs to the segment it was started for.
    const QSignalBlocker blocker(m_field);
    m_field->setCurrentIndex(m_field->count() > 0 ? 0 : -1);
    m_joiner->setCurrentIndex(0);
    m_upper->clear();
    fieldChosen();
}

const CustomerFields::Field *RuleEditor::currentField() const
{
    const QVariant index = m_field->currentData();
    if (!m_fields || !index.isValid() || index.toInt() < 0
        || size_t(index.toInt()) >= m_fields->fields().size())
        return nullptr;
    return &m_fields->fields()[size_t(index.toInt())];
}

QString RuleEditor::ruleName(const CustomerFields::Field &field) const
{
    // A bare name means a computed measure first, so an imported column that shares its name
    // with one is written in brackets (docs/rules.md).
    const QString bare = quotedField(field.name);
    if (m_fields && m_fields->find(field.name) != &field && !bare.startsWith(u'['))
        return u'[' + field.name + u']';
    return bare;
}

QString RuleEditor::rule() const
{
    return m_text->toPlainText();
}

void RuleEditor::setRule(const QString &rule)
{
    if (rule == m_text->toPlainText())
        return;
    m_settingText = true;
    m_text->setPlainText(rule);
    m_settingText = false;
}

void RuleEditor::setError(const Message &error)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (!error.isEmpty()) {
        m_error->setText(messageText(error));
        bool ok = false;
        const int position = error.args().value(0).toInt(&ok);
        const QString text = m_text->toPlainText();
        if (ok && position >= 1) {
            // Underline from the position to the end of its word (at least one character).
            int start = std::min(position - 1, int(text.size()));
            int end = start;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            if (end == start) { // at the end or on a space: mark the character before
                start = std::max(0, start - 1);
                end = std::min(int(text.size()), start + 1);
            }
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_text->document());
            mark.cursor.setPosition(start);
            mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
            mark.format.setToolTip(m_error->text());
            marks.append(mark);
        }
    } else {
        m_error->clear();
    }
    m_text->setExtraSelections(marks);
}

QString RuleEditor::quotedField(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_]*$"));
    static const QStringList keywords = {QStringLiteral("and"), QStringLiteral("or"),
                                         QStringLiteral("not"), QStringLiteral("in"),
                                         QStringLiteral("between"), QStringLiteral("is"),
                                         QStringLiteral("missing"), QStringLiteral("contains"),
                                         QStringLiteral("starts"), QStringLiteral("with"),
                                         QStringLiteral("date")};
    if (plain.match(name).hasMatch() && !keywords.contains(name, Qt::CaseInsensitive))
        return name;
    return u'[' + name + u']';
}

QString RuleEditor::quotedText(const QString &value)
{
    if (value.contains(u'"'))
        return u'\'' + value + u'\'';
    return u'"' + value + u'"';
}

void RuleEditor::fieldChosen()
{
    const CustomerFields::Field *f = currentField();
    const QSignalBlocker blockOps(m_operator);
    const QString previousOp = m_operator->currentData().toString();
    m_operator->clear();
    m_value->clear();
    if (!f) {
        operatorChosen();
        return;
    }
    const ColumnType type = f->column->type();
    const QStringList &ops = type == ColumnType::Text ? kTextOps : kNumberOps;
    for (const QString &op : ops)
        m_operator->addItem(op, op);
    const int keep = m_operator->findData(previousOp);
    m_operator->setCurrentIndex(keep >= 0 ? keep : 0);
    if (type == ColumnType::Text) {
        // Offer the values present in the data.
        QStringList values;
        const StringPool &pool = f->column->pool();
        std::vector<char> used(size_t(pool.size()), 0);
        for (qint32 code : f->column->codes())
            if (code >= 0)
                used[size_t(code)] = 1;
        for (qint32 c = 0; c < pool.size() && values.size() < kMaxValues; ++c)
            if (used[size_t(c)])
                values << pool.text(c);
        // A measure's pool holds its values in their own order (platinum before gold).
        if (!f->computed)
            values.sort(Qt::CaseInsensitive);
        // A computed measure's values as the lists name them in the UI language; the rule
        // language accepts those names (docs/rules.md), so the text inserted stays valid.
        ListLanguage::Language language = ListLanguage::Language::English;
        ListLanguage::fromCode(Language::current(), language);
        for (QString &v : values) {
            const QString named = f->computed ? ListLanguage::value(f->name, v, language)
                                              : QString();
            if (!named.isNull())
                v = named;
        }
        m_value->addItems(values);
    }
    operatorChosen();
}

void RuleEditor::operatorChosen()
{
    const QString op = m_operator->currentData().toString();
    m_value->setEnabled(op != u"is missing" && m_operator->count() > 0);
    m_upper->setVisible(op == u"between");
    m_add->setEnabled(m_operator->count() > 0);
}

QString RuleEditor::builtCondition() const
{
    const CustomerFields::Field *f = currentField();
    if (!f)
        return {};
    const QString field = ruleName(*f);
    const QString op = m_operator->currentData().toString();
    if (op == u"is missing")
        return field + QStringLiteral(" is missing");
    const QString value = m_value->currentText().trimmed();
    if (value.isEmpty())
        return {};
    const ColumnType type = f->column->type();
    auto literal = [type](const QString &v) {
        if (type == ColumnType::Text)
            return quotedText(v);
        if (type == ColumnType::Date)
            return QStringLiteral("date ") + quotedText(v);
        return v;
    };
    if (op == u"between") {
        const QString upper = m_upper->text().trimmed();
        if (upper.isEmpty())
            return {};
        return field + QStringLiteral(" between ") + literal(value) + QStringLiteral(" and ")
               + literal(upper);
    }
    if (op == u"in") {
        QStringList items;
        for (const QString &v : value.split(u',', Qt::SkipEmptyParts))
            items << literal(v.trimmed());
        return field + QStringLiteral(" in (") + items.join(QStringLiteral(", ")) + u')';
    }
    return field + u' ' + op + u' ' + literal(value);
}

void RuleEditor::addCondition()
{
    const QString condition = builtCondition();
    if (condition.isEmpty()) {
        m_value->setFocus();
        return;
    }
    QString text = rule().trimmed();
    if (!text.isEmpty()) {
        const QString joiner = m_joiner->currentData().toString();
        // "a or b" followed by "and c" would bind as a or (b and c): keep what was there whole.
        if (joiner == u"and" && text.contains(QStringLiteral(" or "), Qt::CaseInsensitive))
            text = u'(' + text + u')';
        text += u' ' + joiner + u' ' + condition;
    } else {
        text = condition;
    }
    m_text->setPlainText(text); // emits ruleEdited: one undoable edit
    m_text->moveCursor(QTextCursor::End);
}

} // namespace Segmenta
