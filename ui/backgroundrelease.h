// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workerpriority.h"

#include <QThreadPool>

#include <memory>
#include <tuple>

namespace Segmenta {

// The one thread that releaseInBackground() frees on; not the global pool, where Qt's
// painting waits for pieces of its fills (see core/base/computepool.h).
QThreadPool *releasePool();

// Drops shared objects on a pool thread instead of the GUI thread: freeing a million
// customers' columns returns hundreds of megabytes to the system, which stalled the window
// (bench_gui_stall) when it happened inside a signal handler. Whoever holds the
// last reference frees the object; this makes that, usually, a worker.
template<typename... Shared>
void releaseInBackground(Shared... objects)
{
    auto bundle = std::make_shared<std::tuple<Shared...>>(std::move(objects)...);
    releasePool()->start([bundle]() mutable {
        lowerWorkerThreadPriority();
        bundle.reset();
    });
}

} // namespace Segmenta
