// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/rules/rulefieldkind.h"

#include "segments/rules/customerfields.h"

#include <QStringList>

namespace Segmenta {

namespace {

bool containsAny(const QString &text, const QStringList &words)
{
    for (const QString &w : words)
        if (text.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

RuleFieldKind kindOfRole(Role role)
{
    switch (role) {
    case Role::Product:
    case Role::Category:
        return RuleFieldKind::Product;
    case Role::Assets:
    case Role::Income:
        return RuleFieldKind::Assets;
    case Role::SignupDate:
        return RuleFieldKind::SignupDate;
    default:
        break;
    }
    return RuleFieldKind::Other;
}

RuleFieldKind kindOfHeader(const QString &header)
{
    // Signup first: "注册产品" or "product registration date" is about time, not product.
    static const QStringList signup = {
        QStringLiteral("signup"),      QStringLiteral("sign_up"),  QStringLiteral("sign-up"),
        QStringLiteral("sign up"),     QStringLiteral("register"), QStringLiteral("registration"),
        QStringLiteral("joined"),      QStringLiteral("join date"), QStringLiteral("join_date"),
        QStringLiteral("member since"), QStringLiteral("注册"),    QStringLiteral("开户"),
        QStringLiteral("入会")};
    static const QStringList assets = {
        QStringLiteral("asset"),  QStringLiteral("income"), QStringLiteral("wealth"),
        QStringLiteral("deposit"), QStringLiteral("net worth"),
        QStringLiteral("资产"),   QStringLiteral("收入"),   QStringLiteral("财富"),
        QStringLiteral("存款")};
    static const QStringList product = {QStringLiteral("product"), QStringLiteral("category"),
                                        QStringLiteral("sku"),     QStringLiteral("产品"),
                                        QStringLiteral("品类"),    QStringLiteral("商品")};
    // "customer category" / 客户类别 is the customer type (docs/domain.md, "Customers and orders"), not
    // a product.
    static const QStringList customer = {QStringLiteral("customer"), QStringLiteral("客户")};
    if (containsAny(header, signup))
        return RuleFieldKind::SignupDate;
    if (containsAny(header, assets))
        return RuleFieldKind::Assets;
    if (containsAny(header, product) && !containsAny(header, customer))
        return RuleFieldKind::Product;
    return RuleFieldKind::Other;
}

} // namespace

QString ruleFieldKindName(RuleFieldKind kind)
{
    switch (kind) {
    case RuleFieldKind::Other:
        return QStringLiteral("other");
    case RuleFieldKind::Product:
        return QStringLiteral("product");
    case RuleFieldKind::Assets:
        return QStringLiteral("assets");
    case RuleFieldKind::SignupDate:
        return QStringLiteral("signup_date");
    case RuleFieldKind::Growth:
        break;
    }
    return QStringLiteral("growth");
}

RuleFieldKind ruleFieldKind(const QString &name, const CustomerFields *fields)
{
    // The measures that look forward or at change (docs/domain.md, "Growth"): growth and trend
    // directly, lifecycle / value_group (most growable) / p_alive / purchase_probability / clv
    // through the lifetime model.
    static const QStringList growth = {
        QStringLiteral("growth"),  QStringLiteral("trend"),   QStringLiteral("lifecycle"),
        QStringLiteral("value_group"), QStringLiteral("p_alive"),
        QStringLiteral("purchase_probability"), QStringLiteral("clv")};
    const CustomerFields::Field *field = fields ? fields->find(name) : nullptr;
    if (field && field->computed)
        return growth.contains(field->name, Qt::CaseInsensitive) ? RuleFieldKind::Growth
                                                                 : RuleFieldKind::Other;
    if (!field && growth.contains(name, Qt::CaseInsensitive))
        return RuleFieldKind::Growth;
    if (field && field->column) {
        if (const RuleFieldKind k = kindOfRole(field->column->role()); k != RuleFieldKind::Other)
            return k;
        if (const RuleFieldKind k = kindOfHeader(field->column->name()); k != RuleFieldKind::Other)
            return k;
    }
    return kindOfHeader(name);
}

} // namespace Segmenta
