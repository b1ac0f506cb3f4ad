// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli import [--customers FILE] [--transactions FILE] [--map ROLE=COLUMN[:FORMAT]]...
//                     [--no-header] [--encoding NAME] [--delimiter NAME] [--date-order ORDER]
//                     [--sheet NAME] [--rejected FILE] [--force] -o PROJECT
int runImport(const QStringList &arguments);

} // namespace Segmenta::Cli
