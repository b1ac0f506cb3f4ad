// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "segments/rules/customerfields.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Segmenta {

// A segment rule as text and as a builder kept in step: pick a field, an operator that fits
// its type and a value taken from the data, and the condition is appended to the text; the
// text stays the truth and may be typed freely. Errors are underlined at their position.
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(QWidget *parent = nullptr);

    void setFields(std::shared_ptr<const CustomerFields> fields);
    QString rule() const;
    // Replaces the text without emitting ruleEdited (undo, another segment selected).
    void setRule(const QString &rule);
    // Underlines the problem at the message's position (its first argument); empty clears.
    void setError(const Message &error);
    // Back to the first field with nothing typed (another segment was selected).
    void clearBuilder();
    QPlainTextEdit *textEdit() const { return m_text; }

    // The condition the builder would add, e.g. `[年收入] > 100000` (empty when incomplete).
    QString builtCondition() const;
    // How a field name is written in a rule: bare when it is a plain identifier, else [name].
    static QString quotedField(const QString &name);
    static QString quotedText(const QString &value);

Q_SIGNALS:
    void ruleEdited(const QString &rule);

private:
    const CustomerFields::Field *currentField() const;
    // How the rule names a field: bare when it can, bracketed when a measure has the name.
    QString ruleName(const CustomerFields::Field &field) const;
    void fieldChosen();
    void operatorChosen();
    void addCondition();

    std::shared_ptr<const CustomerFields> m_fields;
    QComboBox *m_field;
    QComboBox *m_operator;
    QComboBox *m_value;
    QLineEdit *m_upper; // second bound of "between"
    QComboBox *m_joiner;
    QPushButton *m_add;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    bool m_settingText = false;
};

} // namespace Segmenta
