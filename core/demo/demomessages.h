// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QString>

// The errors of DemoGenerator (demogenerator.h) that more than one of its parts reports.
namespace Segmenta::Demo {

Message cancelled();
Message fileError(const QString &path, const QString &reason);

} // namespace Segmenta::Demo
