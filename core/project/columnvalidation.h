// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "data/column.h"

#include <vector>

namespace Segmenta {

// The checks a column read from a project file passes before any code indexes with it: a
// damaged file (bits flipped on disk, a blob edited by hand) must end in "The project file is
// damaged: …" (code "damaged"), never in a read past an array or an allocation sized by garbage.
// Text codes stay below the pool's size (or are missing), pool offsets start at 0, never
// decrease and stay within the pool's bytes, every part of a column has one entry per row.
namespace ColumnValidation {

// True when every value lies in [low, high] (low <= high) or equals except, checked in one vectorised pass:
// millions of codes and days are checked on every open (docs/performance.md, project open).
bool allWithin(const std::vector<qint32> &values, qint32 low, qint32 high, qint32 except);

// The message for damage found in column `column` of a project; `what` names the stored part
// (codes, pool_offsets, days, ...) as docs/architecture.md's project file section does.
Message damaged(const QString &column, const QString &what);

// A pool as stored: offsets (count + 1 entries, the first 0) into bytes.
Status checkPool(const QString &column, const std::vector<char> &bytes,
                 const std::vector<quint64> &offsets);
// Codes into a pool of poolSize strings; Column::kMissingCode is allowed when allowMissing.
Status checkCodes(const QString &column, const std::vector<qint32> &codes, qint64 poolSize,
                  bool allowMissing = true);
// A complete column: its parts agree with each other and with the table's row count.
Status checkColumn(const Column &column, qint64 rowCount);

} // namespace ColumnValidation

} // namespace Segmenta
