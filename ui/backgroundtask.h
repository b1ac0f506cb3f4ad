// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/taskcontrol.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace Segmenta {

// Runs one core function off the GUI thread (QtConcurrent) with progress and cancellation.
// Progress arrives from worker threads into an atomic and is polled by a timer, so the GUI
// thread never blocks and never receives a flood of queued signals.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // work runs on a pool thread with a TaskControl; done runs on the GUI thread afterwards,
    // unless the task was cancelled.
    void start(const QString &title, std::function<void(TaskControl &)> work,
               std::function<void()> done);
    void cancel();
    QString title() const { return m_title; }

Q_SIGNALS:
    void started(const QString &title);
    void progressChanged(int percent);
    void finished(bool cancelled);

private:
    // A pool of one thread of our own: core's work uses computePool() inside, and a task
    // holding one of its threads could leave it none.
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    QTimer m_poll;
    std::shared_ptr<TaskControl> m_control;
    std::shared_ptr<std::atomic<int>> m_permille;
    std::function<void()> m_done;
    QString m_title;
    int m_lastPercent = -1;
};

} // namespace Segmenta
