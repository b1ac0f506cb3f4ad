// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heatmapdata.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Segmenta {

// Aggregates heatmaps off the GUI thread. HeatmapData::aggregate reads every customer: with a
// million of them, run on the GUI thread, it stalled the Value & CLV page's first visit
// (docs/performance.md, "GUI stall"). Each start() carries a generation number, as the health
// checks and the segment counter do: a result that arrives after a later start() or clear() (new
// data or settings) is dropped, and a run still queued behind the current one is skipped.
class HeatmapJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker: must only read what it captured (shared_ptr to the analysis).
    using Work = std::function<std::vector<HeatmapData>()>;
    // Runs on the GUI thread with the maps of the latest start().
    using Done = std::function<void(std::vector<HeatmapData> maps)>;

    explicit HeatmapJob(QObject *parent = nullptr);
    ~HeatmapJob() override;

    void start(Work work, Done done);
    // Drops the result of a run under way.
    void clear();
    // A result is awaited.
    bool isBusy() const { return m_busy; }
    // Waits for the runs under way and delivers the latest result (tests).
    void waitForFinished();

Q_SIGNALS:
    // The latest result was handed to its Done.
    void finished();

private:
    void deliver(quint64 generation, std::vector<HeatmapData> maps);

    QThreadPool m_pool; // one thread of our own, below the GUI thread's priority
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    Done m_done;
    bool m_busy = false;
};

} // namespace Segmenta
