// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli analyze PROJECT [--as-of DATE] [--time-unit day|week|month]
//     [--holdout-from DATE] [--rfm-ties share|split] [--value revenue|profit|clv]
//     [--no-clusters] --json
int runAnalyze(const QStringList &arguments);
// segmenta-cli scores PROJECT [same options] -o FILE.csv
int runScores(const QStringList &arguments);
// segmenta-cli drivers PROJECT [--target value|high_value] [--x ATTRIBUTE]... --json
int runDrivers(const QStringList &arguments);

} // namespace Segmenta::Cli
