// SPDX-License-Identifier: GPL-3.0-or-later
// A project whose warehouse sent a sample shows, under the key figures of the
// sample, the note saying so and the server's exact totals over every customer.
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "overviewpage.h"
#include "project/projectfile.h"
#include "projectsession.h"
#include "testsupport.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestOverviewSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exactTotals_data();
    void exactTotals();
    void cleanupTestCase();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_sampled, m_plain;
};

void TestOverviewSample::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_overviewsample");
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "500"});
    QCOMPARE(run.exitCode, 0);
    m_plain = run.json().value("project").toString();
    auto project = ProjectFile::load(m_plain);
    QVERIFY2(project, qPrintable(project.errorString()));
    CustomerSample sample;
    sample.customers = project->data.customerCount();
    sample.population = 1234567;
    sample.orders = 8765432;
    sample.revenue = 98765432.0;
    sample.gini = 0.73;
    sample.topShares[3] = 0.812;
    sample.customersFor80 = 234567;
    project->data.sample = sample;
    m_sampled = m_dir.filePath("sampled.segmenta");
    const Status saved = ProjectFile::save(m_sampled, *project);
    QVERIFY2(saved, qPrintable(saved.errorString()));
}

void TestOverviewSample::exactTotals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("sampled");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("English, sampled") << "en" << true << "Exact over all";
    QTest::newRow("简体中文, sampled") << "zh_CN" << true << "精确数字";
    QTest::newRow("English, every customer") << "en" << false << "Exact over all";
}

void TestOverviewSample::exactTotals()
{
    QFETCH(QString, language);
    QFETCH(bool, sampled);
    QFETCH(QString, phrase);
    Language::install(*qApp, language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(sampled ? m_sampled : m_plain);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->analysis() != nullptr, 60000);
    QCOMPARE(window.session()->data()->sample.has_value(), sampled);
    QVERIFY(window.showPage("overview"));
    auto *page = window.findChild<OverviewPage *>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->figuresHtml().contains(QStringLiteral("<b>")), 10000);
    const QString html = page->figuresHtml();
    const QLocale locale;
    QCOMPARE(html.contains(phrase), sampled);
    QCOMPARE(html.contains(locale.toString(qint64(1234567))), sampled);
    QCOMPARE(html.contains(locale.toString(qint64(8765432))), sampled);
    QCOMPARE(html.contains(locale.toString(81.2, 'f', 1)), sampled);
}

void TestOverviewSample::cleanupTestCase()
{
    Language::install(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestOverviewSample)
#include "tst_overviewsample.moc"
