// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/role.h"
#include "data/stringpool.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace Segmenta {

enum class ColumnType { Text, Number, Date };

QString columnTypeName(ColumnType type);
ColumnType columnTypeFromName(const QString &name);

// One column of a table, held contiguously for analysis.
// Text:   codes into a shared StringPool, -1 = missing.
// Number: doubles, NaN = missing.
// Date:   days since 1970-01-01, kMissingDate = missing; seconds of the day kept when the
//         source carried a time.
class Column
{
public:
    static constexpr qint32 kMissingCode = -1;
    static constexpr qint32 kMissingDate = std::numeric_limits<qint32>::min();

    Column() = default;
    Column(QString name, ColumnType type, Role role = Role::None);

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    ColumnType type() const { return m_type; }
    Role role() const { return m_role; }
    void setRole(Role role) { m_role = role; }
    qsizetype size() const;

    // Text
    std::vector<qint32> &codes() { return m_ints; }
    const std::vector<qint32> &codes() const { return m_ints; }
    const StringPool &pool() const { return *m_pool; }
    StringPool &mutablePool() { return *m_pool; }
    std::shared_ptr<const StringPool> sharedPool() const { return m_pool; }
    void setPool(std::shared_ptr<StringPool> pool) { m_pool = std::move(pool); }
    QString text(qsizetype row) const;

    // Number
    std::vector<double> &numbers() { return m_numbers; }
    const std::vector<double> &numbers() const { return m_numbers; }
    double number(qsizetype row) const { return m_numbers[size_t(row)]; }

    // Date
    std::vector<qint32> &days() { return m_ints; }
    const std::vector<qint32> &days() const { return m_ints; }
    std::vector<qint32> &secondsOfDay() { return m_seconds; }
    const std::vector<qint32> &secondsOfDay() const { return m_seconds; }
    bool hasTime() const { return !m_seconds.empty(); }
    QDate date(qsizetype row) const;

    bool isMissing(qsizetype row) const;
    QVariant value(qsizetype row) const;   // typed value for display and sorting
    QString displayText(qsizetype row) const;

    static qint32 toDays(QDate date);
    static QDate fromDays(qint32 days);

    // Keeps only the rows whose keep flag is set, in order.
    void compact(const std::vector<char> &keep);

private:
    QString m_name;
    ColumnType m_type = ColumnType::Text;
    Role m_role = Role::None;
    std::vector<qint32> m_ints;
    std::vector<double> m_numbers;
    std::vector<qint32> m_seconds;
    std::shared_ptr<StringPool> m_pool;
};

inline bool isMissingNumber(double v)
{
    return std::isnan(v);
}

} // namespace Segmenta
