// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language from the menu rebuilds the window in the new language at once: the
// open project, its analysis, the segments and the page shown carry over; nothing is reloaded.
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "segmentdocument.h"
#include "segmentspage.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Segmenta;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchKeepsTheProject_data();
    void switchKeepsTheProject();
    void cleanupTestCase();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QPointer<MainWindow> m_window;
};

void TestLanguageSwitch::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_languageswitch");
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp, QStringLiteral("en"));
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "500"});
    QCOMPARE(run.exitCode, 0);
    m_window = new MainWindow;
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->openProject(run.json().value("project").toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    m_window->segmentsPage()->findChild<QAction *>("newSegment")->trigger();
    QCOMPARE(m_window->session()->segments()->size(), 1);
    // Switched at once, before the edit's delayed save: the switch must not lose it.
    QVERIFY(m_window->showPage("overview"));
}

void TestLanguageSwitch::switchKeepsTheProject_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("overview"); // the navigation's title of the overview page
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("simplified") << "zh_CN" << QStringLiteral("概览") << QStringLiteral("文件(&F)");
    QTest::newRow("traditional") << "zh_TW" << QStringLiteral("概覽") << QStringLiteral("檔案(&F)");
    QTest::newRow("english") << "en" << QStringLiteral("Overview") << QStringLiteral("&File");
}

void TestLanguageSwitch::switchKeepsTheProject()
{
    QFETCH(QString, code);
    QFETCH(QString, overview);
    QFETCH(QString, fileMenu);
    QPointer<MainWindow> old = m_window;
    const auto data = old->session()->data();
    const auto analysis = old->session()->analysis();
    m_window = old->switchLanguage(code);
    QVERIFY(m_window && m_window != old);
    QTRY_VERIFY(old.isNull()); // closed and deleted
    QCOMPARE(Language::current(), code);
    // The same project and analysis objects: nothing was reloaded or recomputed.
    QCOMPARE(m_window->session()->data(), data);
    QCOMPARE(m_window->session()->analysis(), analysis);
    // In the new language, on the same page, with the segment still there.
    auto *navigation = m_window->findChild<QListWidget *>("navigation");
    QCOMPARE(navigation->currentItem()->text(), overview);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), fileMenu);
    QTRY_COMPARE(m_window->session()->segments()->size(), 1);
    // The session owns the segments with their history: Edit → Undo still undoes the add.
    QVERIFY(m_window->session()->segments()->undoStack()->canUndo());
}

void TestLanguageSwitch::cleanupTestCase()
{
    delete m_window;
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
