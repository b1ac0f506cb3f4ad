// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace Segmenta {

// The pool that core's parallel loops run on (QtConcurrent::blockingMap(computePool(), ...)),
// never QThreadPool::globalInstance(): Qt 6.4's raster engine splits every large fill of a
// widget's paint across the global pool and the GUI thread waits for the pieces, so blocks of
// an analysis or a backtest queued there held a page's first paint far beyond the stall budget
// (docs/performance.md, "GUI stall"; perf: QSemaphore::acquire under drawRects).
QThreadPool *computePool();

} // namespace Segmenta
