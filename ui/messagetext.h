// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "numberformat.h"

#include <QCoreApplication>

namespace Segmenta {

// A core Message in the UI's language: the source text is translated in its own context, and
// dates among its arguments (core writes them yyyy-MM-dd) are shown as the locale's short date,
// as everywhere in the window (docs/user/pages.md, "Numbers and dates").
inline QString messageText(const Message &m)
{
    if (m.isEmpty())
        return {};
    Message shown(m.context(), m.source(), NumberFormat::localDates(m.args()));
    return shown.format(QCoreApplication::translate(m.context(), m.source()));
}

} // namespace Segmenta
