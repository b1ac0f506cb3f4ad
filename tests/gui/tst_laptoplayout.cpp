// SPDX-License-Identifier: GPL-3.0-or-later
// The pages on a laptop screen (docs/user/pages.md): at 1024 × 700 what a user needs is in
// view, not behind a toolbar's overflow arrow or cut at a column's edge.
#include "columnprofileview.h"
#include "data/dataset.h"
#include "datapage.h"
#include "data/role.h"
#include "healthpage.h"
#include "heatmapjob.h"
#include "heatmapwidget.h"
#include "language.h"
#include "lifetimepanel.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "segmentcounts.h"
#include "segmentspage.h"
#include "tablebrowser.h"
#include "testsupport.h"
#include "valuepage.h"

#include <QAction>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QSignalSpy>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Segmenta;

class TestLaptopLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void segmentsToolbar_data();
    void segmentsToolbar();
    void healthFindingInFull();
    void driversTestColumnsInView_data();
    void driversTestColumnsInView();
    void histogramLabelsReadable_data();
    void histogramLabelsReadable();
    void heatmapNumbersInCells_data();
    void heatmapNumbersInCells();
    void compactCount_data();
    void compactCount();

private:
    // Whether widget is shown and lies wholly inside the main window.
    bool inWindow(const QWidget *widget) const;

    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
};

void TestLaptopLayout::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_laptoplayout");
    // A segment without an objective: a finding to read.
    m_project = Test::demoProject(m_dir.filePath("demo"), 400, R"json({"version": 1, "segments": [
        {"name": "Best", "rule": "tier in (\"platinum\", \"gold\")"}]})json");
    QVERIFY(QFile::exists(m_project));
}

void TestLaptopLayout::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openProject(m_project);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 60000);
}

void TestLaptopLayout::cleanup()
{
    m_window.reset();
}

bool TestLaptopLayout::inWindow(const QWidget *widget) const
{
    if (!widget || !widget->isVisible())
        return false;
    const QRect box(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    return m_window->rect().contains(box);
}

void TestLaptopLayout::segmentsToolbar_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("1024 × 700") << 1024;
    QTest::newRow("1366 × 768") << 1366;
}

void TestLaptopLayout::segmentsToolbar()
{
    QFETCH(int, width);
    m_window->resize(width, 700);
    QVERIFY(m_window->showPage("segments"));
    SegmentsPage *page = m_window->segmentsPage();
    auto *field = page->findChild<QLineEdit *>("explainCustomerId");
    QVERIFY(field);
    QTRY_VERIFY(inWindow(field));
    QVERIFY(field->width() >= 100);
    auto *why = page->findChild<QAction *>("explainCustomer");
    QVERIFY(why);
    // The button that shows the action, not the one in a toolbar's overflow menu.
    QToolButton *button = nullptr;
    for (QToolButton *b : page->findChildren<QToolButton *>())
        if (b->defaultAction() == why && b->isVisible())
            button = b;
    QVERIFY2(button, "Why This Segment? is not shown as a button");
    QVERIFY(inWindow(button));
}

void TestLaptopLayout::healthFindingInFull()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->segmentCounts() != nullptr, 30000);
    QVERIFY(m_window->showPage("health"));
    auto *list = m_window->findChild<QTreeWidget *>("healthFindings");
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() > 0, 30000);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    QTreeWidgetItem *item = list->currentItem();
    QVERIFY(item);
    auto *detail = m_window->findChild<QLabel *>("healthFindingDetail");
    QVERIFY2(detail, "no pane shows the finding in full");
    QTRY_VERIFY(inWindow(detail));
    QVERIFY(detail->wordWrap());
    QCOMPARE(detail->text(), item->text(1));
}

void TestLaptopLayout::driversTestColumnsInView_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "zh_CN", "zh_TW"})
        for (QSize size : {QSize(1024, 700), QSize(1366, 768)})
            QTest::addRow("%s, %d × %d", language, size.width(), size.height())
                << QString::fromLatin1(language) << size;
}

// The terms table beside the effects chart shows each term's test statistic and p-value
// without scrolling sideways: they say whether an effect is to be believed.
void TestLaptopLayout::driversTestColumnsInView()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    m_window.reset();
    Language::setCurrent(language);
    Language::install(*qApp, language);
    init();
    m_window->resize(size);
    QVERIFY(m_window->showPage("drivers"));
    auto *terms = m_window->findChild<QTableWidget *>("terms");
    QVERIFY(terms);
    QTRY_VERIFY_WITH_TIMEOUT(terms->rowCount() > 0, 30000);
    QTRY_VERIFY(inWindow(terms));
    QCoreApplication::processEvents();
    QStringList headers;
    for (int c = 0; c < terms->columnCount(); ++c)
        headers << terms->horizontalHeaderItem(c)->text();
    for (const QStringList &symbols : {QStringList{"t", "z"}, QStringList{"p"}}) {
        int column = -1;
        for (const QString &symbol : symbols)
            column = std::max(column, int(headers.indexOf(symbol)));
        QVERIFY2(column >= 0, qPrintable(headers.join(u", ")));
        const int right = terms->columnViewportPosition(column) + terms->columnWidth(column);
        QVERIFY2(terms->columnViewportPosition(column) >= 0
                     && right <= terms->viewport()->width(),
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(headers.value(column))
                                .arg(right)
                                .arg(terms->viewport()->width())));
    }
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp, QStringLiteral("en"));
}

void TestLaptopLayout::histogramLabelsReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("role");
    for (const char *language : {"en", "zh_CN"})
        for (QSize size : {QSize(1024, 700), QSize(1366, 768)})
            for (Role role : {Role::Income, Role::SignupDate})
                QTest::addRow("%s, %d × %d, %s", language, size.width(), size.height(),
                              role == Role::Income ? "income" : "signup date")
                    << QString::fromLatin1(language) << size << int(role);
}

// The Data page's histogram of a number or date column names its bins: at most a few of its
// axis labels are cut short with "…", never all of them.
void TestLaptopLayout::histogramLabelsReadable()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(int, role);
    m_window.reset();
    Language::setCurrent(language);
    Language::install(*qApp, language);
    init();
    m_window->resize(size);
    QVERIFY(m_window->showPage("data"));
    auto *page = m_window->findChild<DataPage *>();
    QVERIFY(page);
    TableBrowser *browser = page->customers();
    QVERIFY(browser);
    const Table &customers = m_window->session()->data()->customers;
    const int column = int(customers.indexOf(Role(role)));
    QVERIFY(column >= 0);
    QTableView *view = browser->view();
    QSignalSpy shown(browser, &TableBrowser::profileShown);
    view->scrollTo(view->model()->index(0, column));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, column)).center());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
    auto *chart = browser->profileView()->findChild<QChartView *>();
    QVERIFY(chart);
    QCoreApplication::processEvents();
    QStringList labels;
    int cut = 0;
    for (QGraphicsItem *item : chart->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
            const QString t = text->toPlainText();
            if (t.isEmpty())
                continue;
            labels << t;
            cut += t.contains(QStringLiteral("…")) || t.contains(QStringLiteral("..."));
        }
    QVERIFY(labels.size() >= 5);
    QVERIFY2(cut <= labels.size() / 4, qPrintable(labels.join(u" | ")));
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp, QStringLiteral("en"));
}

void TestLaptopLayout::heatmapNumbersInCells_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// The Value & CLV page's matrices of a big project (docs/user/pages.md): every cell's count
// and mean lie inside the cell, shrunk or abbreviated, and the title is shown on all its lines.
void TestLaptopLayout::heatmapNumbersInCells()
{
    QFETCH(QString, language);
    m_window.reset();
    Language::setCurrent(language);
    Language::install(*qApp, language);
    init();
    QVERIFY(m_window->showPage("value"));
    auto *page = m_window->findChild<ValuePage *>();
    QVERIFY(page);
    LifetimePanel *panel = page->lifetimePanel();
    QWidget *tab = panel;
    while (tab && page->tabs()->indexOf(tab) < 0)
        tab = tab->parentWidget();
    QVERIFY(tab);
    QTabBar *bar = page->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(page->tabs()->indexOf(tab)).center());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->heatmapJob()->isBusy(), 30000);
    for (HeatmapWidget *matrix : {panel->aliveMatrix(), panel->purchasesMatrix()}) {
        QVERIFY(matrix->isVisible());
        // The demo project's cells as a big project's: five-digit and larger counts.
        HeatmapData big = matrix->data();
        QVERIFY(!big.isEmpty());
        for (HeatmapData::Cell &cell : big.cells)
            cell.count = cell.count * 1000 + 12345;
        matrix->setData(big);
        int abbreviated = 0;
        for (int r = 0; r < big.rows(); ++r)
            for (int c = 0; c < big.columns(); ++c) {
                const QRect cell = matrix->cellRect(r, c);
                const QList<HeatmapWidget::CellText> texts = matrix->cellTexts(r, c);
                QVERIFY(!texts.isEmpty());
                for (const HeatmapWidget::CellText &text : texts)
                    QVERIFY2(cell.contains(text.rect),
                             qPrintable(QStringLiteral("“%1” %2,%3 %4×%5 in cell %6,%7 %8×%9")
                                            .arg(text.text).arg(text.rect.x()).arg(text.rect.y())
                                            .arg(text.rect.width()).arg(text.rect.height())
                                            .arg(cell.x()).arg(cell.y()).arg(cell.width())
                                            .arg(cell.height())));
                abbreviated += texts.first().text == HeatmapWidget::compactCount(big.cell(r, c).count);
            }
        QVERIFY(abbreviated > 0 || big.columns() <= 3);
        // The whole title, on lines that fit above the grid.
        const QStringList lines = matrix->titleLines();
        QCOMPARE(lines.join(language == u"en" ? u" " : u"").remove(u' '),
                 QString(big.title).remove(u' '));
        QFont titleFont = matrix->font();
        titleFont.setBold(true);
        const QFontMetrics fm(titleFont);
        for (const QString &line : lines)
            QVERIFY(fm.horizontalAdvance(line) < matrix->width());
        QVERIFY(matrix->cellRect(0, 0).top() >= 4 + QFontMetrics(titleFont).height() * lines.size());
    }
    Language::setCurrent(QStringLiteral("en"));
    Language::install(*qApp, QStringLiteral("en"));
}

void TestLaptopLayout::compactCount_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en small") << "en" << qint64(999) << "999";
    QTest::newRow("en thousands") << "en" << qint64(12345) << "12.3k";
    QTest::newRow("en round") << "en" << qint64(12000) << "12k";
    QTest::newRow("en hundreds of thousands") << "en" << qint64(123456) << "123k";
    QTest::newRow("en almost a million") << "en" << qint64(999800) << "1M";
    QTest::newRow("en millions") << "en" << qint64(1234567) << "1.2M";
    QTest::newRow("zh below wan") << "zh_CN" << qint64(9999) << "9,999";
    QTest::newRow("zh wan") << "zh_CN" << qint64(12345) << "1.2万";
    QTest::newRow("zh yi") << "zh_CN" << qint64(340000000) << "3.4亿";
    QTest::newRow("zh_TW wan") << "zh_TW" << qint64(12345) << "1.2萬";
}

// Abbreviated counts read the way the UI language counts: thousands, or 万 and 亿.
void TestLaptopLayout::compactCount()
{
    QFETCH(QString, locale);
    QFETCH(qint64, count);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QString actual = HeatmapWidget::compactCount(count);
    QLocale::setDefault(before);
    QCOMPARE(actual, expected);
}

QTEST_MAIN(TestLaptopLayout)
#include "tst_laptoplayout.moc"
