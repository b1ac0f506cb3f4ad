// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace Segmenta::Cli {

// segmenta-cli import --source postgresql://user@host:port/db
//                     (--orders-table NAME | --orders-query SQL)
//                     [--customers-table NAME | --customers-query SQL] [--map ROLE=COLUMN]...
//                     [--as-of DATE] [--timeout SECONDS] [--max-customers N] [--sample-seed N]
//                     -o PROJECT
// (runImport hands over when --source is given.) The password comes from
// SEGMENTA_PG_PASSWORD or PGPASSWORD, or a prompt on a terminal; never the command line.
int runWarehouseImport(const QStringList &arguments);

// The options of a database import besides -o and --help: its parser takes exactly these, and
// `import --help` lists them from here, so the help cannot drift from the parser.
QList<QCommandLineOption> warehouseImportOptions();

// segmenta-cli refresh PROJECT [--snapshot NAME] [--max-customers N] [--sample-seed N] [--yes]:
// runs the project's stored source again; a stored query this user has not typed or confirmed
// is printed and runs only with --yes (docs/warehouse.md).
int runRefresh(const QStringList &arguments);

} // namespace Segmenta::Cli
