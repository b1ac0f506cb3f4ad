// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli clusters PROJECT [--features A,B,C] [--k N|auto] [--seed S] [--max-k N]
//     [--table ATTRIBUTE]... [--write-rules FILE.json] [analysis options] --json
int runClusters(const QStringList &arguments);

} // namespace Segmenta::Cli
