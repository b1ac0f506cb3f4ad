// SPDX-License-Identifier: GPL-3.0-or-later
// computePool(): core's parallel loops run on a pool of their own, never on
// QThreadPool::globalInstance(), which Qt's raster engine uses for paints (docs/architecture.md,
// "Never frozen"). Rule evaluation's use of it is checked in tests/segments/tst_rulethreads.
#include "base/computepool.h"

#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <thread>
#include <vector>

using namespace Segmenta;

class TestComputePool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownPool();
    void blockingMapLeavesTheGlobalPoolFree_data();
    void blockingMapLeavesTheGlobalPoolFree();
};

void TestComputePool::ownPool()
{
    QVERIFY(computePool() != nullptr);
    QVERIFY(computePool() != QThreadPool::globalInstance());
    QVERIFY(computePool()->maxThreadCount() >= 1);
}

void TestComputePool::blockingMapLeavesTheGlobalPoolFree_data()
{
    QTest::addColumn<int>("items");
    QTest::newRow("few") << 4;
    QTest::newRow("many") << 4096;
}

void TestComputePool::blockingMapLeavesTheGlobalPoolFree()
{
    QFETCH(int, items);
    std::vector<double> values(size_t(items), 1.0);
    std::atomic<bool> done = false;
    std::atomic<int> computeSeen = 0, globalSeen = 0;
    std::thread watcher([&] {
        while (!done.load()) {
            computeSeen = std::max(computeSeen.load(), computePool()->activeThreadCount());
            globalSeen = std::max(globalSeen.load(),
                                  QThreadPool::globalInstance()->activeThreadCount());
        }
    });
    for (int round = 0; round < 200 && computeSeen.load() == 0; ++round)
        QtConcurrent::blockingMap(computePool(), values, [](double &v) {
            for (int i = 0; i < 2000; ++i)
                v = v * 1.0000001 + 1e-9;
        });
    done = true;
    watcher.join();
    QVERIFY(values.front() > 1.0);
    QCOMPARE(globalSeen.load(), 0);
    QVERIFY(computeSeen.load() > 0);
}

QTEST_GUILESS_MAIN(TestComputePool)
#include "tst_computepool.moc"
