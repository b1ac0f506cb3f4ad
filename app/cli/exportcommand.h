// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli export PROJECT --out DIR [--format csv|xlsx] [--encoding utf-8|gb18030]
//     [--segment NAME]... [--columns a,b,c] [--suppress FILE] [analysis options]
int runExport(const QStringList &arguments);

} // namespace Segmenta::Cli
