// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#if defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
#include <xmmintrin.h>
#endif

// Starts loading a cache line that a loop will touch a few iterations later. Passes over the
// order lines update per-customer figures at addresses the hardware cannot predict (the
// customers of consecutive lines are random), so without this each line waits for memory.
//
// On x86 with GCC or Clang the instruction is written as volatile assembly: GCC 12 (Debian 12)
// deletes __builtin_prefetch when its address is chosen by a condition (as in
// StringPool::prefetch), and the import's prefetches of hash slots had silently vanished.
// tests/data/tst_stringpool (prefetchIsCompiled) checks the instruction is in the compiled code.
namespace Segmenta {

inline void prefetchRead(const void *address)
{
#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char *>(address)));
#elif defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0);
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
    _mm_prefetch(static_cast<const char *>(address), _MM_HINT_T0);
#else
    (void)address;
#endif
}

// For lines about to be written. On x86 the same instruction as for reading: PREFETCHW is
// missing on older processors.
inline void prefetchWrite(const void *address)
{
#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
    prefetchRead(address);
#elif defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 1);
#else
    prefetchRead(address);
#endif
}

} // namespace Segmenta
