// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demomessages.h"

#include <QDir>

namespace Segmenta::Demo {

namespace {
constexpr const char *kContext = "Segmenta::Demo";
}

Message cancelled()
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Demo", "The demo data generation was cancelled."));
}

Message fileError(const QString &path, const QString &reason)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Demo", "Cannot write the file “%1”: %2"),
                   {QDir::toNativeSeparators(path), reason});
}

} // namespace Segmenta::Demo
