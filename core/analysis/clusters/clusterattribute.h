// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/designmatrix.h"

#include <QStringList>

#include <vector>

namespace Segmenta {

// One customer attribute as the attribute clusters and their profiles see it
// (docs/clusters.md): its values, which of them every customer has, and how many customers
// have none. Categorical attributes keep their levels; a multi-valued one ("阅读、电影") is
// split on 、 , ; / (and their full-width forms) into one value per part. Numeric attributes
// are cut into up to kBands quantile bands ("18–30") for the profiles and the rules; the
// clustering uses their numbers, missing ones replaced by the mean. A customer without a value
// has the attribute's "missing" value: counted, shown, never dropped.
class ClusterAttribute
{
public:
    static constexpr int kBands = 5;

    static ClusterAttribute from(const DesignVariable &variable, bool splitMultiValued = true);

    bool isNumeric() const { return m_numeric; }
    bool isMultiValued() const { return m_multiValued; }
    const QString &name() const { return m_name; }
    qsizetype rowCount() const { return qsizetype(m_code.size()); }
    // The values (for a numeric attribute its bands); the last is the "missing" value when
    // some customer has none.
    const QStringList &values() const { return m_values; }
    int missingValue() const { return m_missingValue; } // -1 when nobody is missing
    qint64 missingCount() const { return m_missingCount; }
    // The values a customer has: one, or for a multi-valued attribute one or more.
    template<typename F> void forEachValue(qsizetype row, F &&f) const
    {
        const qint32 code = m_code[size_t(row)];
        if (!m_multiValued) {
            f(code);
            return;
        }
        for (qint32 v : m_partsOfLevel[size_t(code)])
            f(v);
    }
    bool hasValue(qsizetype row, int value) const;
    // The numbers, missing ones replaced by the mean (numeric attributes only).
    const std::vector<double> &numbers() const { return m_numbers; }
    double bandLow(int band) const { return m_bandLow[size_t(band)]; }
    double bandHigh(int band) const { return m_bandHigh[size_t(band)]; }

    // A rule-language condition that holds for the customers with the value (docs/rules.md).
    QString condition(int value) const;
    // The field name as the rule language wants it: bare, or in brackets.
    QString ruleField() const;

private:
    void codeCategorical(const DesignVariable &variable, bool splitMultiValued);
    void codeNumeric(const DesignVariable &variable);

    QString m_name;
    bool m_numeric = false;
    bool m_multiValued = false;
    QStringList m_values;
    std::vector<qint32> m_code;                      // per customer: value, or level when split
    std::vector<std::vector<qint32>> m_partsOfLevel; // multi-valued: the values of each level
    std::vector<double> m_numbers;
    std::vector<double> m_bandLow;
    std::vector<double> m_bandHigh;
    int m_missingValue = -1;
    qint64 m_missingCount = 0;
};

} // namespace Segmenta
