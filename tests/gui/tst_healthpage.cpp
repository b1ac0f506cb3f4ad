// SPDX-License-Identifier: GPL-3.0-or-later
// The Health page in the real window: the checks run off the GUI thread after each count (busy
// meanwhile) and show what SegmentHealth::run finds on the same count; a run overtaken by a
// newer count or by the project closing is dropped, never shown; the workshop report waits for
// the checks under way.
#include "exportpage.h"
#include "healthpage.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "projectwindow.h"
#include "segmentcounts.h"
#include "segmentdocument.h"
#include "segmentspage.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <atomic>

using namespace Segmenta;

class TestHealthPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findingsOfTheLatestCount();
    void exportEndsNeverUsed();
    void badRuleListedOnExportPage();
    void staleRunIsDropped_data();
    void staleRunIsDropped();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QStringList coreCodes() const;
    void changeObjective(qsizetype segment, const QString &objective);

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    HealthPage *m_page = nullptr;
};

void TestHealthPage::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_healthpage");
    // Two segments without objectives: each is a finding until it gets one.
    m_project = Test::demoProject(m_dir.filePath("demo"), 500, R"json({"version": 1, "segments": [
        {"name": "Best", "rule": "tier in (\"platinum\", \"gold\")"},
        {"name": "Rest", "rule": "tier = \"iron\""}]})json");
    QVERIFY(!m_project.isEmpty());
}

void TestHealthPage::init()
{
    m_window = Test::openProjectCopy(m_project, m_dir.path());
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->segmentCounts() != nullptr, 60000);
    QVERIFY(m_window->showPage("health"));
    m_page = m_window->healthPage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isChecking() && !m_page->findingCodes().isEmpty(), 30000);
}

void TestHealthPage::cleanup()
{
    m_window.reset();
}

// What the core finds on the session's latest count, run here on the GUI thread.
QStringList TestHealthPage::coreCodes() const
{
    const auto counts = m_window->session()->segmentCounts();
    const Segmentation valid = counts->validSegmentation();
    QStringList codes;
    for (const HealthFinding &f : SegmentHealth::run(HealthPage::inputOf(*counts, valid)))
        codes << f.code;
    return codes;
}

void TestHealthPage::changeObjective(qsizetype segment, const QString &objective)
{
    m_window->session()->segments()->changeField(segment, SegmentField::Objective, objective);
}

void TestHealthPage::findingsOfTheLatestCount()
{
    QCOMPARE(m_page->findingCodes(), coreCodes());
    QCOMPARE(m_page->findingCodes().count("no-objective"), 2);
    QSignalSpy checked(m_page, &HealthPage::checked);
    changeObjective(0, "keep them");
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1 && !m_page->isChecking(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findingCodes().count("no-objective"), 1, 30000);
    QCOMPARE(m_page->findingCodes(), coreCodes());
    QVERIFY(!m_page->findChild<QProgressBar *>("healthBusy")->isVisible());
}

void TestHealthPage::exportEndsNeverUsed()
{
    QVERIFY(m_page->findingCodes().contains("never-used"));
    QVERIFY(m_window->showPage("export"));
    auto *exportPage = m_window->exportPage();
    auto *folder = exportPage->findChild<QLineEdit *>("exportFolder");
    folder->setFocus();
    folder->selectAll();
    QTest::keyClick(folder, Qt::Key_Delete);
    QTest::keyClicks(folder, m_dir.filePath("lists"));
    QSignalSpy exported(exportPage, &ExportPage::exported);
    QTest::mouseClick(exportPage->findChild<QPushButton *>("exportButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QVERIFY(m_window->showPage("health"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isChecking()
                                 && !m_page->findingCodes().contains("never-used"),
                             30000);
}

// Shares this fixture's project: the Export page lists a segment whose rule has an error,
// unselectable, with the reason.
void TestHealthPage::badRuleListedOnExportPage()
{
    QVERIFY(m_window->showPage("segments"));
    auto *page = m_window->segmentsPage();
    page->findChild<QAction *>("newSegment")->trigger();
    auto *text = page->findChild<QPlainTextEdit *>("ruleText");
    text->setFocus();
    QTest::keyClicks(text, "nosuchfield = 1");
    const auto badIndex = [this] {
        const auto c = m_window->session()->segmentCounts();
        for (qsizetype s = 0; c && s < c->segmentation.size(); ++s)
            if (c->segmentation.segments[s].rule == u"nosuchfield = 1" && !c->errors[size_t(s)].isEmpty())
                return int(s);
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(badIndex() >= 0, 30000);
    QVERIFY(m_window->showPage("export"));
    auto *list = m_window->exportPage()->findChild<QListWidget *>("exportSegments");
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, 10000);
    QListWidgetItem *bad = list->item(badIndex());
    QVERIFY2(bad->text().contains("rule error: "), qPrintable(bad->text()));
    QVERIFY(bad->toolTip().contains("nosuchfield"));
    QVERIFY(!(bad->flags() & Qt::ItemIsEnabled));
    QCOMPARE(bad->checkState(), Qt::Unchecked);
}

void TestHealthPage::staleRunIsDropped_data()
{
    // What overtakes the held-back run: a newer count (the run is redone for it) or the
    // project closing (nothing to check any more).
    QTest::addColumn<bool>("closeProject");
    QTest::newRow("newer count") << false;
    QTest::newRow("project closed") << true;
}

void TestHealthPage::staleRunIsDropped()
{
    QFETCH(bool, closeProject);
    // The first run is held back until released and returns a finding nobody may see.
    auto gate = std::make_shared<QSemaphore>();
    auto calls = std::make_shared<std::atomic<int>>(0);
    m_page->setChecks([gate, calls](const HealthInput &input, const HealthOptions &options) {
        if ((*calls)++ == 0) {
            gate->acquire();
            HealthFinding stale;
            stale.code = QStringLiteral("stale-marker");
            return QList<HealthFinding>{stale};
        }
        return SegmentHealth::run(input, options);
    });
    QSignalSpy counted(m_window->session(), &ProjectSession::segmentsCounted);
    // Every set of findings the page shows, even for a moment.
    QStringList everShown;
    const auto recording = connect(m_page, &HealthPage::checked, this,
                                   [&] { everShown << m_page->findingCodes(); });
    changeObjective(0, "keep them");
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isChecking(), 30000);
    // Busy meanwhile, the previous findings greyed.
    QVERIFY(m_page->findChild<QProgressBar *>("healthBusy")->isVisible());
    QVERIFY(!m_page->findChild<QTreeWidget *>("healthFindings")->isEnabled());
    if (closeProject) {
        m_window->session()->close();
        QVERIFY(m_page->findingCodes().isEmpty());
    } else {
        const int before = int(counted.count());
        changeObjective(1, "grow them");
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() > before, 30000);
    }
    const QString summary = m_page->summary();
    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isChecking(), 30000);
    QTest::qWait(50); // the watcher's finished signal is delivered
    disconnect(recording);
    QVERIFY(!m_page->findingCodes().contains("stale-marker"));
    QVERIFY(!everShown.contains("stale-marker"));
    if (closeProject) {
        QCOMPARE(calls->load(), 1);
        QVERIFY(m_page->findingCodes().isEmpty());
        QCOMPARE(m_page->summary(), summary);
    } else {
        // Redone once for the newest count, whose findings are shown.
        QCOMPARE(calls->load(), 2);
        QCOMPARE(m_page->findingCodes().count("no-objective"), 0);
        QCOMPARE(m_page->findingCodes(), coreCodes());
    }
}

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
