// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/rfmtgroups.h"

#include <cstring>
#include <unordered_map>

namespace Segmenta {

namespace {

struct Triple
{
    qint32 x;
    double tx, T;
    bool operator==(const Triple &o) const { return x == o.x && tx == o.tx && T == o.T; }
};

struct TripleHash
{
    size_t operator()(const Triple &k) const
    {
        quint64 a, b;
        std::memcpy(&a, &k.tx, sizeof a);
        std::memcpy(&b, &k.T, sizeof b);
        quint64 h = a * 0x9E3779B97F4A7C15ull;
        h ^= b + 0x7F4A7C159E3779B9ull + (h << 6) + (h >> 2);
        h ^= quint64(quint32(k.x)) * 0xC2B2AE3D27D4EB4Full;
        return size_t(h);
    }
};

} // namespace

RfmtGroups RfmtGroups::of(const RfmtSummary &data, qint64 stride)
{
    RfmtGroups g;
    std::unordered_map<Triple, size_t, TripleHash> ids;
    qint64 seen = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (!data.hasPurchases(i) || (seen++ % stride) != 0)
            continue;
        const Triple t{data.frequency[size_t(i)], data.recency[size_t(i)], data.age[size_t(i)]};
        const auto [it, added] = ids.try_emplace(t, g.x.size());
        if (added) {
            g.x.push_back(t.x);
            g.tx.push_back(t.tx);
            g.T.push_back(t.T);
            g.count.push_back(0);
        }
        g.count[it->second] += 1;
        g.customers += 1;
    }
    return g;
}

} // namespace Segmenta
