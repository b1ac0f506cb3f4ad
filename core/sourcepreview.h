#pragma once

#include "result.h"
#include "role.h"
#include "tableimportoptions.h"

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
