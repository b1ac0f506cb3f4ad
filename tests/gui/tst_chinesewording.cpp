// SPDX-License-Identifier: GPL-3.0-or-later
// A person switches the window to 简体中文 through the Language menu: the pages' labels, table
// headers, tabs and chart titles and axes read in Chinese (no English left but units, the
// usual abbreviations and the customer data), and what was chosen before the switch (the
// Export page's format and folder, the Value page's tab) is still chosen after it.
#include "backgroundtask.h"
#include "language.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Segmenta;

namespace {

// Latin words a Chinese page may show: statistical symbols, the usual abbreviations, units.
const QStringList kAllowed = {
    "RFM", "CLV", "P", "alive", "BG", "NBD", "Gamma", "PC", "R", "F", "M", "r", "a", "b", "p",
    "q", "x", "t", "z", "k", "t_x", "VIF", "AIC", "McFadden", "Gini", "CSV", "UTF", "GB", "Excel",
    "xlsx", "csv", "e", "E", "segmenta", "demo", "SVG", "PNG", "PDF", "SE"};

QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z_]+"));
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich text's tags
    plain.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    QStringList out;
    for (auto it = word.globalMatch(plain); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kAllowed.contains(w))
            out << w;
    }
    return out;
}

QAction *menuAction(QMenuBar *bar, const QString &menuText)
{
    for (QAction *a : bar->actions())
        if (a->text() == menuText)
            return a;
    return nullptr;
}

MainWindow *otherWindow(MainWindow *old)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<MainWindow *>(w); m && m != old && m->isVisible())
            return m;
    return nullptr;
}

} // namespace

class TestChineseWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishPluralForms_data();
    void englishPluralForms();
    void switchThroughTheMenuKeepsChoices();
    void noEnglishLeft_data();
    void noEnglishLeft();
    void cleanupTestCase();

private:
    void clickPage(const QString &name);

    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QPointer<MainWindow> m_window;
};

void TestChineseWording::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_chinesewording");
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp, QStringLiteral("en"));
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "500"});
    QCOMPARE(run.exitCode, 0);
    m_window = new MainWindow;
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->openProject(run.json().value("project").toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 60000);
}

// English says "1 finding" and "5 findings" (translations/en_plurals.py), never "finding(s)".
void TestChineseWording::englishPluralForms_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    const char *findings = "%n findings to look at before the lists go to sales.";
    QTest::newRow("one finding") << "Segmenta::HealthPage" << findings << 1
                                 << "1 finding to look at before the lists go to sales.";
    QTest::newRow("five findings") << "Segmenta::HealthPage" << findings << 5
                                   << "5 findings to look at before the lists go to sales.";
    const char *segments = "%n segments with a rule error are left out.";
    QTest::newRow("one segment") << "Segmenta::HealthPage" << segments << 1
                                 << "1 segment with a rule error is left out.";
    QTest::newRow("two segments") << "Segmenta::HealthPage" << segments << 2
                                  << "2 segments with a rule error are left out.";
}

void TestChineseWording::englishPluralForms()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                         nullptr, n),
             expected);
}

void TestChineseWording::clickPage(const QString &name)
{
    auto *navigation = m_window->findChild<QListWidget *>("navigation");
    QWidget *page = m_window->findChild<QWidget *>(name);
    QVERIFY(navigation && page);
    for (int row = 0; row < navigation->count(); ++row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        if (page->isVisible())
            return;
    }
    QFAIL(qPrintable(QStringLiteral("no navigation entry shows %1").arg(name)));
}

void TestChineseWording::switchThroughTheMenuKeepsChoices()
{
    // Export: CSV, and a folder typed by hand.
    clickPage(QStringLiteral("export"));
    QWidget *exportPage = m_window->findChild<QWidget *>("export");
    QRadioButton *csv = nullptr;
    for (QRadioButton *b : exportPage->findChildren<QRadioButton *>())
        if (b->text().startsWith(QStringLiteral("CSV")))
            csv = b;
    QVERIFY(csv);
    QTest::mouseClick(csv, Qt::LeftButton, {}, QPoint(8, csv->height() / 2));
    QVERIFY(csv->isChecked());
    auto *folder = exportPage->findChild<QLineEdit *>("exportFolder");
    const QString typed = m_dir.filePath("lists");
    folder->setFocus();
    QTest::keyClick(folder, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(folder, typed);
    QCOMPARE(folder->text(), typed);
    // Value & CLV: the backtest tab.
    clickPage(QStringLiteral("value"));
    auto *tabs = m_window->findChild<QTabWidget *>("valueTabs");
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(2).center());
    QCOMPARE(tabs->currentIndex(), 2);

    // Language → 简体中文, as a person does it.
    QMenuBar *bar = m_window->menuBar();
    QAction *languageMenu = menuAction(bar, QStringLiteral("&Language"));
    QVERIFY(languageMenu);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(languageMenu).center());
    QMenu *menu = languageMenu->menu();
    QTRY_VERIFY(menu->isVisible());
    QAction *chinese = nullptr;
    for (QAction *a : menu->actions())
        if (a->text() == QStringLiteral("简体中文"))
            chinese = a;
    QVERIFY(chinese);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(chinese).center());
    MainWindow *old = m_window;
    QTRY_VERIFY(otherWindow(old) != nullptr);
    m_window = otherWindow(old);
    QCOMPARE(Language::current(), QStringLiteral("zh_CN"));

    // The same choices in the new window.
    auto *newTabs = m_window->findChild<QTabWidget *>("valueTabs");
    QCOMPARE(newTabs->currentIndex(), 2);
    QWidget *newExport = m_window->findChild<QWidget *>("export");
    QCOMPARE(newExport->findChild<QLineEdit *>("exportFolder")->text(), typed);
    bool csvChecked = false;
    for (QRadioButton *b : newExport->findChildren<QRadioButton *>())
        if (b->text().startsWith(QStringLiteral("CSV")))
            csvChecked = b->isChecked();
    QVERIFY(csvChecked);
}

void TestChineseWording::noEnglishLeft_data()
{
    QTest::addColumn<QString>("page");
    for (const char *page : {"overview", "rfm", "value", "drivers", "clusters", "health", "data", "history"})
        QTest::newRow(page) << QString::fromLatin1(page);
}

void TestChineseWording::noEnglishLeft()
{
    QFETCH(QString, page);
    QCOMPARE(Language::current(), QStringLiteral("zh_CN")); // switched by the test before
    clickPage(page);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 30000);
    QWidget *shown = m_window->findChild<QWidget *>(page);
    QStringList problems;
    const auto check = [&problems](const QString &where, const QString &text) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            problems << QStringLiteral("%1 “%2”: %3").arg(where, text, words.join(u' '));
        // A role shown with the header it came from, when both read the same: "客户编号 (客户编号)".
        static const QRegularExpression twice(QStringLiteral("^(.+)\\s*[(（]\\1[)）]$"));
        if (twice.match(text.trimmed()).hasMatch())
            problems << QStringLiteral("%1 “%2”: the same name twice").arg(where, text);
    };
    const auto checkAll = [&] {
        for (QLabel *label : shown->findChildren<QLabel *>())
            if (label->isVisible())
                check(QStringLiteral("label"), label->text());
        for (QHeaderView *header : shown->findChildren<QHeaderView *>()) {
            if (!header->isVisible() || !header->model())
                continue;
            for (int s = 0; s < header->count(); ++s)
                check(QStringLiteral("header"),
                      header->model()->headerData(s, header->orientation()).toString());
        }
        for (QLineEdit *edit : shown->findChildren<QLineEdit *>())
            if (edit->isVisible())
                check(QStringLiteral("hint"), edit->placeholderText());
        for (QChartView *view : shown->findChildren<QChartView *>()) {
            if (!view->isVisible())
                continue;
            check(QStringLiteral("chart title"), view->chart()->title());
            for (QAbstractAxis *axis : view->chart()->axes())
                check(QStringLiteral("axis title"), axis->titleText());
        }
    };
    checkAll();
    for (QTabWidget *tabs : shown->findChildren<QTabWidget *>()) {
        for (int t = 0; t < tabs->count(); ++t) {
            check(QStringLiteral("tab"), tabs->tabText(t));
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(t).center());
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 30000);
            QTest::qWait(50);
            checkAll();
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestChineseWording::cleanupTestCase()
{
    delete m_window;
}

QTEST_MAIN(TestChineseWording)
#include "tst_chinesewording.moc"
