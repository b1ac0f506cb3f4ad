// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpriority.h"

#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace Segmenta {

namespace {
#ifdef Q_OS_LINUX
// On Linux QThread::setPriority() does nothing for normal (SCHED_OTHER) threads; the nice
// value of the thread does. 10 gives the GUI thread about nine times a worker's share.
constexpr int kWorkerNice = 10;
#endif
} // namespace

void lowerWorkerThreadPriority()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        return; // never the GUI thread
    lowered = true;
#ifdef Q_OS_LINUX
    const id_t tid = id_t(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && current < kWorkerNice)
        setpriority(PRIO_PROCESS, tid, kWorkerNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace Segmenta
