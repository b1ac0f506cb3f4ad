// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/rules/rulecondition.h"

#include "base/computepool.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace Segmenta {

namespace {

// One loop per operator so the compiler can vectorise each; missing(v) excludes missing values
// from every test but "is missing".
template<typename T, typename Missing>
void compare(const T *v, qsizetype count, quint8 *out, RuleCondition::Op op, T a, T b,
             const std::vector<T> &list, Missing missing)
{
    using Op = RuleCondition::Op;
    switch (op) {
    case Op::Equal:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && v[i] == a;
        break;
    case Op::NotEqual:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && v[i] != a;
        break;
    case Op::Less:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && v[i] < a;
        break;
    case Op::LessOrEqual:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && v[i] <= a;
        break;
    case Op::Greater:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && v[i] > a;
        break;
    case Op::GreaterOrEqual:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && v[i] >= a;
        break;
    case Op::Between:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && v[i] >= a && v[i] <= b;
        break;
    case Op::NotBetween:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]) && (v[i] < a || v[i] > b);
        break;
    case Op::In:
    case Op::NotIn: {
        const bool in = op == Op::In;
        for (qsizetype i = 0; i < count; ++i) {
            const T x = v[i];
            const bool found = std::find(list.begin(), list.end(), x) != list.end();
            out[i] = !missing(x) && found == in;
        }
        break;
    }
    case Op::Missing:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = missing(v[i]);
        break;
    case Op::NotMissing:
    case Op::Lookup:
        for (qsizetype i = 0; i < count; ++i)
            out[i] = !missing(v[i]);
        break;
    }
}

bool numberMissing(double v)
{
    return v != v;
}

bool dateMissing(qint32 d)
{
    return d == Column::kMissingDate;
}

} // namespace

void RuleCondition::evaluate(qsizetype begin, qsizetype end, quint8 *out) const
{
    const qsizetype count = end - begin;
    switch (column->type()) {
    case ColumnType::Number:
        compare(column->numbers().data() + begin, count, out, op, low, high, numbers,
                numberMissing);
        break;
    case ColumnType::Date:
        compare(column->days().data() + begin, count, out, op, lowDay, highDay, days,
                dateMissing);
        break;
    case ColumnType::Text: {
        const qint32 *codes = column->codes().data() + begin;
        const quint8 *lookup = table.data() + 1; // code -1 (missing) reads entry 0
        for (qsizetype i = 0; i < count; ++i)
            out[i] = lookup[codes[i]];
        break;
    }
    }
}

bool RuleCondition::holds(qsizetype row) const
{
    quint8 out = 0;
    evaluate(row, row + 1, &out);
    return out != 0;
}

std::vector<quint8> RuleCondition::textTable(const Column &column,
                                             const std::function<bool(const QString &)> &test,
                                             bool missingValue)
{
    const StringPool &pool = column.pool();
    const qint32 size = pool.size();
    std::vector<quint8> table(size_t(size) + 1);
    table[0] = missingValue;
    auto fill = [&](qint32 begin, qint32 end) {
        for (qint32 code = begin; code < end; ++code) {
            const QString value = pool.text(code);
            table[size_t(code) + 1] = value.trimmed().isEmpty() ? missingValue : test(value);
        }
    };
    constexpr qint32 kChunk = 32768;
    if (size <= kChunk) {
        fill(0, size);
        return table;
    }
    std::vector<qint32> chunks((size + kChunk - 1) / kChunk);
    std::iota(chunks.begin(), chunks.end(), 0);
    QtConcurrent::blockingMap(computePool(), chunks, [&](qint32 chunk) {
        fill(chunk * kChunk, std::min(size, (chunk + 1) * kChunk));
    });
    return table;
}

} // namespace Segmenta
