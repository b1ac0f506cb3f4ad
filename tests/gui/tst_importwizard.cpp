// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the import wizard as a user would: files in, pages through, project out; the
// summary lists the rejected lines. Screenshots of each page go to SEGMENTA_SCREENSHOTS when set.
#include "importwizard.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsThroughTheWizard();

private:
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

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
