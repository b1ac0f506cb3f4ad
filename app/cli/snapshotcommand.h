// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli snapshot PROJECT [--name NAME] [--list] [--delete ID] [analysis options]
// Takes a snapshot of every customer's segment and tier and saves it in the project (prints
// its summary as JSON); --list prints the stored snapshots, --delete removes one.
int runSnapshot(const QStringList &arguments);
// segmenta-cli migration PROJECT --from ID --to ID [--by segment|tier] --json
// How customers moved between two snapshots (rows: older, columns: newer, plus new and gone).
int runMigration(const QStringList &arguments);

} // namespace Segmenta::Cli
