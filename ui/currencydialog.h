// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace Segmenta {

class ProjectSession;

// File → Project Currency…: the sign the project's money is shown with (the setting
// ProjectSettings::kCurrency, taken at import from the sign seen in the amounts). Not an undo
// step: like the other project settings it is saved at once (docs/user/pages.md, "Currency").
class CurrencyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurrencyDialog(const QString &current, QWidget *parent = nullptr);
    // The sign typed or chosen, without blanks around it; empty: the locale's.
    QString currency() const;

    // Asks for the currency of the session's project and sets it (ProjectSession::setCurrency)
    // unless cancelled or unchanged. False when nothing changed.
    static bool change(ProjectSession *session, QWidget *parent);

private:
    QComboBox *m_sign;
};

} // namespace Segmenta
