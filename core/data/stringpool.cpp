// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/stringpool.h"

#include "base/memoryadvice.h"

#include <cstring>

namespace Segmenta {

StringPool::StringPool() : m_offsets{0}, m_indexOnce(std::make_unique<std::once_flag>()) {}

StringPool::StringPool(StringPool &&other) noexcept
    : m_bytes(std::move(other.m_bytes)), m_offsets(std::move(other.m_offsets)),
      m_slots(std::move(other.m_slots)), m_indexOnce(std::move(other.m_indexOnce)),
      m_sortedRun(other.m_sortedRun), m_indexHint(other.m_indexHint)
{
    other.m_offsets = {0};
    other.m_sortedRun = true;
    other.m_slots.clear();
    other.m_indexOnce = std::make_unique<std::once_flag>();
}

StringPool &StringPool::operator=(StringPool &&other) noexcept
{
    if (this != &other) {
        m_bytes = std::move(other.m_bytes);
        m_offsets = std::move(other.m_offsets);
        m_slots = std::move(other.m_slots);
        m_indexOnce = std::move(other.m_indexOnce);
        m_sortedRun = other.m_sortedRun;
        m_indexHint = other.m_indexHint;
        other.m_offsets = {0};
        other.m_sortedRun = true;
        other.m_slots.clear();
        other.m_indexOnce = std::make_unique<std::once_flag>();
    }
    return *this;
}

StringPool::StringPool(const StringPool &other)
    : m_bytes(other.m_bytes), m_offsets(other.m_offsets),
      m_indexOnce(std::make_unique<std::once_flag>()), m_sortedRun(other.m_sortedRun)
{}

StringPool &StringPool::operator=(const StringPool &other)
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        m_offsets = other.m_offsets;
        m_slots.clear();
        m_indexOnce = std::make_unique<std::once_flag>();
        m_sortedRun = other.m_sortedRun;
    }
    return *this;
}

QString StringPool::text(qint32 code) const
{
    if (code < 0)
        return {};
    const std::string_view v = view(code);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

quint32 StringPool::hash(std::string_view s)
{
    // FNV-1a over 4-byte words then bytes: fast enough and well spread for ids and words.
    quint32 h = 2166136261u;
    size_t i = 0;
    for (; i + 4 <= s.size(); i += 4) {
        quint32 w;
        std::memcpy(&w, s.data() + i, 4);
        h = (h ^ w) * 16777619u;
        h ^= h >> 15;
    }
    for (; i < s.size(); ++i)
        h = (h ^ quint8(s[i])) * 16777619u;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    return h;
}

void StringPool::reserve(qsizetype strings, qsizetype bytes)
{
    m_offsets.reserve(size_t(strings) + 1);
    m_bytes.reserve(size_t(bytes));
    if (m_sortedRun)
        return; // the index is sized when (if) the run ends
    size_t cap = 16;
    while (cap < size_t(strings) * 2)
        cap *= 2;
    if (cap > m_slots.size())
        rehash(cap);
}

void StringPool::reserveIndex(qsizetype strings)
{
    m_indexHint = std::max<qsizetype>(strings, 0);
    if (m_sortedRun || m_slots.empty())
        return; // sized when it is built
    size_t cap = m_slots.size();
    while (cap < size_t(m_indexHint) * 2)
        cap *= 2;
    if (cap > m_slots.size())
        rehash(cap);
}

void StringPool::dropIndex()
{
    m_indexHint = 0;
    std::vector<Slot>().swap(m_slots);
    m_indexOnce = std::make_unique<std::once_flag>();
}

void StringPool::rehash(size_t newCapacity)
{
    std::vector<Slot> fresh;
    fresh.reserve(newCapacity);
    MemoryAdvice::preferHugePages(fresh.data(), newCapacity * sizeof(Slot));
    fresh.assign(newCapacity, Slot{0, -1, 0});
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.swap(fresh);
    const size_t mask = newCapacity - 1;
    if (!old.empty()) {
        // Reinsert from the old table: the hashes are stored, no string is read again. The
        // slots written land at random: prefetch the one of the entry a few ahead.
        constexpr size_t kAhead = 16;
        for (size_t k = 0; k < old.size(); ++k) {
            if (k + kAhead < old.size() && old[k + kAhead].code >= 0)
                prefetchWrite(&m_slots[old[k + kAhead].hash & mask]);
            const Slot &e = old[k];
            if (e.code < 0)
                continue;
            size_t slot = e.hash & mask;
            while (m_slots[slot].code >= 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = e;
        }
        return;
    }
    constexpr qint32 kAhead = 16;
    quint32 hashes[kAhead];
    for (qint32 c = 0; c < std::min(size(), kAhead); ++c)
        prefetchWrite(&m_slots[(hashes[c] = hash(view(c))) & mask]);
    for (qint32 c = 0; c < size(); ++c) {
        const std::string_view v = view(c);
        const quint32 h = hashes[c % kAhead];
        if (c + kAhead < size())
            prefetchWrite(&m_slots[(hashes[c % kAhead] = hash(view(c + kAhead))) & mask]);
        size_t slot = h & mask;
        while (m_slots[slot].code >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = Slot{h, c, inlineKey(v)};
    }
}

void StringPool::leaveSortedRun()
{
    m_sortedRun = false;
    m_indexOnce = std::make_unique<std::once_flag>();
    ensureIndex();
}

qint32 StringPool::findInSortedRun(std::string_view s) const
{
    // Checking a new id of a sorted list (is it a duplicate?) is one comparison, not a search.
    qint32 hi = size();
    if (hi == 0)
        return -1;
    if (const int last = compareShortlex(view(hi - 1), s); last <= 0)
        return last == 0 ? hi - 1 : -1;
    qint32 lo = 0;
    while (lo < hi) {
        const qint32 mid = lo + (hi - lo) / 2;
        const int c = compareShortlex(view(mid), s);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

void StringPool::ensureIndex() const
{
    std::call_once(*m_indexOnce, [this] {
        if (m_sortedRun || !m_slots.empty() || (size() == 0 && m_indexHint == 0))
            return;
        size_t cap = 16;
        while (cap < size_t(std::max<qsizetype>(size(), m_indexHint)) * 2)
            cap *= 2;
        const_cast<StringPool *>(this)->rehash(cap);
    });
}

qint32 StringPool::find(std::string_view s, quint32 h) const
{
    if (m_sortedRun)
        return findInSortedRun(s);
    ensureIndex();
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    const quint64 key = inlineKey(s);
    for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
        const Slot &e = m_slots[slot];
        if (e.code < 0)
            return -1;
        if (matches(e, h, key, s))
            return e.code;
    }
}

qint32 StringPool::intern(std::string_view s, quint32 h)
{
    if (m_sortedRun) {
        const qint32 last = size() - 1;
        const int c = last < 0 ? 1 : compareShortlex(s, view(last));
        if (c == 0)
            return last;
        if (c > 0)
            return append(s);
        leaveSortedRun();
    }
    ensureIndex();
    if ((size_t(size()) + 1) * 2 > m_slots.size())
        rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
    const size_t mask = m_slots.size() - 1;
    size_t slot = h & mask;
    const quint64 key = inlineKey(s);
    for (;; slot = (slot + 1) & mask) {
        const Slot &e = m_slots[slot];
        if (e.code < 0)
            break;
        if (matches(e, h, key, s))
            return e.code;
    }
    const qint32 code = append(s);
    m_slots[slot] = Slot{h, code, key};
    return code;
}

std::vector<qint32> StringPool::internAll(const StringPool &from)
{
    const qint32 n = from.size();
    std::vector<qint32> codes(static_cast<size_t>(n));
    if (n == 0)
        return codes;
    // A sorted run stays one when `from` continues it (the order ids of a later half);
    // otherwise the index is built and sized now, so no rehash moves a prefetched slot.
    const bool continuesRun = m_sortedRun && from.isSortedRun()
                              && (size() == 0 || compareShortlex(from.view(0), view(size() - 1)) > 0);
    if (continuesRun) {
        for (qint32 k = 0; k < n; ++k)
            codes[size_t(k)] = append(from.view(k));
        return codes;
    }
    if (m_sortedRun)
        leaveSortedRun();
    ensureIndex();
    // Room for the larger of the two: the pools of two halves of a file mostly share their
    // strings, and reserving for the sum would double the index.
    size_t cap = std::max<size_t>(m_slots.size(), 16);
    while (cap < (std::max(size_t(size()), size_t(n)) + 1) * 2)
        cap *= 2;
    if (cap > m_slots.size())
        rehash(cap);
    constexpr qint32 kAhead = 16;
    quint32 hashes[kAhead];
    for (qint32 k = 0; k < std::min(n, kAhead); ++k) {
        hashes[k] = hash(from.view(k));
        prefetch(hashes[k]);
    }
    for (qint32 k = 0; k < n; ++k) {
        const quint32 h = hashes[k % kAhead];
        if (k + kAhead < n) {
            const quint32 ahead = hash(from.view(k + kAhead));
            hashes[k % kAhead] = ahead;
            prefetch(ahead);
        }
        codes[size_t(k)] = intern(from.view(k), h);
    }
    return codes;
}

qint32 StringPool::append(std::string_view s)
{
    const qint32 code = size();
    MemoryAdvice::ensureRoom(m_bytes, s.size());
    MemoryAdvice::ensureRoom(m_offsets, 1);
    m_bytes.insert(m_bytes.end(), s.begin(), s.end());
    m_offsets.push_back(m_bytes.size());
    return code;
}

StringPool StringPool::fromRaw(std::vector<char> bytes, std::vector<quint64> offsets)
{
    StringPool pool;
    pool.m_bytes = std::move(bytes);
    pool.m_offsets = std::move(offsets);
    if (pool.m_offsets.empty())
        pool.m_offsets.push_back(0);
    // The order is not known without reading every string; the index is built on first use.
    pool.m_sortedRun = pool.size() == 0;
    return pool;
}

} // namespace Segmenta
