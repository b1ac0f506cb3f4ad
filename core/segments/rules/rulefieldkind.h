// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

class CustomerFields;

// What a field named in a segment rule describes, for the health checks (docs/domain.md, "Classic
// segmentation mistakes") that flag segments defined only by product bought (按产品类型), only by assets
// (按资产) or only by signup date (按自然时间), and segmentations that ignore growth.
enum class RuleFieldKind : quint8 { Other, Product, Assets, SignupDate, Growth };

// "other", "product", "assets", "signup_date", "growth"
QString ruleFieldKindName(RuleFieldKind kind);

// The kind of a field by its resolved name. Computed measures: growth, trend, lifecycle,
// value_group, p_alive, purchase_probability and clv are Growth, the others Other. Imported
// columns (found in fields when given): by role first (Product, Category → Product; Assets,
// Income → Assets; SignupDate → SignupDate), then by words in the header (product, category,
// sku, 产品, 品类, 商品 unless it also says customer/客户; asset, income, wealth, deposit, net worth,
// 资产, 收入, 财富, 存款; signup, register, joined, member since, 注册, 开户, 入会).
RuleFieldKind ruleFieldKind(const QString &name, const CustomerFields *fields = nullptr);

} // namespace Segmenta
