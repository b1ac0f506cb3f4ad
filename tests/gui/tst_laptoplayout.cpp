// SPDX-License-Identifier: GPL-3.0-or-later
// The pages on a laptop screen (docs/user/pages.md): at 1024 × 700 what a user needs is in
// view, not behind a toolbar's overflow arrow or cut at a column's edge.
#include "healthpage.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "segmentcounts.h"
#include "segmentspage.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Segmenta;

class TestLaptopLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void segmentsToolbar_data();
    void segmentsToolbar();
    void healthFindingInFull();

private:
    // Whether widget is shown and lies wholly inside the main window.
    bool inWindow(const QWidget *widget) const;

    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestLaptopLayout::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_laptoplayout");
    // A segment without an objective: a finding to read.
    m_project = Test::demoProject(m_dir.filePath("demo"), 400, R"json({"version": 1, "segments": [
        {"name": "Best", "rule": "tier in (\"platinum\", \"gold\")"}]})json");
    QVERIFY(QFile::exists(m_project));
}

void TestLaptopLayout::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 60000);
}

void TestLaptopLayout::cleanup()
{
    m_window.reset();
}

bool TestLaptopLayout::inWindow(const QWidget *widget) const
{
    if (!widget || !widget->isVisible())
        return false;
    const QRect box(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    return m_window->rect().contains(box);
}

void TestLaptopLayout::segmentsToolbar_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("1024 × 700") << 1024;
    QTest::newRow("1366 × 768") << 1366;
}

void TestLaptopLayout::segmentsToolbar()
{
    QFETCH(int, width);
    m_window->resize(width, 700);
    QVERIFY(m_window->showPage("segments"));
    SegmentsPage *page = m_window->segmentsPage();
    auto *field = page->findChild<QLineEdit *>("explainCustomerId");
    QVERIFY(field);
    QTRY_VERIFY(inWindow(field));
    QVERIFY(field->width() >= 100);
    auto *why = page->findChild<QAction *>("explainCustomer");
    QVERIFY(why);
    // The button that shows the action, not the one in a toolbar's overflow menu.
    QToolButton *button = nullptr;
    for (QToolButton *b : page->findChildren<QToolButton *>())
        if (b->defaultAction() == why && b->isVisible())
            button = b;
    QVERIFY2(button, "Why This Segment? is not shown as a button");
    QVERIFY(inWindow(button));
}

void TestLaptopLayout::healthFindingInFull()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->segmentCounts() != nullptr, 30000);
    QVERIFY(m_window->showPage("health"));
    auto *list = m_window->findChild<QTreeWidget *>("healthFindings");
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() > 0, 30000);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    QTreeWidgetItem *item = list->currentItem();
    QVERIFY(item);
    auto *detail = m_window->findChild<QLabel *>("healthFindingDetail");
    QVERIFY2(detail, "no pane shows the finding in full");
    QTRY_VERIFY(inWindow(detail));
    QVERIFY(detail->wordWrap());
    QCOMPARE(detail->text(), item->text(1));
}

QTEST_MAIN(TestLaptopLayout)
#include "tst_laptoplayout.moc"
