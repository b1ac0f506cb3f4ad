// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/query/columnprofile.h"

#include "data/stringpool.h"

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

template<typename Visit>
void forRows(const Column &column, const std::vector<qint32> *rows, Visit visit)
{
    if (rows) {
        for (qint32 r : *rows)
            visit(qsizetype(r));
    } else {
        for (qsizetype r = 0; r < column.size(); ++r)
            visit(r);
    }
}

double valueAt(const Column &column, qsizetype row)
{
    return column.type() == ColumnType::Number ? column.number(row)
                                               : double(column.days()[size_t(row)]);
}

void profileText(const Column &column, const std::vector<qint32> *rows, int topCount,
                 ColumnProfile &p)
{
    std::vector<qint64> counts(size_t(column.pool().size()), 0);
    forRows(column, rows, [&](qsizetype r) {
        const qint32 code = column.codes()[size_t(r)];
        if (code < 0)
            ++p.missing;
        else
            ++counts[size_t(code)];
    });
    std::vector<qint32> used;
    for (qint32 code = 0; code < qint32(counts.size()); ++code)
        if (counts[size_t(code)] > 0)
            used.push_back(code);
    p.distinct = qint64(used.size());
    const size_t keep = std::min(used.size(), size_t(std::max(topCount, 0)));
    auto byCount = [&](qint32 a, qint32 b) {
        if (counts[size_t(a)] != counts[size_t(b)])
            return counts[size_t(a)] > counts[size_t(b)];
        return column.pool().view(a) < column.pool().view(b);
    };
    std::partial_sort(used.begin(), used.begin() + qsizetype(keep), used.end(), byCount);
    qint64 shown = 0;
    for (size_t i = 0; i < keep; ++i) {
        p.top.push_back({column.pool().text(used[i]), counts[size_t(used[i])]});
        shown += counts[size_t(used[i])];
    }
    p.otherCount = p.rows - p.missing - shown;
}

void profileValues(const Column &column, const std::vector<qint32> *rows, int bins,
                   ColumnProfile &p)
{
    std::vector<double> values;
    values.reserve(rows ? rows->size() : size_t(column.size()));
    bool whole = true;
    forRows(column, rows, [&](qsizetype r) {
        if (column.isMissing(r)) {
            ++p.missing;
            return;
        }
        const double v = valueAt(column, r);
        whole = whole && v == std::floor(v);
        values.push_back(v);
    });
    if (values.empty() || bins < 1)
        return;
    double sum = 0;
    p.min = values.front();
    p.max = values.front();
    for (double v : values) {
        sum += v;
        p.min = std::min(p.min, v);
        p.max = std::max(p.max, v);
    }
    p.mean = sum / double(values.size());

    if (whole && p.max - p.min + 1 <= bins) {
        const int n = int(p.max - p.min) + 1;
        p.histogram.resize(size_t(n));
        for (int i = 0; i < n; ++i)
            p.histogram[size_t(i)] = {p.min + i, p.min + i + 1, 0};
        for (double v : values)
            ++p.histogram[size_t(v - p.min)].count;
        return;
    }
    const size_t at99 = size_t(std::floor(0.99 * double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + qsizetype(at99), values.end());
    const double high = values[at99];
    p.hasOverflow = high < p.max && high > p.min;
    const double top = p.hasOverflow ? high : p.max;
    const int regular = p.hasOverflow ? bins - 1 : bins;
    const double width = top > p.min ? (top - p.min) / regular : 1.0;
    p.histogram.resize(size_t(bins));
    for (int i = 0; i < regular; ++i)
        p.histogram[size_t(i)] = {p.min + i * width, p.min + (i + 1) * width, 0};
    if (p.hasOverflow) {
        p.overflowFrom = top;
        p.histogram.back() = {top, p.max, 0};
    }
    for (double v : values) {
        size_t bin;
        if (p.hasOverflow && v > top)
            bin = size_t(bins - 1);
        else
            bin = size_t(std::clamp(int((v - p.min) / width), 0, regular - 1));
        ++p.histogram[bin].count;
    }
}

} // namespace

ColumnProfile ColumnProfile::compute(const Column &column, int bins, int topCount,
                                     const std::vector<qint32> *rows)
{
    ColumnProfile p;
    p.type = column.type();
    p.rows = rows ? qint64(rows->size()) : qint64(column.size());
    if (column.type() == ColumnType::Text)
        profileText(column, rows, topCount, p);
    else
        profileValues(column, rows, bins, p);
    return p;
}

} // namespace Segmenta
