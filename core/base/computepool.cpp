// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/computepool.h"

#include <QThreadPool>

namespace Segmenta {

namespace {
Q_GLOBAL_STATIC(QThreadPool, s_computePool)
}

QThreadPool *computePool()
{
    return s_computePool();
}

} // namespace Segmenta
