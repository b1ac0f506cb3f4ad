// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QCoreApplication>

namespace Segmenta {

// A core Message in the UI's language: the source text is translated in its own context.
inline QString messageText(const Message &m)
{
    if (m.isEmpty())
        return {};
    return m.format(QCoreApplication::translate(m.context(), m.source()));
}

} // namespace Segmenta
