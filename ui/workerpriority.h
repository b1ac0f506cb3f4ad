// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Segmenta {

// Puts the calling worker thread below the GUI thread's priority; background jobs call it
// first. With a million customers, the jobs that pages start when first shown (the backtest,
// the drivers fit, the clusters' projection, the segment counts) kept both cores busy at the
// GUI thread's priority, so the next page's first paint, little work, waited long for a core
// (bench_gui_stall; perf showed the GUI thread runnable, preempted by them).
// Does nothing on the GUI thread; the thread stays lowered for the pool's later jobs, which
// are background work too. Threads a lowered thread starts inherit it on Linux.
void lowerWorkerThreadPriority();

} // namespace Segmenta
