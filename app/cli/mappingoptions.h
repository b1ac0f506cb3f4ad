// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/tableimportoptions.h"

#include <QList>
#include <QString>

namespace Segmenta::Cli {

// A column has one role: `--map customer=X --map date=X` for one table is refused with a
// sentence naming the column and both roles (false after printing it).
bool eachColumnHasOneRole(const QList<ColumnMapping> &mappings, const QString &command);

} // namespace Segmenta::Cli
