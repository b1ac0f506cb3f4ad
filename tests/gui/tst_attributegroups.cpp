// SPDX-License-Identifier: GPL-3.0-or-later
// The Clusters page's groups on chosen attributes (docs/clusters.md), driven with real input in
// the real window on the demo project: tick lifestyle, personality, values, age and region with
// the keyboard, Find Groups, rename a group by typing, Make Segment, and the segment is there
// with the group's rule and description, shown on the Segments page; Cancel stops a run.
#include "attributegroupspanel.h"
#include "backgroundtask.h"
#include "clusterspage.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "segmentdocument.h"
#include "segmentspage.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestAttributeGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void groupToSegment();
    void cancelStopsTheRun();

private:
    Test::ModalGuard m_modalGuard;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAttributeGroups::initTestCase()
{
    QCoreApplication::setOrganizationName(u"SegmentaTest"_qs);
    QCoreApplication::setApplicationName(u"tst_attributegroups"_qs);
    auto run = Test::runCli({u"demo"_qs, u"-o"_qs, m_dir.filePath(u"demo"_qs), u"--customers"_qs, u"800"_qs});
    QCOMPARE(run.exitCode, 0);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openProject(run.json().value(u"project").toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 60000);
}

void TestAttributeGroups::cleanupTestCase()
{
    m_window.reset();
}

namespace {

// The attribute groups have a tab of their own on the Clusters page: a click on it, as a person.
bool openGroupsTab(ClustersPage *page)
{
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("clusterTabs"));
    if (!tabs)
        return false;
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    return tabs->currentIndex() == 1;
}

} // namespace

void TestAttributeGroups::groupToSegment()
{
    QVERIFY(m_window->showPage("clusters"));
    auto *page = m_window->findChild<ClustersPage *>(u"clusters"_qs);
    QVERIFY(page);
    QVERIFY(openGroupsTab(page));
    auto *list = page->findChild<QListWidget *>(u"groupAttributes"_qs);
    auto *find = page->findChild<QPushButton *>(u"findGroups"_qs);
    auto *table = page->findChild<QTableWidget *>(u"attributeGroups"_qs);
    auto *make = page->findChild<QPushButton *>(u"makeSegment"_qs);
    QVERIFY(list && find && table && make);
    const QStringList chosen = {u"生活方式"_qs, u"性格"_qs, u"价值观"_qs, u"年龄"_qs, u"地区"_qs};
    for (const QString &name : chosen) {
        const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->scrollToItem(items.first());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(items.first()->checkState(), Qt::Checked);
    }
    QTest::mouseClick(find, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 2 && find->isEnabled(), 120000);
    // The groups carry names from their values and a value profile.
    QVERIFY(!table->item(0, 0)->text().isEmpty());
    QVERIFY(table->item(0, 6)->text().contains(u"×"_qs));

    // Rename the first group by typing, select it, Make Segment.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->findChild<QLineEdit *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, u"Trend seekers"_qs);
    QCOMPARE(editor->text(), u"Trend seekers"_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(0, 0)->text(), u"Trend seekers"_qs); // the delegate commits queued
    QTRY_VERIFY(make->isEnabled());
    const qsizetype before = m_window->session()->segments()->size();
    QTest::mouseClick(make, Qt::LeftButton);
    SegmentDocument *segments = m_window->session()->segments();
    QCOMPARE(segments->size(), before + 1);
    const Segment &made = segments->segmentation().segments.last();
    QCOMPARE(made.name, u"Trend seekers"_qs);
    QVERIFY(!made.rule.isEmpty());
    QVERIFY2(made.description.startsWith(u"Group 1"_qs), qPrintable(made.description));

    // Make Segment takes the manager to the new segment: the Segments page is shown with it
    // selected and its form holding the group's rule and description.
    auto *segmentsPage = m_window->findChild<SegmentsPage *>();
    QVERIFY(segmentsPage);
    QTRY_VERIFY(segmentsPage->isVisible()); // the page stack shows only its current page
    QVERIFY(!page->isVisible());
    QCOMPARE(segmentsPage->currentSegment(), before);
    auto *rule = segmentsPage->findChild<QPlainTextEdit *>(u"ruleText"_qs);
    auto *description = segmentsPage->findChild<QPlainTextEdit *>(u"segmentDescription"_qs);
    auto *name = segmentsPage->findChild<QLineEdit *>(u"segmentName"_qs);
    QVERIFY(rule && description && name);
    QCOMPARE(name->text(), u"Trend seekers"_qs);
    QCOMPARE(rule->toPlainText(), made.rule);
    QCOMPARE(description->toPlainText(), made.description);
}

// Cancel while the groups are being found: the panel goes back to idle, says the clustering was
// cancelled and shows no groups (those of the previous run are gone too).
void TestAttributeGroups::cancelStopsTheRun()
{
    QVERIFY(m_window->showPage("clusters"));
    auto *page = m_window->findChild<ClustersPage *>(u"clusters"_qs);
    QVERIFY(page);
    QVERIFY(openGroupsTab(page));
    auto *find = page->findChild<QPushButton *>(u"findGroups"_qs);
    auto *cancel = page->findChild<QPushButton *>(u"cancelGroups"_qs);
    auto *table = page->findChild<QTableWidget *>(u"attributeGroups"_qs);
    auto *make = page->findChild<QPushButton *>(u"makeSegment"_qs);
    auto *summary = page->findChild<QLabel *>(u"groupsSummary"_qs);
    QVERIFY(find && cancel && table && make && summary);
    QVERIFY(table->rowCount() >= 2); // the groups of groupToSegment, still ticked
    QVERIFY(!cancel->isEnabled());
    const qsizetype segments = m_window->session()->segments()->size();
    // The click on Cancel follows at once: the worker checks for it between k-means restarts,
    // long before its several k and restarts are done.
    QTest::mouseClick(find, Qt::LeftButton);
    QVERIFY(cancel->isEnabled());
    QVERIFY(page->attributeGroups()->isBusy());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->attributeGroups()->isBusy(), 60000);
    QVERIFY(find->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!make->isEnabled());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY2(summary->text().contains(u"cancelled"_qs), qPrintable(summary->text()));
    QCOMPARE(m_window->session()->segments()->size(), segments);
}

QTEST_MAIN(TestAttributeGroups)
#include "tst_attributegroups.moc"
