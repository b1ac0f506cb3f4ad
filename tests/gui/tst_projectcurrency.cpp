// SPDX-License-Identifier: GPL-3.0-or-later
// File → Project Currency…, typed into as a person does: the project's money is shown with
// the new sign at once (Overview figures, Segments table headers), the project file keeps it,
// and Escape changes nothing (docs/user/pages.md, "Numbers and dates").
#include "guiinput.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "overviewpage.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "projectsession.h"
#include "projectwindow.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Segmenta;

class TestProjectCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void change_data();
    void change();

private:
    Test::ModalGuard m_modalGuard;
    QTemporaryDir m_dir;
    QString m_project;
};

void TestProjectCurrency::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_projectcurrency");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project = Test::demoProject(m_dir.filePath("demo"), 400, R"json({"version": 1, "segments": [
        {"name": "Best", "rule": "tier in (\"platinum\", \"gold\")"}]})json");
    QVERIFY(!m_project.isEmpty());
}

void TestProjectCurrency::change_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QString>("expected");
    // The demo project is in ¥.
    // keyClicks types Latin-1 only: £ and ¥ are, € is not.
    QTest::newRow("pound") << "£" << true << "£";
    QTest::newRow("blanks around") << " CHF " << true << "CHF";
    QTest::newRow("cancelled") << "£" << false << "¥";
}

void TestProjectCurrency::change()
{
    QFETCH(QString, typed);
    QFETCH(bool, accept);
    QFETCH(QString, expected);
    auto window = Test::openProjectCopy(m_project, m_dir.path());
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->analysis() != nullptr, 60000);
    QVERIFY(window->showPage("overview"));

    // The dialog is modal: typed into once it is up.
    bool typedIn = false;
    QTimer typer;
    typer.setInterval(50);
    connect(&typer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *sign = dialog ? dialog->findChild<QComboBox *>("currencySign") : nullptr;
        if (!sign || typedIn)
            return;
        typedIn = true;
        // The current sign is selected: typing replaces it.
        QCOMPARE(sign->lineEdit()->selectedText(), QString("¥"));
        QTest::keyClicks(sign->lineEdit(), typed);
        QTest::keyClick(sign->lineEdit(), accept ? Qt::Key_Return : Qt::Key_Escape);
    });
    typer.start();
    QVERIFY(Test::clickMenuItem(window.get(), "File", "Project Currency"));
    QTRY_VERIFY(typedIn);
    typer.stop();

    QCOMPARE(window->session()->settings().value(ProjectSettings::kCurrency).toString(), expected);
    const auto stored = ProjectFile::loadSettings(window->session()->path());
    QVERIFY(stored);
    QCOMPARE(stored->value(ProjectSettings::kCurrency).toString(), expected);
    // The pages show it at once: the Overview's revenue, the Segments table's money headers.
    auto *overview = window->findChild<OverviewPage *>();
    QVERIFY(overview);
    QTRY_VERIFY2(overview->figuresHtml().contains(expected), qPrintable(overview->figuresHtml()));
    QVERIFY(window->showPage("segments"));
    auto *table = window->findChild<QTableView *>("segmentTable");
    QVERIFY(table);
    bool named = false;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        named = named || table->model()->headerData(c, Qt::Horizontal).toString().contains("(" + expected + ")");
    QVERIFY(named);
}

QTEST_MAIN(TestProjectCurrency)
#include "tst_projectcurrency.moc"
