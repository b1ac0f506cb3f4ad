// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli segments PROJECT [--rules FILE.json] [--write-rules FILE.json]
//     [--explain CUSTOMER_ID] [analysis options] --json
// Replaces the project's segments with those of a segment file (all rules must compile, else
// nothing changes), and prints each segment's customers and P&L, the unassigned customers and
// the overlap matrix.
int runSegments(const QStringList &arguments);

} // namespace Segmenta::Cli
