// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtask.h"

#include "workerpriority.h"

#include <QtConcurrent>

namespace Segmenta {

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const int percent = m_permille ? m_permille->load() / 10 : 0;
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            Q_EMIT progressChanged(percent);
        }
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_poll.stop();
        const bool cancelled = m_control && m_control->isCancelled();
        auto done = std::move(m_done);
        m_done = nullptr;
        // finished first: done() may start the next task.
        Q_EMIT finished(cancelled);
        if (!cancelled && done)
            done();
    });
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    m_watcher.waitForFinished();
}

void BackgroundTask::start(const QString &title, std::function<void(TaskControl &)> work,
                           std::function<void()> done)
{
    if (isRunning())
        return;
    m_title = title;
    m_control = std::make_shared<TaskControl>();
    m_permille = std::make_shared<std::atomic<int>>(0);
    auto permille = m_permille;
    m_control->setProgressFunction([permille](double f) { permille->store(int(f * 1000)); });
    m_done = std::move(done);
    m_lastPercent = -1;
    auto control = m_control;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [control, work = std::move(work)] {
        lowerWorkerThreadPriority();
        work(*control);
    }));
    m_poll.start();
    Q_EMIT started(title);
}

void BackgroundTask::cancel()
{
    if (m_control)
        m_control->requestCancel();
}

} // namespace Segmenta
