// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouserefreshdialog.h"

#include "passwordkeychain.h"
#include "warehousepasswordfield.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Segmenta {

WarehouseRefreshDialog::WarehouseRefreshDialog(const WarehouseSource &source, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Refresh from Database"));
    const QString orders = source.ordersTable.isEmpty() ? tr("a SELECT query") : source.ordersTable;
    auto *intro = new QLabel(tr("The orders (%1) are summed up again on %2 and replace the "
                                "customer summary of this project; the segments and snapshots "
                                "are kept.")
                                 .arg(orders, source.url()),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The customer limit and seed stored with the source: a refresh samples the same customers.
    auto *sample = new QLabel(source.maxCustomers > 0
                                  ? tr("Beyond %1 customers, a sample of that many comes over (sample "
                                       "seed %2), with exact totals counted by the server.")
                                        .arg(QLocale().toString(source.maxCustomers))
                                        .arg(source.sampleSeed)
                                  : tr("Every customer comes over (no customer limit)."),
                              this);
    sample->setObjectName(QStringLiteral("sampleNote"));
    sample->setWordWrap(true);

    m_password = new WarehousePasswordField(this);
    m_snapshot = new QCheckBox(tr("Save a snapshot of the segments after the refresh"), this);
    m_snapshot->setObjectName(QStringLiteral("saveSnapshot"));
    m_snapshot->setChecked(true);
    m_snapshotName = new QLineEdit(this);
    m_snapshotName->setObjectName(QStringLiteral("snapshotName"));
    m_snapshotName->setText(tr("Refresh %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    connect(m_snapshot, &QCheckBox::toggled, m_snapshotName, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_snapshot);
    form->addRow(tr("Snapshot &name:"), m_snapshotName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::AcceptRole);
    refresh->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sample);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    // The keychain's note arrives after the dialog was laid out: make room for it.
    connect(m_password, &WarehousePasswordField::lookedUp, this, [this] {
        if (const int needed = heightForWidth(width()); needed > height())
            resize(width(), needed);
    });
    m_password->lookUp(PasswordKeychain::key(source));
}

QString WarehouseRefreshDialog::password() const
{
    return m_password->password();
}

bool WarehouseRefreshDialog::rememberPassword() const
{
    return m_password->remember();
}

QString WarehouseRefreshDialog::snapshotName() const
{
    if (!m_snapshot->isChecked())
        return {};
    const QString name = m_snapshotName->text().trimmed();
    return name.isEmpty() ? tr("Refresh %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))
                          : name;
}

} // namespace Segmenta
