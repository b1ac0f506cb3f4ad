// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a real project in the main window, visits every page in English, Simplified and
// Traditional Chinese, and checks each page shows its content (the overview's figures, the
// data tables). With SEGMENTA_SCREENSHOTS=DIR it saves a picture of every page per language,
// to look at as a user would.
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "testsupport.h"
#include "warehouseactions.h"
#include "warehousedialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>


using namespace Segmenta;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPage_data();
    void everyPage();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_project;
};

void TestScreenshots::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_screenshots");
    // A small project with both tables, from the demo generator's customers and orders.
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "800"});
    QCOMPARE(run.exitCode, 0);
    m_project = run.json().value("project").toString();
    QVERIFY(QFile::exists(m_project));
}

void TestScreenshots::everyPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("overviewWord");
    QTest::newRow("en") << "en" << "customers";
    QTest::newRow("zh_CN") << "zh_CN" << "客户";
    QTest::newRow("zh_TW") << "zh_TW" << "客戶";
}

void TestScreenshots::everyPage()
{
    QFETCH(QString, language);
    QFETCH(QString, overviewWord);
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QApplication::removeTranslator(t);
        delete t;
    }
    Language::setCurrent(language);
    Language::install(*qApp);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->analysis() != nullptr, 60000);

    // The two laptop screens every page must be usable on (docs/user/pages.md), the window
    // filling each as the app's own sizing does.
    const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
    for (const QSize size : {QSize(1366, 768), QSize(1024, 700)}) {
        window.resize(size);
        for (const QString &page : window.pageNames()) {
            QVERIFY(window.showPage(page));
            QTest::qWait(150);
            if (dir.isEmpty())
                continue;
            QDir().mkpath(dir);
            const QString name = QStringLiteral("%1-%2x%3-%4.png")
                                     .arg(page, QString::number(size.width()),
                                          QString::number(size.height()), language);
            window.grab().save(QDir(dir).filePath(name));
        }
    }
    // File → Import from Database, in the same language.
    window.warehouse()->importFromDatabase();
    auto *dialog = window.findChild<WarehouseDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    if (language != "en")
        QVERIFY2(dialog->windowTitle() != "Import from Database", "the database dialog is not translated");
    if (!dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(QStringLiteral("%1-warehouse-dialog.png").arg(language)));
    dialog->close();

    // The overview says who brings the value, in the chosen language.
    QVERIFY(window.showPage("overview"));
    bool found = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        found = found || (label->isVisible() && label->text().contains(overviewWord) && label->text().contains("80"));
    QVERIFY2(found, "the overview's key figures are not shown");
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
