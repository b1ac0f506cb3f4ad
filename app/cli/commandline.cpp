// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "clioutput.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Segmenta::Cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    // arguments[0] is "segmenta-cli COMMAND" (main.cpp).
    const QString command = arguments.value(0).section(u' ', -1);
    if (!parser.parse(arguments)) {
        printError(QStringLiteral("%1: %2 Run 'segmenta-cli %1 --help' for its options.")
                       .arg(command, parser.errorText()));
        return 2;
    }
    const QStringList given = parser.optionNames();
    for (const char *help : {"help", "h", "?", "help-all"}) {
        if (given.contains(QLatin1String(help))) {
            const QByteArray text = parser.helpText().toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            return 0;
        }
    }
    return std::nullopt;
}

} // namespace Segmenta::Cli
