// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

// Finds the value whose canonical name (as nameOf writes it) is name, ignoring case and the
// spaces around it: how settings, project JSON and the command line name an enum's values.
// False, and out untouched, when no value has that name.
template<typename Enum, typename Values, typename NameOf>
bool fromCanonicalName(const QString &name, const Values &values, NameOf nameOf, Enum &out)
{
    const QString wanted = name.trimmed();
    for (const Enum value : values) {
        if (wanted.compare(nameOf(value), Qt::CaseInsensitive) == 0) {
            out = value;
            return true;
        }
    }
    return false;
}

} // namespace Segmenta
