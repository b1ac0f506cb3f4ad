// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/role.h"
#include "import/tableimportoptions.h"

#include <QTableWidget>

namespace Segmenta {

// The columns a warehouse relation has, as the server reported them, each with its role (the
// same roles as file import), pre-filled from the names or from earlier choices and editable.
class WarehouseRoleTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit WarehouseRoleTable(TableKind kind, QWidget *parent = nullptr);

    // Fills the table: a role from `earlier` when it names one of the columns, else the one
    // Roles::detect recognises (each role once).
    void setColumns(const QStringList &columns, const QList<ColumnMapping> &earlier = {});
    QStringList columns() const { return m_columns; }
    // Every column with a role, as explicit mappings.
    QList<ColumnMapping> mappings() const;
    // Why the roles cannot summarise the relation (a required role missing or given twice), in
    // one sentence; empty when they can.
    QString problem() const;

private:
    TableKind m_kind;
    QStringList m_columns;
};

} // namespace Segmenta
