// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Segmenta {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    auto *title = new QLabel(tr("Segmenta"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *subtitle = new QLabel(tr("Customer segmentation: see who brings the value, define "
                                   "segments customers recognise, give sales the right list."),
                                this);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);
    layout->addSpacing(24);

    auto *buttons = new QHBoxLayout;
    auto *importButton = new QPushButton(tr("&Import Files…"), this);
    auto *databaseButton = new QPushButton(tr("Import from Data&base…"), this);
    databaseButton->setObjectName(QStringLiteral("importFromDatabase"));
    auto *openButton = new QPushButton(tr("&Open Project…"), this);
    auto *demoButton = new QPushButton(tr("Open the &Demo"), this);
    for (QPushButton *b : {importButton, databaseButton, openButton, demoButton}) {
        b->setMinimumHeight(b->sizeHint().height() * 3 / 2);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(importButton, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(databaseButton, &QPushButton::clicked, this, &StartPage::databaseRequested);
    connect(openButton, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(QString()); });
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);

    layout->addSpacing(24);
    layout->addWidget(new QLabel(tr("Recent projects"), this));
    m_recent = new QListWidget(this);
    m_recent->setAlternatingRowColors(true);
    layout->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toString());
    });
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1    %2").arg(
                                             QFileInfo(path).fileName(),
                                             QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

} // namespace Segmenta
