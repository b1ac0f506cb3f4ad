// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Segmenta {

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString Language::displayName(const QString &code)
{
    // Each language in its own script, as language menus do.
    if (code == u"zh_CN")
        return QStringLiteral("简体中文");
    if (code == u"zh_TW")
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

namespace {
QString s_installed; // the language of this run, when given on the command line
}

QString Language::current()
{
    if (!s_installed.isEmpty())
        return s_installed;
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    if (available().contains(chosen))
        return chosen;
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return system.script() == QLocale::TraditionalChineseScript
                       || system.territory() == QLocale::Taiwan
                       || system.territory() == QLocale::HongKong
                   ? QStringLiteral("zh_TW")
                   : QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void Language::setCurrent(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    s_installed.clear();
}

void Language::install(QApplication &app, QString code)
{
    if (code.isEmpty() || !available().contains(code))
        code = current();
    s_installed = code;
    const QString kName = QStringLiteral("segmentaTranslator");
    for (QTranslator *old : app.findChildren<QTranslator *>(kName, Qt::FindDirectChildrenOnly)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    if (code == u"en") {
        // English needs only its plural forms ("1 finding", "5 findings"), translations/en_plurals.py.
        auto *plurals = new QTranslator(&app);
        plurals->setObjectName(kName);
        if (plurals->load(QStringLiteral(":/i18n/segmenta_en.qm")))
            QApplication::installTranslator(plurals);
        QLocale::setDefault(QLocale::system());
        return;
    }
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kName);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    own->setObjectName(kName);
    if (own->load(QStringLiteral(":/i18n/segmenta_") + code + QStringLiteral(".qm")))
        QApplication::installTranslator(own);
    QLocale::setDefault(QLocale(code));
}

} // namespace Segmenta
