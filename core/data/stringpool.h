// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/prefetch.h"

#include <QString>
#include <QtEndian>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace Segmenta {

// Distinct UTF-8 strings stored back to back, addressed by a dense int32 code. Text columns
// hold codes into a pool, so a column of 7M order lines with 1M customer ids keeps each id once.
// intern() is the hot path of import: open addressing over 32-bit hashes, no per-string
// allocation.
//
// Sorted run: while every new string sorts after the last one (shorter first, then bytewise,
// so 999 < 1000 and C0000009 < C0000010), the strings are distinct by construction and need no
// hash index: exports sorted by order or customer number intern their ids with one comparison
// each, and find() is a binary search. The first string out of order builds the index from the
// strings so far and the pool goes on as a hash set.
class StringPool
{
public:
    StringPool();
    StringPool(StringPool &&other) noexcept;
    StringPool &operator=(StringPool &&other) noexcept;
    StringPool(const StringPool &other);
    StringPool &operator=(const StringPool &other);

    qint32 size() const { return qint32(m_offsets.size() - 1); }
    std::string_view view(qint32 code) const
    {
        return {m_bytes.data() + m_offsets[code], size_t(m_offsets[code + 1] - m_offsets[code])};
    }
    QString text(qint32 code) const;

    // Returns the code of s, adding it when new.
    qint32 intern(std::string_view s) { return intern(s, hash(s)); }
    qint32 intern(std::string_view s, quint32 hashOfS);
    // Interns every string of `from` in code order and returns their codes here (a remap
    // table). Merging the pools of two halves of an import and linking the customers of a
    // transaction file to the customer list do this for a million ids; the slot of each is
    // prefetched a few strings ahead, as they land all over the index.
    std::vector<qint32> internAll(const StringPool &from);
    // Returns the code of s, or -1 when it is not in the pool.
    qint32 find(std::string_view s) const { return find(s, hash(s)); }
    qint32 find(std::string_view s, quint32 hashOfS) const;
    // Starts loading the index slot of a string with this hash into the cache, so that a
    // later intern() or find() of it does not wait for memory (imports call it a few fields
    // ahead). A no-op before the index exists.
    void prefetch(quint32 hashOfS) const
    {
        if (!m_slots.empty() && !m_sortedRun)
            prefetchRead(&m_slots[hashOfS & (m_slots.size() - 1)]);
    }

    void reserve(qsizetype strings, qsizetype bytes);
    // Sizes the hash index for this many strings now, or when the sorted run ends: an import
    // that expects a million distinct ids builds its index once instead of doubling it twenty
    // times (each doubling zeroes and refills the table). Only a hint; the index still grows.
    void reserveIndex(qsizetype strings);
    // Frees the hash index (32 to 64 bytes per string) once no more strings will be added
    // often; the next find() or intern() rebuilds it. Imports call this when they are done.
    void dropIndex();
    // True once the hash index exists: a pool read from a project has none until its first
    // find() or intern() (opening a project builds no index; docs/performance.md).
    bool hasIndex() const { return !m_slots.empty(); }
    // True while the strings have come in strictly increasing order (see above).
    bool isSortedRun() const { return m_sortedRun; }
    // Raw storage, for the project file.
    const std::vector<char> &bytes() const { return m_bytes; }
    const std::vector<quint64> &offsets() const { return m_offsets; }
    static StringPool fromRaw(std::vector<char> bytes, std::vector<quint64> offsets);

    static quint32 hash(std::string_view s);
    // a == b, with word loads for short strings.
    static bool sameBytes(std::string_view a, std::string_view b)
    {
        return a.size() == b.size() && (a.size() > 16 ? a == b : compareShortlex(a, b) == 0);
    }

private:
    // A slot keeps the hash beside the code, so most probes touch one cache line, and short
    // strings (most ids: C0000486, 20240001) inline, so that finding one again reads neither
    // the offsets nor the bytes: the 7M customer ids of an order file hit 1M entries at random,
    // and each of those reads would wait for memory.
    struct Slot
    {
        quint32 hash;
        qint32 code; // -1 = empty
        quint64 key; // inlineKey() of the string
    };
    // The string zero-padded to 8 bytes when that identifies it (1 to 8 bytes, the last not
    // NUL); 0 otherwise (then the bytes are compared).
    static quint64 inlineKey(std::string_view s)
    {
        if (s.empty() || s.size() > 8 || s.back() == 0)
            return 0;
        quint64 k = 0;
        std::memcpy(&k, s.data(), s.size());
        return k;
    }
    bool matches(const Slot &e, quint32 h, quint64 key, std::string_view s) const
    {
        return e.hash == h && (key != 0 ? e.key == key : sameBytes(view(e.code), s));
    }

    void rehash(size_t newCapacity);
    void leaveSortedRun();
    qint32 append(std::string_view s);
    qint32 findInSortedRun(std::string_view s) const;
    // Shorter strings first, then bytewise: the order of numbers written without leading zeros.
    static int compareShortlex(std::string_view a, std::string_view b)
    {
        const size_t n = a.size();
        if (n != b.size())
            return n < b.size() ? -1 : 1;
        if (n <= 16 && n > 0) {
            // Word loads instead of a memcmp call (ids are mostly short; the calls were a
            // tenth of an import). Big-endian words order as their bytes do.
            const quint64 x = bigEndianWord(a.data(), std::min<size_t>(n, 8));
            const quint64 y = bigEndianWord(b.data(), std::min<size_t>(n, 8));
            if (x != y || n <= 8)
                return x < y ? -1 : x > y ? 1 : 0;
            const quint64 xe = bigEndianWord(a.data() + n - 8, 8);
            const quint64 ye = bigEndianWord(b.data() + n - 8, 8);
            return xe < ye ? -1 : xe > ye ? 1 : 0;
        }
        return a.compare(b);
    }
    static quint64 bigEndianWord(const char *p, size_t bytes)
    {
        quint64 w = 0;
        std::memcpy(&w, p, bytes);
        return qFromBigEndian(w);
    }

    // The hash index is built on first use: a pool loaded from a project is mostly only read,
    // and building it for millions of ids would slow every load. call_once makes concurrent
    // first lookups safe.
    void ensureIndex() const;

    std::vector<char> m_bytes;
    std::vector<quint64> m_offsets; // size() + 1 entries
    mutable std::vector<Slot> m_slots; // capacity is a power of two
    mutable std::unique_ptr<std::once_flag> m_indexOnce;
    bool m_sortedRun = true; // no index is kept while true
    qsizetype m_indexHint = 0; // reserveIndex()
};

} // namespace Segmenta
