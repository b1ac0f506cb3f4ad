// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace Segmenta {

// The UI language: English, 简体中文 or 繁體中文. Chosen in the Language menu and kept in the
// settings; switching rebuilds the main window in the new language (MainWindow::switchLanguage).
class Language
{
public:
    static QStringList available();           // "en", "zh_CN", "zh_TW"
    static QString displayName(const QString &code);
    static QString current();                 // from the settings, else the system's
    static void setCurrent(const QString &code);
    // Installs Qt's and Segmenta's translators for code (default: the current language),
    // replacing those installed before.
    static void install(QApplication &app, QString code = {});
};

} // namespace Segmenta
