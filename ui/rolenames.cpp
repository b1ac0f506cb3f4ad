// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolenames.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Segmenta {

QString RoleNames::displayName(Role role)
{
    const char *text = nullptr;
    switch (role) {
    case Role::None: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Attribute"); break;
    case Role::Customer: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Customer ID"); break;
    case Role::Order: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Order ID"); break;
    case Role::Date: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Order date"); break;
    case Role::Amount: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Amount"); break;
    case Role::Quantity: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Quantity"); break;
    case Role::UnitPrice: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Unit price"); break;
    case Role::Product: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Product"); break;
    case Role::Category: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Category"); break;
    case Role::Margin: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Margin"); break;
    case Role::Channel: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Channel"); break;
    case Role::Name: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Name"); break;
    case Role::Phone: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Phone"); break;
    case Role::Email: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "E-mail"); break;
    case Role::Region: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Region"); break;
    case Role::City: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "City"); break;
    case Role::CustomerType: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Customer type"); break;
    case Role::Gender: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Gender"); break;
    case Role::Age: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Age"); break;
    case Role::BirthDate: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Birth date"); break;
    case Role::Income: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Income"); break;
    case Role::Assets: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Assets"); break;
    case Role::Credit: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Credit"); break;
    case Role::SignupDate: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Signup date"); break;
    case Role::CostToServe: text = QT_TRANSLATE_NOOP("Segmenta::RoleNames", "Cost to serve"); break;
    }
    return text ? QCoreApplication::translate("Segmenta::RoleNames", text) : QString();
}

void RoleNames::addItems(QComboBox *box, TableKind kind)
{
    box->addItem(displayName(Role::None), int(Role::None));
    for (Role role : Roles::rolesOf(kind))
        box->addItem(displayName(role), int(role));
}

} // namespace Segmenta
