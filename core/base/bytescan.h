// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cstddef>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SEGMENTA_BYTESCAN_SSE2 1
#endif

// Scans of text for a few byte values, sixteen bytes compared at once where SSE2 is there and
// one byte at a time elsewhere (same results). The import's readers spend most of their time
// here: byte-by-byte loops were most of the delimited reader, and a memchr call per line was
// noticeable when counting the lines of a large file. Every load stays inside [from, to): the
// vector loop only runs while sixteen whole bytes remain (tests/base/tst_bytescan checks each
// length and position around the block boundaries on exact-size buffers).
namespace Segmenta::ByteScan {

// The position of the first byte in [from, to) that equals a, b or c; to when there is none.
inline size_t findFirstOf(const char *data, size_t from, size_t to, char a, char b, char c)
{
    size_t i = from;
#ifdef SEGMENTA_BYTESCAN_SSE2
    const __m128i va = _mm_set1_epi8(a);
    const __m128i vb = _mm_set1_epi8(b);
    const __m128i vc = _mm_set1_epi8(c);
    for (; i + 16 <= to; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(x, va),
                                         _mm_or_si128(_mm_cmpeq_epi8(x, vb), _mm_cmpeq_epi8(x, vc)));
        if (const unsigned mask = unsigned(_mm_movemask_epi8(hit)))
            return i + size_t(std::countr_zero(mask));
    }
#endif
    for (; i < to; ++i) {
        const char x = data[i];
        if (x == a || x == b || x == c)
            return i;
    }
    return to;
}

// How many bytes in [from, to) equal c.
inline size_t count(const char *data, size_t from, size_t to, char c)
{
    size_t n = 0;
    size_t i = from;
#ifdef SEGMENTA_BYTESCAN_SSE2
    const __m128i vc = _mm_set1_epi8(c);
    for (; i + 16 <= to; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        n += size_t(std::popcount(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, vc)))));
    }
#endif
    for (; i < to; ++i)
        n += data[i] == c;
    return n;
}

} // namespace Segmenta::ByteScan

#undef SEGMENTA_BYTESCAN_SSE2
