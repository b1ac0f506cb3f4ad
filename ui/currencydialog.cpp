// SPDX-License-Identifier: GPL-3.0-or-later
#include "currencydialog.h"

#include "numberformat.h"
#include "project/projectsettings.h"
#include "projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Segmenta {

CurrencyDialog::CurrencyDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Project Currency"));
    setObjectName(QStringLiteral("currencyDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Money is shown with this sign on the pages, in the workshop "
                                "report and in the target lists. Leave it empty for the sign "
                                "of your language's country."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    m_sign = new QComboBox(this);
    m_sign->setObjectName(QStringLiteral("currencySign"));
    m_sign->setEditable(true);
    m_sign->setInsertPolicy(QComboBox::NoInsert);
    const QStringList common = {QStringLiteral("¥"), QStringLiteral("$"), QStringLiteral("€"),
                                QStringLiteral("£"), QStringLiteral("HK$"), QStringLiteral("NT$")};
    if (!common.contains(current))
        m_sign->addItem(current);
    m_sign->addItems(common);
    m_sign->setCurrentText(current);
    form->addRow(tr("&Currency sign:"), m_sign);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_sign->lineEdit()->selectAll();
    m_sign->setFocus();
}

QString CurrencyDialog::currency() const
{
    return m_sign->currentText().trimmed();
}

bool CurrencyDialog::change(ProjectSession *session, QWidget *parent)
{
    if (!session->hasProject())
        return false;
    const QString stored = session->settings().value(ProjectSettings::kCurrency).toString();
    // With no sign stored the dialog shows the language's; OK on it unchanged must not store it,
    // or the project would stop following the UI language.
    const QString shown = stored.isEmpty() ? NumberFormat::currency(session->settings()) : stored;
    CurrencyDialog dialog(shown, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.currency() == shown)
        return false;
    return session->setCurrency(dialog.currency());
}

} // namespace Segmenta
