// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

class Dataset;

// The customer row of an id as typed by a person (surrounding blanks ignored, exact match
// otherwise); -1 when no customer has it. One hash lookup in the id pool, then one pass over
// the id codes (about a millisecond for a million customers), so callers need no index.
qsizetype findCustomerRow(const Dataset &data, const QString &id);

} // namespace Segmenta
