#pragma once

#include <QThreadPool>

#include <memory>
#include <tuple>

namespace Segmenta {

// Drops shared objects on a pool thread instead of the GUI thread: freeing a million
// customers' columns returns hundreds of megabytes to the system, which took up to 150 ms
// (measured by bench_gui_stall) when it happened inside a signal handler. Whoever holds the
// last reference frees the object; this makes that, usually, a worker.
template<typename... Shared>
void releaseInBackground(Shared... objects)
{
    auto bundle = std::make_shared<std::tuple<Shared...>>(std::move(objects)...);
    QThreadPool::globalInstance()->start([bundle]() mutable { bundle.reset(); });
}

} // namespace Segmenta
