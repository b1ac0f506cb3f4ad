// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Segmenta {

// The part a column plays (docs/domain.md, "Customers and orders"). The canonical names are used by
// the command line (--map ROLE=COLUMN), the project file and the rule language.
enum class Role {
    None, // an attribute, known by its own header
    Customer,
    // transactions
    Order,
    Date,
    Amount,
    Quantity,
    UnitPrice,
    Product,
    Category,
    Margin,
    Channel,
    // customers
    Name,
    Phone,
    Email,
    Region,
    City,
    CustomerType,
    Gender,
    Age,
    BirthDate,
    Income,
    Assets,
    Credit,
    SignupDate,
    CostToServe,
};

enum class TableKind { Customers, Transactions };

namespace Roles {

QString name(Role role);
Role fromName(const QString &name); // Role::None when unknown
bool belongsTo(Role role, TableKind table);
QList<Role> rolesOf(TableKind table);
// Roles whose values must parse for a line to be kept.
bool isRequired(Role role, TableKind table);

// Recognises a header in English or Chinese ("CustomerID", "客户编号", "订单日期", ...).
Role detect(const QString &header, TableKind table);

} // namespace Roles
} // namespace Segmenta
