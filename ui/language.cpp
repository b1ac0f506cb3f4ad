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

QString Language::current()
{
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
}

void Language::install(QApplication &app)
{
    const QString code = current();
    if (code == u"en")
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/segmenta_") + code + QStringLiteral(".qm")))
        QApplication::installTranslator(own);
    QLocale::setDefault(QLocale(code));
}

} // namespace Segmenta
