// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace Segmenta::Cli {

void printJson(const QJsonObject &object)
{
    const QByteArray out = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &line)
{
    const QByteArray out = QStringLiteral("segmenta-cli: %1\n").arg(line).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
}

void printLine(const QString &line)
{
    const QByteArray out = (line + u'\n').toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
}

} // namespace Segmenta::Cli
