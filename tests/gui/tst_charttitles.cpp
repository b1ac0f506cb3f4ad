// SPDX-License-Identifier: GPL-3.0-or-later
// In a small window (1024 × 660, a small laptop's screen less its task bar), every chart of a
// page draws its title and its axes' titles whole, wrapped onto lines inside the chart, never cut
// short with "...": LegendWrap is installed on every chart by ChartStyle::newChart, not only on
// the drivers charts. In English and in Chinese, on every tab of the page. (Without LegendWrap the
// clusters chart's axis titles are cut at this size; the other pages guard against regressions.)
#include "backgroundtask.h"
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "projectwindow.h"
#include "testsupport.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Segmenta;

class TestChartTitles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void titlesWhole_data();
    void titlesWhole();

private:
    // A window in language, made once per language (the window is built in its language).
    MainWindow *window(const QString &language);
    // Why the chart's titles in view are not drawn whole inside the chart; empty when they
    // are. Counts the titles checked in checked.
    static QString titleError(const QChartView *view, const QString &where, int &checked);

    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_project;
    QString m_language;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// A title as the page set it: LegendWrap shows it as lines joined by <br> (HTML-escaped).
QString unwrapped(const QString &title)
{
    if (!Qt::mightBeRichText(title))
        return title;
    return QTextDocumentFragment::fromHtml(title).toPlainText();
}

// Text compared without the spaces and line breaks that wrapping adds or takes away.
QString squeezed(QString text)
{
    for (QChar c : {QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator), QChar(u'\n'),
                    QChar(u' ')})
        text.remove(c);
    return text;
}

} // namespace

void TestChartTitles::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_charttitles");
    m_project = Test::demoProject(m_dir.filePath("demo"), 600);
    QVERIFY(!m_project.isEmpty());
}

void TestChartTitles::cleanupTestCase()
{
    m_window.reset();
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp);
}

MainWindow *TestChartTitles::window(const QString &language)
{
    if (m_window && m_language == language)
        return m_window.get();
    m_window.reset();
    Language::setCurrent(language);
    Language::install(*qApp);
    m_language = language;
    m_window = Test::openProjectCopy(m_project, m_dir.path());
    if (!m_window)
        return nullptr;
    m_window->resize(1024, 660);
    return m_window.get();
}

QString TestChartTitles::titleError(const QChartView *view, const QString &where, int &checked)
{
    QChart *chart = view->chart();
    if (!chart)
        return {};
    QStringList titles;
    if (!chart->title().isEmpty())
        titles << unwrapped(chart->title());
    for (QAbstractAxis *axis : chart->axes())
        if (axis->isVisible() && axis->isTitleVisible() && !axis->titleText().isEmpty())
            titles << unwrapped(axis->titleText());
    // What the chart draws: its text items outside the legend (titles, axis labels).
    QList<const QGraphicsTextItem *> drawn;
    QStringList drawnTexts;
    for (const QGraphicsItem *item : view->scene()->items()) {
        const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !chart->legend()->isAncestorOf(text)) {
            drawn << text;
            drawnTexts << text->toPlainText();
        }
    }
    const QRectF bounds = chart->sceneBoundingRect();
    for (const QString &title : std::as_const(titles)) {
        const QGraphicsTextItem *found = nullptr;
        for (const QGraphicsTextItem *text : std::as_const(drawn))
            if (squeezed(text->toPlainText()) == squeezed(title))
                found = text;
        if (!found)
            return QStringLiteral("“%1” in %2 is not drawn whole; drawn: %3")
                .arg(title, where, drawnTexts.join(u" | "));
        const QRectF rect = found->sceneBoundingRect(); // turned upright beside a vertical axis
        if (!bounds.adjusted(-1, -1, 1, 1).contains(rect))
            return QStringLiteral("“%1” in %2 is %3 × %4 px, its chart %5 × %6 px")
                .arg(title, where)
                .arg(rect.width())
                .arg(rect.height())
                .arg(bounds.width())
                .arg(bounds.height());
        ++checked;
    }
    return {};
}

void TestChartTitles::titlesWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    // The pages with charts (the segments page has none: its sizes and P&L are a table).
    for (const char *language : {"en", "zh_CN", "zh_TW"})
        for (const char *page : {"overview", "rfm", "value", "drivers", "clusters"})
            QTest::addRow("%s, %s", language, page)
                << QString::fromLatin1(language) << QString::fromLatin1(page);
}

void TestChartTitles::titlesWhole()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    MainWindow *w = window(language);
    QVERIFY(w);
    QTRY_VERIFY_WITH_TIMEOUT(w->session()->analysis() != nullptr, 60000);
    QVERIFY(w->showPage(page));
    // Pages draw when shown; the drivers fit and the clusters' projection come later.
    QTRY_VERIFY_WITH_TIMEOUT(!w->tasks()->isRunning(), 30000);
    QTest::qWait(100);

    // Every chart on the page, on each of its tabs.
    QWidget *shown = w->findChild<QWidget *>(page);
    QVERIFY(shown);
    QList<QTabWidget *> tabs = shown->findChildren<QTabWidget *>();
    int titles = 0;
    const auto visibleChartsError = [&](const QString &where) {
        for (const QChartView *view : shown->findChildren<QChartView *>()) {
            if (!view->isVisible())
                continue;
            const QString error = titleError(view, where, titles);
            if (!error.isEmpty())
                return error;
        }
        return QString();
    };
    QString error = visibleChartsError(page);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (QTabWidget *tab : std::as_const(tabs)) {
        for (int t = 1; t < tab->count(); ++t) {
            tab->setCurrentIndex(t);
            QTRY_VERIFY_WITH_TIMEOUT(!w->tasks()->isRunning(), 30000);
            QTest::qWait(100);
            error = visibleChartsError(page + QStringLiteral(" / ") + tab->tabText(t));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        tab->setCurrentIndex(0);
    }
    QVERIFY2(titles > 0, "no chart title was checked on this page");
}

QTEST_MAIN(TestChartTitles)
#include "tst_charttitles.moc"
