// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/columnblobreader.h"

#include "project/sqlitedatabase.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Segmenta {

Status ColumnBlobReader::forEachPiece(SqliteDatabase &db, const std::vector<Chunk> &chunks,
                                      size_t elementSize,
                                      const std::function<void(const char *, size_t)> &piece)
{
    // max_align_t storage: aligned for doubles and 64-bit offsets.
    auto staging = std::make_unique<std::max_align_t[]>(kStagingBytes / sizeof(std::max_align_t));
    char *stage = reinterpret_cast<char *>(staging.get());
    size_t fill = 0;
    for (const Chunk &chunk : chunks) {
        if (chunk.bytes <= 0)
            continue;
        sqlite3_blob *blob = nullptr;
        if (sqlite3_blob_open(db.handle(), "main", "column_chunks", "data", chunk.rowid, 0, &blob)
            != SQLITE_OK) {
            sqlite3_blob_close(blob);
            return db.lastError("column_chunks");
        }
        // The length was read by the query that listed the chunk; a blob changed since (or
        // lying about its length) is refused rather than read short.
        if (sqlite3_blob_bytes(blob) != chunk.bytes) {
            sqlite3_blob_close(blob);
            return db.lastError("column_chunks");
        }
        for (qint64 offset = 0; offset < chunk.bytes;) {
            const size_t n = size_t(std::min<qint64>(chunk.bytes - offset, qint64(kStagingBytes - fill)));
            if (sqlite3_blob_read(blob, stage + fill, int(n), int(offset)) != SQLITE_OK) {
                sqlite3_blob_close(blob);
                return db.lastError("column_chunks");
            }
            fill += n;
            offset += qint64(n);
            if (fill == kStagingBytes) {
                piece(stage, fill);
                fill = 0;
            }
        }
        sqlite3_blob_close(blob);
    }
    // Whole elements only: a tail shorter than one element is left out (the caller has
    // checked that the total is a multiple of the element size).
    fill -= fill % elementSize;
    if (fill > 0)
        piece(stage, fill);
    return {};
}

void ColumnBlobReader::populate(void *data, size_t bytes)
{
#if defined(Q_OS_LINUX)
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
    if (bytes == 0)
        return;
    constexpr std::uintptr_t page = 4096;
    const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(data) & ~(page - 1);
    const std::uintptr_t end = reinterpret_cast<std::uintptr_t>(data) + bytes;
    ::madvise(reinterpret_cast<void *>(start), end - start, MADV_POPULATE_WRITE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace Segmenta
