// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop report of a project whose pages nobody opened: through File → Workshop Report…
// (keyboard and mouse on the real menu and file dialog) and through `segmenta PROJECT
// --report`, every chart in the PDF has something drawn in it (docs/user/pages.md,
// "Workshop report"). The figures are read back out of the PDF with poppler's pdfimages.
#include "guiinput.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "projectwindow.h"
#include "testsupport.h"
#include "workshopreport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Segmenta;

namespace {

// A chart counts as drawn when more than this share of its pixels is not the white page:
// an empty chart leaves its title at most (under 0.3 %), the sparsest real one 3 %.
constexpr double kMinInk = 0.01;
constexpr int kReportTimeoutMs = 180000;

} // namespace

class TestWorkshopReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromTheMenu();
    void fromTheCommandLine();
    void figureStaysWithItsLabel_data();
    void figureStaysWithItsLabel();
    void headingStaysWithWhatFollows_data();
    void headingStaysWithWhatFollows();

private:
    // The figures of the PDF (in document order) with their share of ink.
    QList<double> figureInk(const QString &pdf);
    void verifyEveryChartDrawn(const QString &pdf, const QStringList &titles);

    Test::ModalGuard m_modalGuard;
    QTemporaryDir m_dir;
    QString m_project;
};

void TestWorkshopReport::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_workshopreport");
    QLocale::setDefault(QLocale(QLocale::English));
    // The Qt file dialog, whatever the platform: the test types into it.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed");
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "1500"});
    QCOMPARE(run.exitCode, 0);
    m_project = run.json().value("project").toString();
}

QList<double> TestWorkshopReport::figureInk(const QString &pdf)
{
    return Test::figureInk(pdf, m_dir.filePath(QFileInfo(pdf).completeBaseName()
                                               + QStringLiteral("-figures")));
}

void TestWorkshopReport::verifyEveryChartDrawn(const QString &pdf, const QStringList &titles)
{
    const QList<double> shares = figureInk(pdf);
    QCOMPARE(shares.size(), titles.size());
    for (int i = 0; i < titles.size(); ++i)
        QVERIFY2(shares[i] > kMinInk, qPrintable(QStringLiteral("the chart “%1” is empty (%2 % ink)")
                                                     .arg(titles[i])
                                                     .arg(shares[i] * 100, 0, 'f', 2)));
}

void TestWorkshopReport::fromTheMenu()
{
    auto window = Test::openProjectCopy(m_project, m_dir.path());
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->analysis() != nullptr, 60000);
    const QString pdf = m_dir.filePath(QStringLiteral("menu.pdf"));

    // The file dialog is modal: typed into once it is up.
    Test::FileDialogTyper typer(pdf);
    // File → Workshop Report…, clicked in the menu bar and the menu.
    QVERIFY(Test::clickMenuItem(window.get(), QStringLiteral("File"),
                                QStringLiteral("Workshop Report")));
    QTRY_VERIFY_WITH_TIMEOUT(typer.typed(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pdf), kReportTimeoutMs);

    QStringList titles;
    for (const WorkshopReport::Chart &chart : window->workshopReport().charts)
        titles << chart.title;
    QVERIFY(titles.size() >= 10);
    verifyEveryChartDrawn(pdf, titles);
}

void TestWorkshopReport::fromTheCommandLine()
{
    const QString copy = m_dir.filePath(QStringLiteral("cli.segmenta"));
    QVERIFY(QFile::copy(m_project, copy));
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // Its recent projects and window state go to a folder of the test, not the user's.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(SEGMENTA_GUI), {copy, QStringLiteral("--language"), QStringLiteral("en"),
                                             QStringLiteral("--report"), pdf});
    QVERIFY(gui.waitForFinished(kReportTimeoutMs));
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());

    // The same charts as the window's report (same project, English).
    auto window = Test::openProjectCopy(m_project, m_dir.path());
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->analysis() != nullptr, 60000);
    // The window's charts once its own report has computed them (a chart with nothing to show
    // is left out, and the backtest has nothing before it ran).
    const QString own = m_dir.filePath(QStringLiteral("window.pdf"));
    Test::FileDialogTyper typer(own);
    QVERIFY(Test::clickMenuItem(window.get(), QStringLiteral("File"),
                                QStringLiteral("Workshop Report")));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(own), kReportTimeoutMs);
    QStringList titles;
    for (const WorkshopReport::Chart &chart : window->workshopReport().charts)
        titles << chart.title;
    verifyEveryChartDrawn(pdf, titles);
}

void TestWorkshopReport::figureStaysWithItsLabel_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("label first") << "revenue <b>13,744,941</b> &nbsp; Gini <b>0.66</b>"
                                 << "revenue&nbsp;<b>13,744,941</b> &nbsp; Gini&nbsp;<b>0.66</b>";
    QTest::newRow("figure first") << "<b>5,000</b> customers &nbsp; <b>34,607</b> transactions"
                                  << "<b>5,000</b>&nbsp;customers &nbsp; <b>34,607</b>&nbsp;transactions";
    QTest::newRow("Chinese") << "客户 <b>5,000</b> 位"
                             << "客户&nbsp;<b>5,000</b>&nbsp;位";
    QTest::newRow("paragraph start") << "<p><b>5,000</b> customers</p>"
                                     << "<p><b>5,000</b>&nbsp;customers</p>";
}

void TestWorkshopReport::figureStaysWithItsLabel()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(WorkshopReport::keepFiguresWithLabels(html), expected);
}

void TestWorkshopReport::headingStaysWithWhatFollows_data()
{
    QTest::addColumn<bool>("table");
    QTest::newRow("figure") << false;
    QTest::newRow("table") << true;
}

void TestWorkshopReport::headingStaysWithWhatFollows()
{
    QFETCH(bool, table);
    QImage figure(200, 300, QImage::Format_RGB32);
    figure.fill(Qt::darkBlue);
    // Paragraphs before the heading, as many as leave it the last line of the first page.
    const auto make = [&](QTextDocument &document, int lines) {
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("figure.png")), figure);
        QString html;
        for (int i = 0; i < lines; ++i)
            html += QStringLiteral("<p>line %1</p>").arg(i);
        html += QStringLiteral("<h3>The heading</h3>");
        html += table ? QStringLiteral("<table border='1'><tr><td>a</td></tr><tr><td>b</td></tr>"
                                       "<tr><td>c</td></tr><tr><td>d</td></tr></table>")
                      : QStringLiteral("<p><img src='figure.png'></p>");
        document.setHtml(html);
        document.setPageSize(QSizeF(400, 600));
    };
    const auto heading = [](const QTextDocument &document) {
        QTextBlock block = document.begin();
        while (block.isValid() && block.blockFormat().headingLevel() == 0)
            block = block.next();
        return block;
    };
    const auto page = [](const QTextDocument &document, const QTextBlock &block) {
        const QRectF box = document.documentLayout()->blockBoundingRect(block);
        return int((box.top() + block.layout()->lineAt(0).y()) / document.pageSize().height());
    };
    int lines = 0;
    for (int n = 1; n < 100; ++n) {
        QTextDocument probe;
        make(probe, n);
        if (page(probe, heading(probe)) > 0)
            break;
        lines = n;
    }
    QTextDocument document;
    make(document, lines);
    QCOMPARE(page(document, heading(document)), 0); // the heading ends page 1...
    WorkshopReport::keepHeadingsWithNext(document);
    QCOMPARE(page(document, heading(document)), 1); // ...and moves to page 2
    QCOMPARE(page(document, heading(document).next()), 1); // with what it introduces
}

QTEST_MAIN(TestWorkshopReport)
#include "tst_workshopreport.moc"
