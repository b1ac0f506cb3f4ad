// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapjob.h"

#include "workerpriority.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace Segmenta {

HeatmapJob::HeatmapJob(QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
}

HeatmapJob::~HeatmapJob()
{
    // The worker posts to this object: it must be done before the object goes. A result
    // posted but not yet delivered is discarded with the object.
    clear();
    m_pool.waitForDone();
}

void HeatmapJob::start(Work work, Done done)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_done = std::move(done);
    m_busy = true;
    m_pool.start([this, latest = m_latest, generation, work = std::move(work)] {
        if (latest->load() != generation)
            return; // superseded while queued
        lowerWorkerThreadPriority();
        std::vector<HeatmapData> maps = work();
        if (latest->load() != generation)
            return;
        // Queued: runs on the GUI thread, and not at all if this object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, generation, maps = std::move(maps)]() mutable {
                deliver(generation, std::move(maps));
            },
            Qt::QueuedConnection);
    });
}

void HeatmapJob::clear()
{
    m_latest->store(++m_generation);
    m_done = nullptr;
    m_busy = false;
}

void HeatmapJob::deliver(quint64 generation, std::vector<HeatmapData> maps)
{
    if (generation != m_generation || !m_done)
        return; // stale: the data or the settings changed meanwhile
    m_busy = false;
    Done done = std::move(m_done);
    m_done = nullptr;
    done(std::move(maps));
    Q_EMIT finished();
}

void HeatmapJob::waitForFinished()
{
    m_pool.waitForDone();
    // The result is posted to this object; deliver it now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace Segmenta
