// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Segmenta {

// Sorts customer row numbers by a per-customer key, largest first (ties keep row order): the
// order in which "the customers behind a bar" are listed.
template<typename Key>
void sortByKeyDescending(std::vector<qint32> &rows, const Key &key)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&key](qint32 a, qint32 b) { return key(size_t(a)) > key(size_t(b)); });
}

// The rows 0..count-1 that match, sorted by key, largest first.
template<typename Matches, typename Key>
std::vector<qint32> customerRows(qsizetype count, const Matches &matches, const Key &key)
{
    std::vector<qint32> rows;
    for (qsizetype i = 0; i < count; ++i)
        if (matches(size_t(i)))
            rows.push_back(qint32(i));
    sortByKeyDescending(rows, key);
    return rows;
}

} // namespace Segmenta
