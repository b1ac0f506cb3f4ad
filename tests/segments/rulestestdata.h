// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small hand-built shop for the rule and assignment tests: Chinese headers and values, empty
// and missing cells, and orders so that CustomerAnalysis gives real computed measures. The test
// keeps its own copy of every input value (the Row lists below) to check the rules against,
// never reading back through the code under test.
#include "data/column.h"
#include "analysis/customeranalysis.h"
#include "segments/rules/customerfields.h"
#include "data/dataset.h"

#include <QStringList>

#include <cmath>
#include <optional>

namespace Segmenta::RulesTest {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Null QString = missing cell, "" = an empty cell (also missing for the rules).
inline const QStringList kIds = {"C01", "C02", "C03", "C04", "C05", "C06",
                                 "C07", "C08", "C09", "C10", "C11", "C12"};
inline const QStringList kNames = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊",
                                   "赵敏", "黄婷", "张敏", "吴昊", "徐丽", "孙强"};
inline const QStringList kCities = {"北京", "上海", "广州", "深圳",    "北京市", "",
                                    "上海", "杭州", "北京", "南京", QString(), "上海浦东"};
inline const QList<double> kIncome = {120000, 85000, kNaN, 300000, 50000, 100000,
                                      100001, 99999.5, kNaN, 0,    -5,    250000};
inline const QList<double> kAge = {25, 31, 18, 30, 45, kNaN, 29, 60, 17, 22, 35, 40};
inline const QStringList kSignup = {"2024-03-01", "2023-12-31", QString(), "2024-03-02",
                                    "2022-01-01", "2024-02-29", "2024-12-31", "2025-01-01",
                                    "2021-06-15", "2024-01-01", "2023-07-07", QString()};
inline const QStringList kLifestyle = {"Trend-Seeker", "trend-seeker", "家庭型", "",
                                       QString(),      "TREND-seeker", "户外",   "家庭型",
                                       "trend",        "seeker-trend", "户外运动", "家庭"};
inline const QList<double> kAnnualIncome = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, kNaN};
inline const QStringList kImportedTier = {"VIP", "普通", "vip", "普通", "VIP", QString(),
                                          "普通", "普通", "VIP", "普通", "普通", "普通"};

inline bool missing(const QString &s)
{
    return s.trimmed().isEmpty();
}

inline bool same(const QString &a, const QString &b) // the test's own case-insensitivity
{
    return !missing(a) && a.toLower() == b.toLower();
}

inline qint32 dayOf(const QString &iso)
{
    return Column::toDays(QDate::fromString(iso, Qt::ISODate));
}

inline Column textColumn(const QString &name, Role role, const QStringList &values)
{
    Column c(name, ColumnType::Text, role);
    auto pool = std::make_shared<StringPool>();
    for (const QString &v : values) {
        const QByteArray utf8 = v.toUtf8();
        c.codes().push_back(v.isNull() ? Column::kMissingCode
                                       : pool->intern({utf8.constData(), size_t(utf8.size())}));
    }
    c.setPool(std::move(pool));
    return c;
}

inline Column numberColumn(const QString &name, Role role, const QList<double> &values)
{
    Column c(name, ColumnType::Number, role);
    c.numbers().assign(values.begin(), values.end());
    return c;
}

inline Column dateColumn(const QString &name, Role role, const QStringList &values)
{
    Column c(name, ColumnType::Date, role);
    for (const QString &v : values)
        c.days().push_back(v.isNull() ? Column::kMissingDate : dayOf(v));
    return c;
}

// Customer i (0-based) has i % 4 + 1 orders when i < 10; C11 and C12 never ordered.
inline Dataset shop()
{
    Table customers(TableKind::Customers);
    customers.addColumn(textColumn("客户编号", Role::Customer, kIds));
    customers.addColumn(textColumn("姓名", Role::Name, kNames));
    customers.addColumn(textColumn("城市", Role::City, kCities));
    customers.addColumn(numberColumn("年收入", Role::Income, kIncome));
    customers.addColumn(numberColumn("年龄", Role::Age, kAge));
    customers.addColumn(dateColumn("注册日期", Role::SignupDate, kSignup));
    customers.addColumn(textColumn("生活方式", Role::None, kLifestyle));
    customers.addColumn(numberColumn("Annual income", Role::None, kAnnualIncome));
    customers.addColumn(textColumn("tier", Role::None, kImportedTier));

    QStringList orderCustomers, orderIds;
    QList<double> amounts;
    QStringList dates;
    for (int i = 0; i < 10; ++i) {
        for (int k = 0; k <= i % 4; ++k) {
            orderCustomers << kIds[i];
            orderIds << QStringLiteral("O%1-%2").arg(i).arg(k);
            amounts << 50.0 * (i + 1) * (k + 1);
            dates << QDate(2024, 1 + (i + 3 * k) % 12, 1 + i).toString(Qt::ISODate);
        }
    }
    Table orders(TableKind::Transactions);
    orders.addColumn(textColumn("客户编号", Role::Customer, orderCustomers));
    orders.addColumn(textColumn("订单编号", Role::Order, orderIds));
    orders.addColumn(dateColumn("订单日期", Role::Date, dates));
    orders.addColumn(numberColumn("金额", Role::Amount, amounts));
    return Dataset::link(std::move(customers), std::move(orders));
}

// The analysis of shop() as of 2025-01-01 (for the computed measures).
inline Result<CustomerAnalysis> analysed(const Dataset &data)
{
    AnalysisOptions options;
    options.asOfDay = dayOf("2025-01-01");
    return CustomerAnalysis::run(data, options);
}

} // namespace Segmenta::RulesTest
