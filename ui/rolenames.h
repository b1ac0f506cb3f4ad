#pragma once

#include "role.h"

#include <QString>

namespace Segmenta {

// Role names as people read them, translated (core keeps only the canonical names).
class RoleNames
{
public:
    static QString displayName(Role role);
};

} // namespace Segmenta
