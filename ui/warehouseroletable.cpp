// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouseroletable.h"

#include "rolenames.h"

#include <QComboBox>
#include <QHeaderView>

namespace Segmenta {

WarehouseRoleTable::WarehouseRoleTable(TableKind kind, QWidget *parent)
    : QTableWidget(0, 2, parent), m_kind(kind)
{
    setHorizontalHeaderLabels({tr("Column"), tr("Role")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void WarehouseRoleTable::setColumns(const QStringList &columns, const QList<ColumnMapping> &earlier)
{
    m_columns = columns;
    QList<Role> roles(columns.size(), Role::None);
    for (const ColumnMapping &m : earlier) {
        if (!Roles::belongsTo(m.role, m_kind) || roles.contains(m.role))
            continue;
        for (qsizetype c = 0; c < columns.size(); ++c)
            if (roles[c] == Role::None && columns[c].compare(m.column, Qt::CaseInsensitive) == 0) {
                roles[c] = m.role;
                break;
            }
    }
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Role detected = Roles::detect(columns[c], m_kind);
        if (roles[c] == Role::None && detected != Role::None && !roles.contains(detected))
            roles[c] = detected;
    }
    setRowCount(int(columns.size()));
    for (int c = 0; c < int(columns.size()); ++c) {
        setItem(c, 0, new QTableWidgetItem(columns[c]));
        auto *box = new QComboBox(this);
        RoleNames::addItems(box, m_kind);
        box->setCurrentIndex(box->findData(int(roles[c])));
        setCellWidget(c, 1, box);
    }
}

QList<ColumnMapping> WarehouseRoleTable::mappings() const
{
    QList<ColumnMapping> out;
    for (int c = 0; c < rowCount(); ++c) {
        const auto *box = qobject_cast<const QComboBox *>(cellWidget(c, 1));
        const Role role = box ? Role(box->currentData().toInt()) : Role::None;
        if (role != Role::None)
            out.append(ColumnMapping{role, m_columns.value(c), QString()});
    }
    return out;
}

QString WarehouseRoleTable::problem() const
{
    const QList<ColumnMapping> given = mappings();
    QList<Role> roles;
    for (const ColumnMapping &m : given) {
        if (roles.contains(m.role))
            return tr("Two columns have the role “%1”; give it to one of them only.")
                .arg(RoleNames::displayName(m.role));
        roles.append(m.role);
    }
    const bool orders = m_kind == TableKind::Transactions;
    if (!roles.contains(Role::Customer))
        return orders ? tr("Choose the orders column that holds the customer ID.")
                      : tr("Choose the customer list's column that holds the customer ID.");
    if (orders && !roles.contains(Role::Date))
        return tr("Choose the orders column that holds the order date.");
    if (orders && !roles.contains(Role::Amount)
        && !(roles.contains(Role::Quantity) && roles.contains(Role::UnitPrice)))
        return tr("Choose the orders column that holds the amount (or the quantity and the unit price).");
    return {};
}

} // namespace Segmenta
