// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/role.h"

#include <QString>

class QComboBox;

namespace Segmenta {

// Role names as people read them, translated (core keeps only the canonical names).
class RoleNames
{
public:
    static QString displayName(Role role);
    // "Attribute" and every role of the table, each with its Role as int data.
    static void addItems(QComboBox *box, TableKind kind);
};

} // namespace Segmenta
