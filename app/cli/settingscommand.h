// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli settings PROJECT [--currency SYMBOL] [--list-language CODE]
// Prints the project's settings a person may change (currency, list language) as JSON, after
// changing those given; "" puts one back to its default.
int runSettings(const QStringList &arguments);

} // namespace Segmenta::Cli
