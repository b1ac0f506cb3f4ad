// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousepasswordfield.h"

#include "passwordkeychain.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Segmenta {

WarehousePasswordField::WarehousePasswordField(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("password"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("keychainNote"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false); // greyed: a remark, not an error
    m_note->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_remember);
    layout->addWidget(m_note);
    setFocusProxy(m_edit); // the form's label (Pass&word:) focuses the field
    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_filledFromKeychain = false; });
}

void WarehousePasswordField::lookUp(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_lookingUp = true;
    if (m_filledFromKeychain) { // another login's password must not stay
        m_edit->clear();
        m_filledFromKeychain = false;
    }
    PasswordKeychain::read(key, this, [this, key](const QString &password, bool found, const QString &problem) {
        if (key != m_key)
            return; // the login changed meanwhile; its own lookup answers
        m_lookingUp = false;
        m_problem = problem;
        m_remember->setEnabled(problem.isEmpty());
        if (!problem.isEmpty())
            m_remember->setChecked(false);
        if (found && (m_edit->text().isEmpty() || m_filledFromKeychain)) {
            m_edit->setText(password);
            m_filledFromKeychain = true;
            m_remember->setChecked(true);
        }
        m_note->setText(!problem.isEmpty() ? problem
                        : found            ? tr("The password remembered for this login was filled in.")
                                           : QString());
        m_note->setVisible(!m_note->text().isEmpty());
        Q_EMIT lookedUp();
    });
}

QString WarehousePasswordField::password() const
{
    return m_edit->text();
}

void WarehousePasswordField::setPassword(const QString &password)
{
    m_edit->setText(password);
    m_filledFromKeychain = false;
}

bool WarehousePasswordField::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace Segmenta
