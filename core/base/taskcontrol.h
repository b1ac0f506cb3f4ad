// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace Segmenta {

// Shared between a long-running core function and whoever started it: the caller may request
// cancellation from any thread; the worker reports progress as a fraction in [0, 1]. The
// progress function is called on worker threads (possibly several), so it must be thread-safe.
class TaskControl
{
public:
    using ProgressFunction = std::function<void(double fraction)>;

    TaskControl() = default;
    // A step of a larger task: cancelled with its parent, progress mapped into
    // [offset, offset + share] of the parent's.
    TaskControl(TaskControl *parent, double offset, double share)
        : m_parent(parent)
    {
        if (parent)
            m_progress = [parent, offset, share](double f) {
                parent->reportProgress(offset + f * share);
            };
    }

    void requestCancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const
    {
        return m_cancelled.load(std::memory_order_relaxed) || (m_parent && m_parent->isCancelled());
    }
    void setProgressFunction(ProgressFunction f) { m_progress = std::move(f); }
    void reportProgress(double fraction) const
    {
        if (m_progress)
            m_progress(qBound(0.0, fraction, 1.0));
    }

private:
    const TaskControl *m_parent = nullptr;
    std::atomic<bool> m_cancelled{false};
    ProgressFunction m_progress;
};

} // namespace Segmenta
