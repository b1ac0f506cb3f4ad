// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/taskcontrol.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

// Internals of DemoGenerator (demogenerator.h), shared by its parts.
namespace Segmenta::Demo {

// Runs task(0..count-1) on all cores. The calling thread works too and alone calls progress,
// so TaskControl's callback never runs on a helper thread.
template<typename Task, typename Progress>
void parallelFor(int count, TaskControl *control, const Task &task, const Progress &progress)
{
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    auto work = [&](bool reporting) {
        for (;;) {
            if (control && control->isCancelled())
                return;
            const int i = next.fetch_add(1);
            if (i >= count)
                return;
            task(i);
            const int finished = done.fetch_add(1) + 1;
            if (reporting)
                progress(finished);
        }
    };
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int helpers = std::min(cores, count) - 1;
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back(work, false);
    work(true);
    for (std::thread &t : threads)
        t.join();
}

inline void reportProgress(TaskControl *control, double fraction)
{
    if (control)
        control->reportProgress(fraction);
}

inline bool isCancelled(const TaskControl *control)
{
    return control && control->isCancelled();
}

} // namespace Segmenta::Demo
