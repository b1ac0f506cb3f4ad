// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Segmenta {

namespace {

struct Component
{
    const char *name;
    const char *licence;
    const char *url;
};

// What the installers ship (packaging/licenses/THIRD-PARTY-NOTICES.txt says the same).
const Component kComponents[] = {
    {"Qt", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "GNU Lesser General Public License 3.0"),
     "https://www.qt.io/"},
    // Open-source Qt ships Qt Charts under the GPL 3.0 only, hence Segmenta's own GPL.
    {"Qt Charts", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "GNU General Public License 3.0"),
     "https://doc.qt.io/qt-6/qtcharts-index.html"},
    {"Eigen", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "Mozilla Public License 2.0"),
     "https://eigen.tuxfamily.org/"},
    {"SQLite", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "Public domain"),
     "https://www.sqlite.org/"},
    {"zlib", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "zlib licence"), "https://zlib.net/"},
    {"minizip", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "zlib licence"),
     "https://www.winimage.com/zLibDll/minizip.html"},
    {"libxlsxwriter", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "BSD 2-clause licence"),
     "https://libxlsxwriter.github.io/"},
#ifdef SEGMENTA_KEYCHAIN // the warehouse password in the system keychain
    {"QtKeychain", QT_TRANSLATE_NOOP("Segmenta::AboutDialog", "BSD 2-clause licence"),
     "https://github.com/frankosterfeld/qtkeychain"},
#endif
};

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Segmenta"));

    QString rows;
    for (const Component &c : kComponents) {
        QString name = QString::fromLatin1(c.name);
        if (name == QStringLiteral("Qt"))
            name += u' ' + QString::fromLatin1(qVersion());
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>&nbsp;&nbsp;%3</td></tr>")
                    .arg(QString::fromLatin1(c.url), name, tr(c.licence));
    }
    const QString paragraph = QStringLiteral("<p>%1</p>");
    m_text = tr("<h3>Segmenta %1</h3><p>Customer segmentation for marketing managers.</p>")
                 .arg(QStringLiteral(SEGMENTA_VERSION))
             + paragraph.arg(tr("Segmenta is free software under the GNU General Public "
                                "License 3.0 or later, and comes with no warranty."))
             + paragraph.arg(tr("Segmenta is built with these components, under their licences:"))
             + QStringLiteral("<table>%1</table>").arg(rows)
             + paragraph.arg(tr("Qt is used as shared libraries, which can be replaced by other "
                                "builds of the same version."));
    const QString folder = licenceFolder();
    if (!folder.isEmpty())
        m_text += paragraph.arg(tr("The licence texts are in <a href=\"%1\">%2</a>.")
                                    .arg(QUrl::fromLocalFile(folder).toString(),
                                         QDir::toNativeSeparators(folder)));

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/segmenta.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(m_text);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(logo);
    top->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::licenceFolder()
{
    // Linux (share/doc/segmenta), Windows (licenses beside bin), macOS (Contents/Resources).
    const QDir app(QCoreApplication::applicationDirPath());
    for (const char *relative : {"../share/doc/segmenta", "../licenses", "../Resources/licenses"}) {
        const QString folder = QDir::cleanPath(app.filePath(QString::fromLatin1(relative)));
        if (QFileInfo::exists(folder + QStringLiteral("/THIRD-PARTY-NOTICES.txt")))
            return folder;
    }
    return {};
}

} // namespace Segmenta
