// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingscommand.h"

#include "clioutput.h"
#include "commandline.h"

#include "export/listlanguage.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"

#include <QCommandLineParser>

namespace Segmenta::Cli {

namespace {

// A currency sign: a few printable characters ("¥", "US$", "CHF"), no blanks inside.
bool validCurrency(const QString &sign)
{
    if (sign.size() > 8)
        return false;
    for (const QChar c : sign)
        if (!c.isPrint() || c.isSpace())
            return false;
    return true;
}

QJsonValue valueOrNull(const QJsonObject &settings, const QString &key)
{
    return settings.contains(key) ? settings.value(key) : QJsonValue();
}

} // namespace

int runSettings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows the settings of a project a person may change, and changes those given: the "
        "currency money is shown with, the language of the target lists."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .segmenta project."));
    parser.addOption({QStringLiteral("currency"), QStringLiteral("The sign money is shown with, e.g. ¥, $, € (\"\": the locale's)."), QStringLiteral("SYMBOL")});
    parser.addOption({QStringLiteral("list-language"), QStringLiteral("The language of the target lists and chart lists: en, zh_CN, zh_TW or codes (\"\": the UI language)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format; accepted for clarity).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    const QString command = QStringLiteral("settings");
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("%1: name one project.").arg(command));
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString currency = parser.value(QStringLiteral("currency")).trimmed();
    if (!validCurrency(currency)) {
        printError(QStringLiteral("%1: --currency takes a sign of at most 8 characters without "
                                  "blanks, e.g. ¥.")
                       .arg(command));
        return 2;
    }
    const QString list = parser.value(QStringLiteral("list-language")).trimmed();
    ListLanguage::Language language = ListLanguage::Language::English;
    if (!list.isEmpty() && list != u"codes" && !ListLanguage::fromCode(list, language)) {
        printError(QStringLiteral("%1: --list-language takes en, zh_CN, zh_TW or codes.").arg(command));
        return 2;
    }

    auto settings = ProjectFile::loadSettings(path);
    if (!settings) {
        printError(QStringLiteral("%1: %2").arg(command, settings.errorString()));
        return 1;
    }
    QJsonObject changed = *settings;
    // An empty value is stored, not removed: saving settings only adds or replaces keys, and
    // the readers take "" as unset.
    const auto set = [&changed](const QString &key, const QString &value) {
        changed.insert(key, value);
    };
    if (parser.isSet(QStringLiteral("currency")))
        set(ProjectSettings::kCurrency, currency);
    if (parser.isSet(QStringLiteral("list-language")))
        set(ProjectSettings::kListLanguage,
            list == u"codes" || list.isEmpty() ? list : ListLanguage::code(language));
    if (changed != *settings) {
        if (Status st = ProjectFile::saveSettings(path, changed); !st) {
            printError(QStringLiteral("%1: %2").arg(command, st.errorString()));
            return 1;
        }
    }
    printJson({{QStringLiteral("project"), path},
               {QStringLiteral("currency"), valueOrNull(changed, ProjectSettings::kCurrency)},
               {QStringLiteral("list_language"),
                valueOrNull(changed, ProjectSettings::kListLanguage)}});
    return 0;
}

} // namespace Segmenta::Cli
