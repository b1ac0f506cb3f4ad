// SPDX-License-Identifier: GPL-3.0-or-later
// Background work runs below the GUI thread's priority (ui/workerpriority.h): the jobs that
// BackgroundTask and releaseInBackground run, and the threads those jobs start, so that a page's
// first paint does not wait for a core while a million customers are being analysed; the GUI
// thread itself is never lowered.
#include "backgroundrelease.h"
#include "backgroundtask.h"
#include "base/taskcontrol.h"
#include "workerpriority.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Segmenta;

namespace {

// Larger means less CPU when the cores are contended: the nice value where Qt's thread
// priorities do nothing (Linux), else the inverted QThread priority.
int lowness()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(gettid()));
#else
    return -int(QThread::currentThread()->priority());
#endif
}

// Records lowness() on the thread that destroys it.
struct Recorder
{
    explicit Recorder(std::shared_ptr<std::atomic<int>> seen) : seen(std::move(seen)) {}
    ~Recorder() { seen->store(lowness()); }
    std::shared_ptr<std::atomic<int>> seen;
};

} // namespace

class TestWorkerPriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void belowTheGuiThread_data();
    void belowTheGuiThread();
};

void TestWorkerPriority::belowTheGuiThread_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("background task") << "task";
    QTest::newRow("thread started by a background task") << "task thread";
    QTest::newRow("released in background") << "release";
    QTest::newRow("called on the GUI thread") << "gui";
}

void TestWorkerPriority::belowTheGuiThread()
{
    QFETCH(QString, where);
    const int gui = lowness();
    auto seen = std::make_shared<std::atomic<int>>(gui - 1000);
    if (where == "gui") {
        lowerWorkerThreadPriority();
        QCOMPARE(lowness(), gui);
        return;
    }
    if (where == "release") {
        releaseInBackground(std::make_shared<Recorder>(seen));
    } else {
        BackgroundTask task;
        QSignalSpy finished(&task, &BackgroundTask::finished);
        const bool nested = where == "task thread";
        task.start("work", [seen, nested](TaskControl &) {
            if (!nested) {
                seen->store(lowness());
                return;
            }
            std::thread inner([seen] { seen->store(lowness()); });
            inner.join();
        }, {});
        QVERIFY(finished.wait(10000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(seen->load() != gui - 1000, 10000);
#ifndef Q_OS_LINUX
    if (where == "task thread")
        QSKIP("Only Linux threads inherit their creator's priority.");
#endif
    QVERIFY2(seen->load() > gui, qPrintable(QStringLiteral("worker %1, GUI thread %2")
                                                .arg(seen->load()).arg(gui)));
    QCOMPARE(lowness(), gui); // the GUI thread kept its own
}

QTEST_MAIN(TestWorkerPriority)
#include "tst_workerpriority.moc"
