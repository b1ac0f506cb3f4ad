// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

namespace Segmenta {

struct WarehouseSource;

// The warehouse queries this user has typed or confirmed, kept outside any project: a project
// file from someone else can carry any SELECT to run with your password, so a refresh shows a
// query it has not seen from you and asks first (docs/warehouse.md, "Refresh"). Only SHA-256
// signatures are kept, one per line, in segmenta/confirmed-warehouse-queries under the user's
// configuration folder (XDG_CONFIG_HOME on Linux): a project cannot add to them.
class ConfirmedQueries
{
public:
    // Over the address and both queries; tables need no confirmation (Segmenta writes the SQL).
    static QByteArray signature(const WarehouseSource &source);
    // True when the source carries a query of its own that this user has not confirmed.
    static bool needsConfirmation(const WarehouseSource &source);
    // Remembers the source's queries as confirmed (nothing to do for tables only).
    static Status confirm(const WarehouseSource &source);
    // The queries as a person should read them before saying yes.
    static QString describe(const WarehouseSource &source);
    static QString storePath();
};

} // namespace Segmenta
