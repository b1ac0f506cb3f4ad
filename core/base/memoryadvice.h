// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>

namespace Segmenta {

// Hints to the OS about large buffers. Page faults are a large part of reading millions of
// rows: a column of 7M doubles touches 14,000 pages. Both calls are no-ops where unsupported.
class MemoryAdvice
{
public:
    // Asks for transparent huge pages over the whole 2 MB blocks inside [data, data + bytes),
    // before they are first written (512 times fewer faults).
    static void preferHugePages(void *data, std::size_t bytes);
    // Maps a read-only file mapping's pages in one call instead of one fault per page.
    static void prefault(const void *data, std::size_t bytes);

    // Grows a vector's capacity into fresh memory advised for huge pages before the old
    // contents are copied in (std::vector's own growth would fault page by page).
    template<typename Vector>
    static void reserve(Vector &v, std::size_t capacity)
    {
        if (capacity <= v.capacity())
            return;
        Vector bigger;
        bigger.reserve(capacity);
        preferHugePages(bigger.data(), capacity * sizeof(typename Vector::value_type));
        bigger.insert(bigger.end(), v.begin(), v.end());
        v.swap(bigger);
    }
    // v = n copies of value, in memory advised for huge pages.
    template<typename Vector>
    static void assign(Vector &v, std::size_t n, const typename Vector::value_type &value)
    {
        Vector fresh;
        fresh.reserve(n);
        preferHugePages(fresh.data(), n * sizeof(typename Vector::value_type));
        fresh.assign(n, value);
        v.swap(fresh);
    }
    // Room for `more` elements, doubling as std::vector does.
    template<typename Vector>
    static void ensureRoom(Vector &v, std::size_t more)
    {
        if (v.size() + more > v.capacity())
            reserve(v, std::max<std::size_t>({v.capacity() * 2, v.size() + more, 1024}));
    }
};

} // namespace Segmenta
