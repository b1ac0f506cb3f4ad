// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Segmenta {

// The password of a warehouse login and whether to remember it in the system keychain. The
// login's stored password is looked up as soon as the login is known and fills the field; when
// there is no keychain, the box is disabled and a sentence says why (the password is then asked
// for each time). Nothing here writes the password anywhere: see WarehouseActions.
class WarehousePasswordField : public QWidget
{
    Q_OBJECT

public:
    explicit WarehousePasswordField(QWidget *parent = nullptr);

    // Looks the login (PasswordKeychain::key) up, unless it is the one looked up last.
    void lookUp(const QString &key);
    QString password() const;
    void setPassword(const QString &password);
    bool remember() const;
    bool isLookingUp() const { return m_lookingUp; }
    // Why the keychain cannot be used; empty when it can, or before it has answered.
    QString keychainProblem() const { return m_problem; }

Q_SIGNALS:
    void lookedUp();

private:
    QLineEdit *m_edit;
    QCheckBox *m_remember;
    QLabel *m_note;
    QString m_key;
    QString m_problem;
    bool m_lookingUp = false;
    bool m_filledFromKeychain = false; // the field holds the stored password, untouched
};

} // namespace Segmenta
