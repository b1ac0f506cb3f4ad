#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace Segmenta {

// The UI language: English, 简体中文 or 繁體中文. Chosen in the Language menu, kept in the
// settings, applied at start-up (the window is rebuilt by restarting the application).
class Language
{
public:
    static QStringList available();           // "en", "zh_CN", "zh_TW"
    static QString displayName(const QString &code);
    static QString current();                 // from the settings, else the system's
    static void setCurrent(const QString &code);
    // Installs Qt's and Segmenta's translators for the current language.
    static void install(QApplication &app);
};

} // namespace Segmenta
