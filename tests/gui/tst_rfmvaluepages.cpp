// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the RFM and Value & CLV pages in the real window on the demo project: the heatmap
// cells count exactly the customers of each R-F score pair (recounted here from the analysis'
// scores, not from the page), clicking a cell or a bar lists exactly those customers, the
// matrices and bars add up to the customers they cover, and the charts export to PNG, SVG and
// PDF. The heatmaps are aggregated off the GUI thread: the tests wait for them, see the
// placeholder while they compute, and see a result of replaced data dropped. 3000 customers: fewer leave the backtest's purchase model without a converged fit.
#include "backtestpanel.h"
#include "barchart.h"
#include "chartframe.h"
#include "numberformat.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "customerlistmodel.h"
#include "guiinput.h"
#include "heatmapjob.h"
#include "heatmapwidget.h"
#include "lifetimepanel.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "project/projectsettings.h"
#include "projectsession.h"
#include "rfmpage.h"
#include "testsupport.h"
#include "valuegroupspanel.h"
#include "valuepage.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

class TestRfmValuePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void heatmapCountsScores();
    void cellClickListsCustomers();
    void segmentBars();
    void lifetimeMatrices();
    void matrixColumnTitleWrapped_data();
    void matrixColumnTitleWrapped();
    void matricesComputeOffGuiThread();
    void staleMatricesDropped();
    void valueGroupsAndStages_data();
    void valueGroupsAndStages();
    void chartListInListLanguage_data();
    void chartListInListLanguage();
    void backtest();
    void exportCharts_data();
    void exportCharts();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    CustomerListDialog *openedList() const;
    // Shows the tab holding page as a person does: a click on its tab.
    void clickTab(QWidget *page);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    RfmPage *m_rfm = nullptr;
    ValuePage *m_value = nullptr;
};

void TestRfmValuePages::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_rfmvaluepages");
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "3000"});
    QCOMPARE(run.exitCode, 0);
    const QString project = run.json().value("project").toString();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->analysis() != nullptr, 60000);
    // Placed after the overview, before the segments.
    const QStringList pages = m_window->pageNames();
    QVERIFY(pages.indexOf("overview") < pages.indexOf("rfm"));
    QCOMPARE(pages.indexOf("value"), pages.indexOf("rfm") + 1);
    QVERIFY(pages.indexOf("segments") > pages.indexOf("value"));
    m_rfm = m_window->findChild<RfmPage *>("rfm");
    m_value = m_window->findChild<ValuePage *>("value");
    QVERIFY(m_rfm && m_value);
}

void TestRfmValuePages::cleanupTestCase()
{
    m_window.reset();
}

void TestRfmValuePages::cleanup()
{
    for (CustomerListDialog *d : m_window->findChildren<CustomerListDialog *>())
        delete d;
}

CustomerListDialog *TestRfmValuePages::openedList() const
{
    const auto lists = m_window->findChildren<CustomerListDialog *>();
    return lists.size() == 1 ? lists.first() : nullptr;
}

void TestRfmValuePages::clickTab(QWidget *page)
{
    QTabWidget *tabs = m_value->tabs();
    while (page && tabs->indexOf(page) < 0)
        page = page->parentWidget();
    QVERIFY(page);
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(page)).center());
    QCOMPARE(tabs->currentWidget(), page);
}

void TestRfmValuePages::heatmapCountsScores()
{
    QVERIFY(m_window->showPage("rfm"));
    const auto a = m_window->session()->analysis();
    QTRY_VERIFY_WITH_TIMEOUT(!m_rfm->heatmapJob()->isBusy(), 30000);
    QVERIFY(!m_rfm->heatmap()->isComputing());
    const HeatmapData &data = m_rfm->heatmap()->data();
    QCOMPARE(data.rows(), 5);
    QCOMPARE(data.columns(), 5);
    // Every scored customer in exactly one cell; the unscored ones (no purchases) in none.
    QCOMPARE(data.totalCount(), a->rfm.scoredCount);
    QCOMPARE(data.totalCount() + a->rfm.unscoredCount, m_window->session()->data()->customerCount());
    // Recounted from the scores: the top row is R = 5, the left column F = 1.
    qint64 expected[5][5] = {};
    double monetary[5][5] = {};
    for (qsizetype i = 0; i < a->rfm.size(); ++i) {
        if (a->rfm.r[size_t(i)] == 0)
            continue;
        ++expected[5 - a->rfm.r[size_t(i)]][a->rfm.f[size_t(i)] - 1];
        monetary[5 - a->rfm.r[size_t(i)]][a->rfm.f[size_t(i)] - 1] += a->rfm.monetary[size_t(i)];
    }
    int filled = 0;
    for (int r = 0; r < 5; ++r) {
        for (int f = 0; f < 5; ++f) {
            QCOMPARE(data.cell(r, f).count, expected[r][f]);
            if (expected[r][f] == 0)
                continue;
            ++filled;
            QVERIFY(Test::fuzzyEqual(data.cell(r, f).means[0], monetary[r][f] / double(expected[r][f])));
            QVERIFY(data.cell(r, f).toolTip.contains(QLocale().toString(expected[r][f])));
        }
    }
    QVERIFY(filled >= 10);
    // The cut points are shown.
    auto *thresholds = m_rfm->findChild<QLabel *>("rfmThresholds");
    QVERIFY(thresholds->isVisible());
    QVERIFY(thresholds->text().contains(QLocale().toString(a->rfm.recencyDimension.cuts.back(), 'f', 0)));
}

void TestRfmValuePages::cellClickListsCustomers()
{
    QVERIFY(m_window->showPage("rfm"));
    HeatmapWidget *heatmap = m_rfm->heatmap();
    const auto a = m_window->session()->analysis();
    // The fullest cell, clicked where it is painted.
    int bestRow = 0, bestColumn = 0;
    for (int r = 0; r < 5; ++r)
        for (int f = 0; f < 5; ++f)
            if (heatmap->data().cell(r, f).count > heatmap->data().cell(bestRow, bestColumn).count)
                bestRow = r, bestColumn = f;
    const qint64 count = heatmap->data().cell(bestRow, bestColumn).count;
    QVERIFY(count > 0);
    const QRect rect = heatmap->cellRect(bestRow, bestColumn);
    QVERIFY(rect.width() > 20 && rect.height() > 20);
    QCOMPARE(heatmap->cellAt(rect.center()), QPoint(bestColumn, bestRow));
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(openedList() != nullptr);
    CustomerListModel *model = openedList()->model();
    QCOMPARE(model->rowCount(), int(count));
    for (qint32 row : model->rows()) {
        QCOMPARE(int(a->rfm.r[size_t(row)]), 5 - bestRow);
        QCOMPARE(int(a->rfm.f[size_t(row)]), bestColumn + 1);
    }
    QVERIFY(openedList()->windowTitle().contains(QString::number(5 - bestRow)));
}

void TestRfmValuePages::segmentBars()
{
    const auto a = m_window->session()->analysis();
    BarChart *chart = m_rfm->segmentChart();
    const QStringList names = a->options.rfmSegments.segments();
    QVERIFY(chart->bars().size() >= names.size());
    std::vector<qint64> counts(size_t(names.size()), 0);
    for (qint16 s : a->rfmSegments.segment)
        if (s >= 0)
            ++counts[size_t(s)];
    qint64 total = 0;
    for (qsizetype s = 0; s < names.size(); ++s) {
        QCOMPARE(qint64(chart->bars()[s].value), counts[size_t(s)]);
        total += counts[size_t(s)];
    }
    QCOMPARE(total + a->rfmSegments.unassigned, a->rfm.scoredCount);
    // A click on the largest segment's bar lists its customers.
    const auto largest = int(std::max_element(counts.begin(), counts.end()) - counts.begin());
    Q_EMIT chart->barClicked(largest);
    QTRY_VERIFY(openedList() != nullptr);
    QCOMPARE(qint64(openedList()->model()->rowCount()), counts[size_t(largest)]);
    for (qint32 row : openedList()->model()->rows())
        QCOMPARE(int(a->rfmSegments.segment[size_t(row)]), largest);
}

void TestRfmValuePages::lifetimeMatrices()
{
    QVERIFY(m_window->showPage("value"));
    const auto a = m_window->session()->analysis();
    QVERIFY(a->lifetime.has_value());
    QVERIFY(a->lifetime->scored);
    LifetimePanel *panel = m_value->lifetimePanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->heatmapJob()->isBusy(), 30000);
    QVERIFY(!panel->aliveMatrix()->isComputing() && !panel->purchasesMatrix()->isComputing());
    auto *parameters = panel->findChild<QLabel *>("lifetimeParameters");
    QVERIFY(parameters->text().contains("converged"));
    QVERIFY(parameters->text().contains(NumberFormat::significant(a->lifetime->purchases.parameters.r)));
    // The parameters in plain words; the model's t_x is not called recency (that is RFM's).
    QVERIFY(parameters->text().contains("how often active customers buy"));
    QCOMPARE(panel->aliveMatrix()->data().columnTitle.contains("ecency"), false);
    const HeatmapData &alive = panel->aliveMatrix()->data();
    const HeatmapData &purchases = panel->purchasesMatrix()->data();
    QCOMPARE(alive.totalCount(), a->lifetime->data.customersWithPurchases);
    QCOMPARE(purchases.totalCount(), alive.totalCount());
    // The bottom row is x = 0: the one-time buyers.
    qint64 once = 0;
    double alive0 = 0;
    for (qsizetype i = 0; i < a->lifetime->data.size(); ++i)
        if (a->lifetime->data.hasPurchases(i) && a->lifetime->data.frequency[size_t(i)] == 0) {
            ++once;
            alive0 += a->lifetime->pAlive[size_t(i)];
        }
    qint64 bottom = 0;
    double aliveSum = 0;
    for (int c = 0; c < alive.columns(); ++c) {
        const HeatmapData::Cell &cell = alive.cell(alive.rows() - 1, c);
        bottom += cell.count;
        if (cell.count > 0) {
            aliveSum += cell.means[0] * double(cell.count);
            // P(alive) in [0, 1]; the other matrix holds the same cells.
            QVERIFY(cell.means[0] >= 0 && cell.means[0] <= 1);
            QCOMPARE(purchases.cell(alive.rows() - 1, c).count, cell.count);
        }
    }
    QCOMPARE(bottom, once);
    QVERIFY(Test::fuzzyEqual(aliveSum, alive0, 1e-9));
    // A click lists the customers of the cell.
    for (int r = 0; r < alive.rows(); ++r)
        for (int c = 0; c < alive.columns(); ++c)
            if (alive.cell(r, c).count > 0 && !openedList()) {
                Q_EMIT panel->aliveMatrix()->cellClicked(r, c);
                QTRY_VERIFY(openedList() != nullptr);
                QCOMPARE(qint64(openedList()->model()->rowCount()), alive.cell(r, c).count);
            }
}

void TestRfmValuePages::matrixColumnTitleWrapped_data()
{
    // The width of a matrix in a 1024-pixel window (two side by side), its minimum, a wide one.
    QTest::addColumn<int>("width");
    for (int width : {320, 420, 900})
        QTest::addRow("%d px", width) << width;
}

// "Recency: weeks from the first to the last purchase (t_x)" is wider than the grid of a matrix
// in a narrow window: it is wrapped onto lines centred under the grid, inside the widget,
// instead of being cut at both ends.
void TestRfmValuePages::matrixColumnTitleWrapped()
{
    QFETCH(int, width);
    QVERIFY(m_window->showPage("value"));
    LifetimePanel *panel = m_value->lifetimePanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->heatmapJob()->isBusy(), 30000);
    HeatmapWidget matrix;
    matrix.setData(panel->aliveMatrix()->data());
    matrix.resize(width, 420);
    const QString title = matrix.data().columnTitle;
    QVERIFY(title.contains(u' '));
    const QStringList lines = matrix.columnTitleLines();
    QCOMPARE(lines.join(u' '), title);
    const QRect room = matrix.columnTitleRect();
    const QFontMetrics fm = matrix.fontMetrics();
    QVERIFY(matrix.rect().contains(room));
    QCOMPARE(room.height(), fm.height() * int(lines.size()) + 4);
    for (const QString &line : lines)
        QVERIFY2(fm.horizontalAdvance(line) <= room.width(),
                 qPrintable(QStringLiteral("“%1” in %2 px").arg(line).arg(room.width())));
    QCOMPARE(lines.size() > 1, fm.horizontalAdvance(title) > room.width());
    // Centred under the grid, below its column labels.
    const QRect first = matrix.cellRect(matrix.data().rows() - 1, 0);
    const QRect last = matrix.cellRect(matrix.data().rows() - 1, matrix.data().columns() - 1);
    QVERIFY(std::abs(room.center().x() - (first.left() + last.right()) / 2) <= 1);
    QVERIFY(room.top() >= last.bottom() + fm.height());
}

namespace {

// Distinct colours of a widget drawn offscreen (a blank one has one or two).
int colourCount(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

void TestRfmValuePages::matricesComputeOffGuiThread()
{
    QVERIFY(m_window->showPage("value"));
    const auto a = m_window->session()->analysis();
    LifetimePanel *panel = m_value->lifetimePanel();
    clickTab(panel);
    HeatmapWidget *alive = panel->aliveMatrix();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->heatmapJob()->isBusy(), 30000);
    const HeatmapData before = alive->data();
    QVERIFY(!before.isEmpty());
    const int blank = [alive] {
        HeatmapWidget empty;
        empty.resize(alive->size());
        return colourCount(&empty);
    }();
    // setAnalysis returns at once: the result can only arrive through the event loop, so
    // until then the matrices are empty and say they are being computed.
    panel->setAnalysis(a);
    QVERIFY(panel->heatmapJob()->isBusy());
    QVERIFY(alive->data().isEmpty() && alive->isComputing());
    QVERIFY(panel->purchasesMatrix()->data().isEmpty() && panel->purchasesMatrix()->isComputing());
    QVERIFY(colourCount(alive) > blank); // the placeholder text is drawn
    QSignalSpy finished(panel->heatmapJob(), &HeatmapJob::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!alive->isComputing());
    // The same matrices as before, tooltips and customers of every cell included.
    const HeatmapData &after = alive->data();
    QCOMPARE(after.rowLabels, before.rowLabels);
    QCOMPARE(after.columnLabels, before.columnLabels);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.cellOfCustomer, before.cellOfCustomer);
    for (size_t c = 0; c < after.cells.size(); ++c) {
        QCOMPARE(after.cells[c].count, before.cells[c].count);
        QCOMPARE(after.cells[c].toolTip, before.cells[c].toolTip);
    }
}

void TestRfmValuePages::staleMatricesDropped()
{
    QVERIFY(m_window->showPage("value"));
    const auto a = m_window->session()->analysis();
    LifetimePanel *panel = m_value->lifetimePanel();
    // Other data: every customer equally likely alive. Its matrices are asked for right after
    // those of the real analysis, before the event loop runs; whenever the first run finishes,
    // its result must not reach the screen (not even through the second one's callback).
    auto other = std::make_shared<CustomerAnalysis>(*a);
    std::fill(other->lifetime->pAlive.begin(), other->lifetime->pAlive.end(), 0.25);
    QSignalSpy finished(panel->heatmapJob(), &HeatmapJob::finished);
    panel->setAnalysis(a);
    panel->setAnalysis(other);
    panel->heatmapJob()->waitForFinished();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!panel->heatmapJob()->isBusy());
    const HeatmapData &alive = panel->aliveMatrix()->data();
    QCOMPARE(alive.totalCount(), a->lifetime->data.customersWithPurchases);
    for (const HeatmapData::Cell &cell : alive.cells)
        if (cell.count > 0)
            QCOMPARE(cell.means[0], 0.25);
    // Cleared (project closed) while a run is under way: nothing arrives afterwards.
    panel->setAnalysis(a);
    panel->setAnalysis(nullptr);
    panel->heatmapJob()->waitForFinished();
    QTest::qWait(0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(panel->aliveMatrix()->data().isEmpty());
    QVERIFY(!panel->aliveMatrix()->isComputing());
    // Back to the real analysis for the tests after this one.
    panel->setAnalysis(a);
    panel->heatmapJob()->waitForFinished();
    QCOMPARE(finished.count(), 2);
    QVERIFY(!panel->aliveMatrix()->data().isEmpty());
}

void TestRfmValuePages::valueGroupsAndStages_data()
{
    QTest::addColumn<bool>("stages");
    QTest::newRow("value groups") << false;
    QTest::newRow("lifecycle stages") << true;
}

void TestRfmValuePages::valueGroupsAndStages()
{
    QFETCH(bool, stages);
    QVERIFY(m_window->showPage("value"));
    clickTab(m_value->valueGroupsPanel());
    const auto a = m_window->session()->analysis();
    const qint64 customers = m_window->session()->data()->customerCount();
    BarChart *chart = stages ? m_value->valueGroupsPanel()->stageChart()
                             : m_value->valueGroupsPanel()->groupChart();
    QCOMPARE(chart->bars().size(), 4);
    qint64 total = 0;
    for (int i = 0; i < 4; ++i) {
        qint64 expected = 0;
        for (qsizetype row = 0; row < customers; ++row)
            expected += stages ? a->lifecycle.stage[size_t(row)] == i : a->valueGroups.group[size_t(row)] == i;
        QCOMPARE(qint64(chart->bars()[i].value), expected);
        total += expected;
    }
    QCOMPARE(total, customers);
    int clicked = 0;
    while (chart->bars()[clicked].value == 0)
        ++clicked;
    QVERIFY(QTest::qWaitForWindowExposed(chart));
    Test::clickBar(chart, clicked);
    QTRY_VERIFY(openedList() != nullptr);
    QCOMPARE(qint64(openedList()->model()->rowCount()), qint64(chart->bars()[clicked].value));
}

// The list behind a clicked bar reads as the call lists do (docs/export.md, "Language and
// header style"): headers and computed values in the project's list language, probabilities
// as percentages, money with two decimals and the currency in the header; codes for scripts.
void TestRfmValuePages::chartListInListLanguage_data()
{
    QTest::addColumn<QString>("listLanguage");
    QTest::addColumn<QString>("tierHeader");
    QTest::addColumn<QStringList>("tiers");
    QTest::addColumn<QString>("clvHeader");
    QTest::addColumn<QString>("pAliveHeader");
    QTest::addColumn<bool>("percent");
    const QString yen = QStringLiteral("\u00A5");
    QTest::newRow("English") << "en" << "Value tier"
                             << QStringList{"Platinum", "Gold", "Iron", "Lead"}
                             << "Customer lifetime value (" + yen + ")"
                             << "Probability still active (%)" << true;
    QTest::newRow("Simplified") << "zh_CN" << "价值等级" << QStringList{"白金", "黄金", "铁", "铅"}
                                << "客户终身价值 (" + yen + ")" << "仍活跃概率 (%)" << true;
    QTest::newRow("Traditional") << "zh_TW" << "價值等級" << QStringList{"白金", "黃金", "鐵", "鉛"}
                                 << "客戶終身價值 (" + yen + ")" << "仍活躍概率 (%)" << true;
    QTest::newRow("codes") << "codes" << "tier"
                           << QStringList{"platinum", "gold", "iron", "lead"} << "clv"
                           << "p_alive" << false;
}

void TestRfmValuePages::chartListInListLanguage()
{
    QFETCH(QString, listLanguage);
    QFETCH(QString, tierHeader);
    QFETCH(QStringList, tiers);
    QFETCH(QString, clvHeader);
    QFETCH(QString, pAliveHeader);
    QFETCH(bool, percent);
    // The language the project's lists last went out in (the Export page remembers it).
    QVERIFY(m_window->session()->saveSetting(ProjectSettings::kListLanguage, listLanguage));
    QVERIFY(m_window->showPage("value"));
    clickTab(m_value->valueGroupsPanel());
    BarChart *chart = m_value->valueGroupsPanel()->groupChart();
    QVERIFY(QTest::qWaitForWindowExposed(chart));
    int clicked = 0;
    while (chart->bars()[clicked].value == 0)
        ++clicked;
    Test::clickBar(chart, clicked);
    QTRY_VERIFY(openedList() != nullptr);
    CustomerListModel *model = openedList()->model();
    QVERIFY(model->rowCount() > 0);
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    // Each column once, the id's alias included.
    QCOMPARE(QSet<QString>(headers.begin(), headers.end()).size(), headers.size());
    const int tier = int(headers.indexOf(tierHeader));
    const int clv = int(headers.indexOf(clvHeader));
    const int alive = int(headers.indexOf(pAliveHeader));
    QVERIFY2(tier >= 0 && clv >= 0 && alive >= 0, qPrintable(headers.join(u" | ")));
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(tiers.contains(model->data(model->index(r, tier)).toString()));
        const QString p = model->data(model->index(r, alive)).toString();
        if (p.isEmpty())
            continue; // not scored
        QCOMPARE(p.endsWith(u'%'), percent);
        const QString file = model->data(model->index(r, alive), CustomerListModel::FileTextRole)
                                 .toString();
        if (percent) {
            // One decimal, and a percentage: 0.873 → 87.3.
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{1,3}\\.\\d$")).match(file).hasMatch(),
                     qPrintable(file));
            const QString money = model->data(model->index(r, clv)).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("\\.\\d\\d$")).match(money).hasMatch(),
                     qPrintable(money));
        }
    }
}

void TestRfmValuePages::backtest()
{
    QVERIFY(m_window->showPage("value"));
    BacktestPanel *panel = m_value->backtestPanel();
    clickTab(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->result() != nullptr, 60000);
    const BacktestResult &r = *panel->result();
    QVERIFY(r.cohort > 0);
    // The bars hold every customer of the cohort, and their actual purchases add up.
    qint64 customers = 0;
    double actual = 0;
    for (const BacktestResult::FrequencyBin &bin : r.byFrequency) {
        customers += bin.customers;
        actual += bin.actualMean * double(bin.customers);
    }
    QCOMPARE(customers, r.cohort);
    QVERIFY(Test::fuzzyEqual(actual, double(r.actualHoldout), 1e-9));
    auto *summary = panel->findChild<QLabel *>("backtestSummary");
    QVERIFY(summary->text().contains(QLocale().toString(r.actualHoldout)));
    // With SEGMENTA_SCREENSHOTS=DIR, a picture of every tab of the value page.
    const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
    for (int tab = 0; !dir.isEmpty() && tab < m_value->tabs()->count(); ++tab) {
        clickTab(m_value->tabs()->widget(tab));
        QTest::qWait(50);
        QDir().mkpath(dir);
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("value-tab%1.png").arg(tab)));
    }
}

void TestRfmValuePages::exportCharts_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("format");
    for (const char *format : {"png", "svg", "pdf"}) {
        QTest::addRow("rfm heatmap %s", format) << "rfm" << 0 << format;
        QTest::addRow("rfm segments %s", format) << "rfm" << 1 << format;
        QTest::addRow("probability alive %s", format) << "value" << 0 << format;
        QTest::addRow("backtest %s", format) << "value" << 5 << format;
    }
}

void TestRfmValuePages::exportCharts()
{
    QFETCH(QString, page);
    QFETCH(int, chart);
    QFETCH(QString, format);
    QVERIFY(m_window->showPage(page));
    ChartFrame *frame = page == "rfm" ? m_rfm->charts().at(chart) : m_value->charts().at(chart);
    if (page == "value")
        clickTab(frame->parentWidget());
    QTest::qWait(20);
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(page).arg(chart).arg(format));
    QCOMPARE(frame->exportTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (format == "png") {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QVERIFY(image.width() >= frame->chart()->width());
        // Not a blank picture: the cells and bars have colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);
    } else if (format == "svg") {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.size() > 2000);
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
    }
}

QTEST_MAIN(TestRfmValuePages)
#include "tst_rfmvaluepages.moc"
