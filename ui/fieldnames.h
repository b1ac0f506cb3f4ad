// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

class Column;

// The words a manager sees for a per-customer field, where code and the command line use the
// field's fixed name: an imported column by its header as it was imported, a computed measure
// ("tier", "purchase_probability") or a target list's own column ("segment", "offer",
// "expected_value") by its name in the UI language.
class FieldNames
{
public:
    // The translated name of a computed measure or target list column; empty when name is
    // none of them.
    static QString measureName(const QString &name);
    // What a list of columns shows for name, the field or target list column name used in
    // rules and `--columns`, whose values are in column (null for the segment's own texts):
    // the imported header for an imported column, else measureName(name), else name.
    static QString displayName(const QString &name, const Column *column, bool computed);
};

} // namespace Segmenta
