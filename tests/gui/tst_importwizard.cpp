// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the import wizard as a user does: File → Import Files… by keyboard, paths typed into
// the fields the labels' mnemonics reach, Next through the pages, project out; a wrong path is
// said on the page and the typed text stays. The summary lists the rejected lines. Screenshots
// of each page go to SEGMENTA_SCREENSHOTS when set.
#include "backgroundtask.h"
#include "guiinput.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "overviewpage.h"
#include "projectsession.h"
#include "startpage.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsThroughTheWizard();
    void importsTypedPathsFromTheFileMenu();
    void wrongPathIsSaidOnThePage();
    void failedImportOpensTheWizardAgain();

private:
    // File → Import Files… as a keyboard user opens it; the wizard, shown and active.
    static ImportWizard *openFromFileMenu(MainWindow &window);
    static void click(QAbstractButton *button) { QTest::mouseClick(button, Qt::LeftButton); }

    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
        }
    }
};

void TestImportWizard::importsThroughTheWizard()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.importFiles(Test::testData("gb18030_customers.csv"), Test::testData("gb18030_orders.csv"));
    ImportWizard *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto *project = wizard->findChildren<QLineEdit *>().last();
    project->setText(dir.filePath("shop.segmenta"));
    shoot(wizard, "wizard-1-files");
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CustomersPage));
    shoot(wizard, "wizard-2-customers");
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::TransactionsPage));
    shoot(wizard, "wizard-3-orders");
    // The detected roles travel as explicit mappings.
    const auto orders = wizard->transactions();
    QVERIFY(orders.has_value());
    QCOMPARE(orders->encoding, QByteArray());
    QVERIFY(std::any_of(orders->mappings.begin(), orders->mappings.end(),
                        [](const ColumnMapping &m) { return m.role == Role::Amount; }));

    QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
    wizard->accept();
    QVERIFY(Test::waitForSignal(changed, 20000));
    QCOMPARE(window.session()->data()->customerCount(), 5);
    QCOMPARE(window.session()->data()->transactionCount(), 5);
    QVERIFY(QFile::exists(dir.filePath("shop.segmenta")));
    QWidget *summary = nullptr;
    QTRY_VERIFY((summary = QApplication::activeModalWidget()) != nullptr);
    shoot(summary, "import-summary");
    summary->close();
    shoot(&window, "data-page");
}

ImportWizard *TestImportWizard::openFromFileMenu(MainWindow &window)
{
    if (!Test::pressMenuItem(&window, Qt::Key_F, Qt::Key_I)) // &File → &Import Files…
        return nullptr;
    ImportWizard *wizard = nullptr;
    if (!QTest::qWaitFor([&] { return (wizard = window.findChild<ImportWizard *>()) && wizard->isVisible(); }))
        return nullptr;
    return Test::activate(wizard) ? wizard : nullptr;
}

void TestImportWizard::importsTypedPathsFromTheFileMenu()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ImportWizard *wizard = openFromFileMenu(window);
    QVERIFY2(wizard, "File → Import Files… opened no wizard");
    const QString customers = Test::testData(QStringLiteral("gb18030_customers.csv"));
    const QString orders = Test::testData(QStringLiteral("gb18030_orders.csv"));
    const QString project = dir.filePath(QStringLiteral("typed.segmenta"));
    QVERIFY2(Test::typeInto(wizard, Qt::Key_C, customers), "Alt+C reaches no line edit");
    QVERIFY2(Test::typeInto(wizard, Qt::Key_O, orders), "Alt+O reaches no line edit");
    QVERIFY2(Test::typeInto(wizard, Qt::Key_P, project), "Alt+P reaches no line edit");
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QVERIFY2(next->isVisible() && next->isEnabled(), "no Next once the files are named");
    QVERIFY(!finish->isVisible() || !finish->isEnabled());
    shoot(wizard, QStringLiteral("typed-1-files"));

    QList<int> visited{wizard->currentId()};
    for (int step = 0; step < 5 && next->isVisible() && next->isEnabled(); ++step) {
        click(next);
        QVERIFY2(wizard->currentId() != visited.last(), "Next did not move on");
        visited.append(wizard->currentId());
    }
    QVERIFY(visited.contains(int(ImportWizard::CustomersPage)));
    QVERIFY(visited.contains(int(ImportWizard::TransactionsPage)));
    QVERIFY(finish->isVisible() && finish->isEnabled());

    QSignalSpy changed(window.session(), &ProjectSession::projectChanged);
    click(finish);
    QVERIFY(Test::waitForSignal(changed, 20000));
    QCOMPARE(window.session()->data()->customerCount(), 5);
    QCOMPARE(window.session()->data()->transactionCount(), 5);
    QVERIFY(QFile::exists(project));
    QWidget *summary = nullptr;
    QTRY_VERIFY((summary = QApplication::activeModalWidget()) != nullptr);
    QTest::keyClick(summary, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    // The Overview, as a click in the navigation shows it, counts the imported customers.
    QVERIFY(Test::clickNavigation(&window, QStringLiteral("overview")));
    auto *page = window.findChild<OverviewPage *>();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->analysis() != nullptr, 20000);
    QVERIFY(page->isVisible());
    QTRY_VERIFY2(page->figuresHtml().contains(u'5'), qPrintable(page->figuresHtml()));
}

void TestImportWizard::wrongPathIsSaidOnThePage()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // The Start page's button, clicked.
    QPushButton *start = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>())
        if (b->isVisible() && b->text() == StartPage::tr("&Import Files…"))
            start = b;
    QVERIFY(start);
    click(start);
    ImportWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<ImportWizard *>()) && wizard->isVisible());
    QVERIFY(Test::activate(wizard));
    const QString missing = dir.filePath(QStringLiteral("no such customers.csv"));
    QLineEdit *customers = Test::typeInto(wizard, Qt::Key_C, missing);
    QVERIFY(customers);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY2(next->isVisible() && next->isEnabled(), "no Next once a file is named");
    click(next);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilesPage));
    QVERIFY(wizard->isVisible());
    QCOMPARE(customers->text(), missing);
    // The reason, on the page itself.
    QLabel *said = nullptr;
    for (QLabel *label : wizard->currentPage()->findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(QDir::toNativeSeparators(missing)))
            said = label;
    QVERIFY2(said, "the missing file is not named on the page");
    shoot(wizard, QStringLiteral("typed-wrong-path"));
}

void TestImportWizard::failedImportOpensTheWizardAgain()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ImportWizard *wizard = openFromFileMenu(window);
    QVERIFY(wizard);
    // A folder where the project file should go: the import reads the orders, then cannot save.
    const QString project = dir.filePath(QStringLiteral("taken.segmenta"));
    QVERIFY(QDir().mkpath(project));
    const QString orders = Test::testData(QStringLiteral("gb18030_orders.csv"));
    QVERIFY(Test::typeInto(wizard, Qt::Key_O, orders));
    QVERIFY(Test::typeInto(wizard, Qt::Key_P, project));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    for (int step = 0; step < 5 && next->isVisible() && next->isEnabled(); ++step)
        click(next);
    QSignalSpy finished(window.tasks(), &BackgroundTask::finished);
    click(wizard->button(QWizard::FinishButton));
    QVERIFY(Test::waitForSignal(finished, 20000));
    // Open again on its first page, the paths as typed, the reason there.
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilesPage));
    auto *problem = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible() && !problem->text().isEmpty());
    QCOMPARE(wizard->projectPath(), project);
    QVERIFY(wizard->transactions().has_value());
    QCOMPARE(wizard->transactions()->path, orders);
    QVERIFY(m_modalGuard.caught().isEmpty());
    shoot(wizard, QStringLiteral("typed-failed-import"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
