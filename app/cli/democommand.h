// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli demo [-o FOLDER] [--customers N] [--seed N]: writes the demo data set and
// builds demo.segmenta from it.
int runDemo(const QStringList &arguments);

} // namespace Segmenta::Cli
