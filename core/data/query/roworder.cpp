// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/query/roworder.h"

#include "data/stringpool.h"
#include "base/taskcontrol.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace Segmenta {

std::vector<qint32> RowOrder::textRanks(const Column &column)
{
    const StringPool &pool = column.pool();
    std::vector<QString> texts(size_t(pool.size()));
    for (qint32 i = 0; i < pool.size(); ++i)
        texts[size_t(i)] = pool.text(i);
    std::vector<qint32> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setNumericMode(true); // "A2" before "A10", as people expect of ids
    std::stable_sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        return collator.compare(texts[size_t(a)], texts[size_t(b)]) < 0;
    });
    std::vector<qint32> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = qint32(i);
    return rank;
}

std::vector<qint32> RowOrder::sorted(const Column &column, bool ascending,
                                     const std::vector<qint32> *rows, TaskControl *control)
{
    std::vector<qint32> result;
    if (rows) {
        result = *rows;
    } else {
        result.resize(size_t(column.size()));
        std::iota(result.begin(), result.end(), 0);
    }
    // Missing rows are moved to the end first; the rest is sorted on a key vector.
    const auto firstMissing = std::stable_partition(result.begin(), result.end(),
                                                    [&](qint32 r) { return !column.isMissing(r); });
    if (control && control->isCancelled())
        return {};
    // One stable sort on a key per row; descending swaps the arguments, so equal keys keep
    // their row order both ways.
    auto sortBy = [&](auto key) {
        std::stable_sort(result.begin(), firstMissing, [&](qint32 a, qint32 b) {
            return ascending ? key(a) < key(b) : key(b) < key(a);
        });
    };
    switch (column.type()) {
    case ColumnType::Number: {
        const auto &v = column.numbers();
        sortBy([&v](qint32 r) { return v[size_t(r)]; });
        break;
    }
    case ColumnType::Date: {
        // Day first, then the time of day where the source had one.
        const auto &d = column.days();
        const auto &s = column.secondsOfDay();
        sortBy([&](qint32 r) {
            return qint64(d[size_t(r)]) * 86400 + (s.empty() ? 0 : s[size_t(r)]);
        });
        break;
    }
    case ColumnType::Text: {
        const std::vector<qint32> rank = textRanks(column);
        if (control && control->isCancelled())
            return {};
        const auto &c = column.codes();
        sortBy([&](qint32 r) { return rank[size_t(c[size_t(r)])]; });
        break;
    }
    }
    if (control && control->isCancelled())
        return {};
    return result;
}

} // namespace Segmenta
