// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundrelease.h"

namespace Segmenta {

namespace {
Q_GLOBAL_STATIC(QThreadPool, s_releasePool)
}

QThreadPool *releasePool()
{
    QThreadPool *pool = s_releasePool();
    pool->setMaxThreadCount(1); // frees in the order asked; memory, not speed, is the point
    return pool;
}

} // namespace Segmenta
