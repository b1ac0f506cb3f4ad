// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "data/column.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace Segmenta {

// One leaf condition of a compiled rule, evaluated over a range of customers. Numbers and dates
// are compared in a tight loop; every text test (=, in, contains, starts with, is missing) is
// turned at compile time into a lookup table over the column's string pool, so evaluation is
// one gather per row whatever the test. Any test on a missing value is false, except
// "is missing" (docs/rules.md).
struct RuleCondition
{
    enum class Op : quint8 {
        Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Between, NotBetween, In,
        NotIn, Missing, NotMissing,
        Lookup // text: the table decides
    };

    QString text;                  // as written, for explanations
    QString field;                 // the field's canonical name, for explanations
    const Column *column = nullptr;
    Op op = Op::Equal;
    double low = 0, high = 0;      // Number operands (high: upper bound of between)
    qint32 lowDay = 0, highDay = 0;
    std::vector<double> numbers;   // Number in-list
    std::vector<qint32> days;      // Date in-list
    std::vector<quint8> table;     // Text: table[code + 1], entry 0 for a missing value
    // Values compared with =, != or in that no customer has (docs/rules.md, "Warnings"): the
    // rule is valid, but the condition most likely holds a typo.
    QList<Message> warnings;

    // out[i - begin] = 1 when the condition holds for customer i, else 0.
    void evaluate(qsizetype begin, qsizetype end, quint8 *out) const;
    bool holds(qsizetype row) const;

    // The lookup table of a text test: test(value) for every pool string; missing (and empty)
    // values get missingValue. Large pools are split over computePool().
    static std::vector<quint8> textTable(const Column &column,
                                         const std::function<bool(const QString &)> &test,
                                         bool missingValue);
};

} // namespace Segmenta
