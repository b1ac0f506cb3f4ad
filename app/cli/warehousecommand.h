// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

// segmenta-cli refresh PROJECT [--snapshot NAME] [--max-customers N] [--sample-seed N]: runs the
// project's stored source again.
int runRefresh(const QStringList &arguments);

} // namespace Segmenta::Cli
