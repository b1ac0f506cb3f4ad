// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "data/role.h"
#include "import/tableimportoptions.h"

#include <QList>
#include <QStringList>

namespace Segmenta {

// The first rows of a source as the importer would read them, with the detected layout and
// roles, for the import wizard's preview (cheap: reads only the start of the file).
struct SourcePreview
{
    QString encoding;
    QString delimiter;
    bool hasHeader = true;
    QStringList sheets;            // for workbooks
    QStringList headers;
    QList<Role> roles;             // detected role per column (Role::None = attribute)
    QList<QStringList> rows;       // first rows, as text
    QStringList ambiguousDateColumns; // columns whose sample dates read both day- and month-first

    static Result<SourcePreview> read(const TableImportOptions &options, int maxRows = 50);
};

} // namespace Segmenta
