// SPDX-License-Identifier: GPL-3.0-or-later
// The window in a dark and a light palette (--color-scheme, ColorScheme::apply): every chart of
// every page takes the Qt Charts theme of the palette (dark charts in a dark window, light in a
// light one), also the charts drawn after a fit in the background. With SEGMENTA_SCREENSHOTS=DIR
// it saves every page per scheme, to look at.
#include "backgroundtask.h"
#include "chartstyle.h"
#include "colorscheme.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "snapshotspage.h"
#include "testsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chartsFollowThePalette_data();
    void chartsFollowThePalette();
    void unknownScheme();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_project;
};

namespace {

// A brush's lightness; a gradient's is the mean of its stops (the themes' backgrounds are).
double lightness(const QBrush &brush)
{
    if (const QGradient *g = brush.gradient(); g && !g->stops().isEmpty()) {
        double sum = 0;
        for (const QGradientStop &stop : g->stops())
            sum += stop.second.lightnessF();
        return sum / double(g->stops().size());
    }
    return brush.color().lightnessF();
}

} // namespace

void TestColorScheme::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_colorscheme");
    m_project = Test::demoProject(m_dir.filePath("demo"), 600, R"json({"version": 1, "segments": [
        {"name": "Best", "rule": "tier in (\"platinum\", \"gold\")"}]})json");
    QVERIFY(!m_project.isEmpty());
}

void TestColorScheme::cleanupTestCase()
{
    ColorScheme::apply("light");
}

void TestColorScheme::chartsFollowThePalette_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << "dark" << true;
    QTest::newRow("light") << "light" << false;
}

void TestColorScheme::chartsFollowThePalette()
{
    QFETCH(QString, scheme);
    QFETCH(bool, dark);
    QVERIFY(ColorScheme::apply(scheme));
    QCOMPARE(ChartStyle::isDark(QApplication::palette()), dark);
    const auto expected = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->analysis() != nullptr, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->segmentCounts() != nullptr, 60000);

    // Two snapshots, so that the migration table shows its coloured cells.
    auto *snapshots = window.findChild<SnapshotsPage *>("history");
    QVERIFY(snapshots);
    QSignalSpy taken(snapshots, &SnapshotsPage::snapshotTaken);
    snapshots->takeSnapshot(scheme + " 1");
    QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 30000);
    snapshots->takeSnapshot(scheme + " 2");
    QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.tasks()->isRunning(), 30000);

    const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
    auto save = [&](const QString &name) {
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(scheme, name)));
    };
    int charts = 0;
    for (const QString &page : window.pageNames()) {
        QVERIFY(window.showPage(page));
        // Pages draw when shown; the drivers fit and the clusters' projection come later.
        QTRY_VERIFY_WITH_TIMEOUT(!window.tasks()->isRunning(), 30000);
        QTest::qWait(page == "clusters" || page == "value" ? 600 : 80);
        save(page);
        // And every tab of the page (Value & CLV: lifetime, groups, backtest).
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int t = 1; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTRY_VERIFY_WITH_TIMEOUT(!window.tasks()->isRunning(), 30000);
                QTest::qWait(300);
                save(QStringLiteral("%1-tab%2").arg(page).arg(t));
            }
            tabs->setCurrentIndex(0);
        }
    }
    // Every chart, on every page, drawn when its page was shown or later.
    for (QChartView *view : window.findChildren<QChartView *>()) {
        QVERIFY(view->chart());
        QVERIFY2(view->chart()->theme() == expected,
                 qPrintable(view->chart()->title() + " in " + view->parentWidget()->objectName()));
        // Its text stands out from its background.
        const double background = lightness(view->chart()->backgroundBrush());
        const double text = lightness(view->chart()->titleBrush());
        QCOMPARE(background < 0.5, dark);
        QVERIFY(std::abs(background - text) > 0.4);
        ++charts;
    }
    QVERIFY(charts >= 10);
}

void TestColorScheme::unknownScheme()
{
    QVERIFY(ColorScheme::apply(""));
    QVERIFY(ColorScheme::apply("system"));
    QVERIFY(!ColorScheme::apply("purple"));
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
