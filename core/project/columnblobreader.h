// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/memoryadvice.h"
#include "base/result.h"

#include <QtGlobal>

#include <cstring>
#include <functional>
#include <vector>

namespace Segmenta {

class SqliteDatabase;

// Reads one stored part of a column (its chunks of column_chunks, in order) into the vector
// the column keeps. Opening a project is mostly this copy (docs/performance.md, project open):
// the vector is reserved once in memory advised for huge pages and filled by appending from a
// small staging buffer that stays in cache, so no page is zeroed by the vector first and
// faulted in 4 KB at a time (a 7M-row column is 7,000 such pages).
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
        MemoryAdvice::reserve(fresh, size_t(total) / sizeof(T));
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
    // The staging buffer's size (a multiple of every element size).
    static constexpr size_t kStagingBytes = 1 << 20;
};

} // namespace Segmenta
