// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QtGlobal>

#include <functional>
#include <type_traits>
#include <vector>

namespace Segmenta {

class SqliteDatabase;

// Reads one stored part of a column (its chunks of column_chunks, in order) into the vector
// the column keeps. Opening a project is mostly this copy (docs/performance.md, project open):
// the vector is reserved once, its pages mapped in one call, and filled by appending from a
// small staging buffer that stays in cache, so the vector is not zeroed first and its 150,000
// pages of a 1M-customer project are not faulted in one by one. Huge pages were tried and
// dropped (docs/performance.md says why).
class ColumnBlobReader
{
public:
    struct Chunk
    {
        qint64 rowid = 0;
        qint64 bytes = 0;
    };

    // Fills out with the elements of chunks (total bytes, a multiple of sizeof(T)).
    template<typename T>
    static Status read(SqliteDatabase &db, const std::vector<Chunk> &chunks, qint64 total,
                       std::vector<T> &out)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        std::vector<T> fresh;
        fresh.reserve(size_t(total) / sizeof(T));
        populate(fresh.data(), fresh.capacity() * sizeof(T));
        Status st = forEachPiece(db, chunks, sizeof(T), [&fresh](const char *p, size_t bytes) {
            const T *first = reinterpret_cast<const T *>(p);
            fresh.insert(fresh.end(), first, first + bytes / sizeof(T));
        });
        if (st)
            out.swap(fresh);
        return st;
    }

    // The bytes of the chunks in order, handed over in pieces of whole elements; the pieces
    // are aligned for any element type. Exposed for the test.
    static Status forEachPiece(SqliteDatabase &db, const std::vector<Chunk> &chunks,
                               size_t elementSize,
                               const std::function<void(const char *, size_t)> &piece);
    // Maps the pages of a fresh buffer in one call (Linux 5.14+; elsewhere a no-op), so that
    // filling it takes no page fault per 4 KB.
    static void populate(void *data, size_t bytes);
    // The staging buffer's size (a multiple of every element size).
    static constexpr size_t kStagingBytes = 1 << 20;
};

} // namespace Segmenta
