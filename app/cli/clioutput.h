// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Segmenta::Cli {

// stdout carries the JSON result only; every message for a person goes to stderr.
void printJson(const QJsonObject &object);
void printError(const QString &line);
void printLine(const QString &line);

} // namespace Segmenta::Cli
