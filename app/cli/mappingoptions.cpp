// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingoptions.h"

#include "clioutput.h"

namespace Segmenta::Cli {

bool eachColumnHasOneRole(const QList<ColumnMapping> &mappings, const QString &command)
{
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const ColumnMapping &a = mappings[j], &b = mappings[i];
            if (a.role == b.role || a.column.compare(b.column, Qt::CaseInsensitive) != 0)
                continue;
            printError(QStringLiteral("%1: the column “%2” is given two roles, %3 and %4; a column has one role.")
                           .arg(command, b.column, Roles::name(a.role), Roles::name(b.role)));
            return false;
        }
    }
    return true;
}

} // namespace Segmenta::Cli
