// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the Drivers, Clusters and Snapshots pages in the real window on a demo project: the
// drivers chart shows one bar per term in the core's ranking, the clusters scatter one series
// per cluster with profiles that add up to the clustered customers (counted from the labels),
// and two snapshots' migration table adds up to the core's matrix and to the customers of each
// tier the segments were written from.
#include "backgroundtask.h"
#include "chartframe.h"
#include "clusterspage.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "customerlistmodel.h"
#include "stats/distributions.h"
#include "drivereffectchart.h"
#include "driverspage.h"
#include "language.h"
#include "mainwindow.h"
#include "migrationtablemodel.h"
#include "modalguard.h"
#include "projectsession.h"
#include "segmentcounter.h"
#include "segmentspage.h"
#include "snapshotspage.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Segmenta;

class TestAnalysisPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void drivers_data();
    void drivers();
    void driversLegendReadable_data();
    void driversLegendReadable();
    void driversTermsAllNamed_data();
    void driversTermsAllNamed();
    void clusters();
    void snapshots();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    qint64 tierCount(std::initializer_list<int> tiers) const;
    void saveScreenshot(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAnalysisPages::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_analysispages");
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "700"});
    QCOMPARE(run.exitCode, 0);
    const QString project = run.json().value("project").toString();
    // Two segments by tier, so the snapshots have segments to migrate between.
    QFile rules(m_dir.filePath("rules.json"));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"json({"version": 1, "segments": [
        {"name": "Best", "rule": "tier in (\"platinum\", \"gold\")"},
        {"name": "Middle", "rule": "tier = \"iron\""}]})json");
    rules.close();
    QCOMPARE(Test::runCli({"segments", project, "--rules", rules.fileName(), "--json"}).exitCode, 0);

    // SEGMENTA_LANGUAGE=zh_CN (with SEGMENTA_SCREENSHOTS) shows the pages in another language.
    Language::setCurrent(qEnvironmentVariableIsSet("SEGMENTA_LANGUAGE")
                             ? qEnvironmentVariable("SEGMENTA_LANGUAGE")
                             : QStringLiteral("en"));
    Language::install(*qApp);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 60000);
}

void TestAnalysisPages::cleanupTestCase()
{
    m_window.reset();
}

qint64 TestAnalysisPages::tierCount(std::initializer_list<int> tiers) const
{
    qint64 n = 0;
    for (qint8 t : m_window->session()->analysis()->pyramid.tier)
        for (int wanted : tiers)
            n += t == wanted;
    return n;
}

// With SEGMENTA_SCREENSHOTS=DIR, the page once its work is done (the screenshot test does not
// wait for fits).
void TestAnalysisPages::saveScreenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100);
    m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestAnalysisPages::drivers_data()
{
    QTest::addColumn<int>("target");
    QTest::newRow("value, linear") << int(DriverOptions::Target::Value);
    QTest::newRow("top 20 %, logistic") << int(DriverOptions::Target::HighValue);
}

void TestAnalysisPages::drivers()
{
    QFETCH(int, target);
    QVERIFY(m_window->showPage("drivers"));
    auto *page = m_window->findChild<DriversPage *>("drivers");
    QVERIFY(page);
    // Showing the page fits with the defaults; then fit again with the target of this row.
    QTRY_VERIFY_WITH_TIMEOUT(page->result() != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 30000);
    QSignalSpy fitted(page, &DriversPage::fitted);
    page->setTarget(DriverOptions::Target(target));
    page->fit();
    QTRY_COMPARE_WITH_TIMEOUT(fitted.count(), 1, 30000);

    // The core's own fit with the default attributes (the ones the page checks at first).
    const auto session = m_window->session();
    DriverOptions options;
    options.target = DriverOptions::Target(target);
    auto core = DriverAnalysis::run(*session->data(), session->analysis()->summary, options);
    QVERIFY2(core, qPrintable(core.errorString()));
    QCOMPARE(page->result()->predictors, core->predictors);
    QStringList ranked;
    for (int i : core->regression.effectOrder)
        ranked << core->regression.terms[size_t(i)].name;
    QVERIFY(ranked.size() >= 2);
    QCOMPARE(page->effectChart()->shownTerms(), ranked);

    // One visible bar per term: each category has a non-zero value in exactly one set.
    const QList<QAbstractSeries *> series = page->effectChart()->chart()->series();
    QAbstractBarSeries *bars = nullptr;
    qsizetype whiskers = 0;
    for (QAbstractSeries *s : series) {
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s)) {
            QVERIFY(!bars);
            bars = b;
        } else {
            QVERIFY(qobject_cast<QLineSeries *>(s));
            ++whiskers;
        }
    }
    QVERIFY(bars);
    qsizetype visible = 0;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        int sets = 0;
        for (QBarSet *set : bars->barSets())
            sets += set->at(i) != 0;
        QVERIFY(sets <= 1);
        visible += sets;
    }
    qsizetype nonZero = 0;
    for (int i : core->regression.effectOrder)
        nonZero += core->regression.terms[size_t(i)].standardizedEffect != 0;
    QCOMPARE(visible, nonZero);
    // Significant terms are drawn in the first set, the others (faded) in the second.
    for (qsizetype bar = 0; bar < ranked.size(); ++bar) {
        const RegressionTerm *t = core->regression.term(ranked[ranked.size() - 1 - bar]);
        if (t->standardizedEffect != 0)
            QCOMPARE(bars->barSets().at(t->pValue <= 0.05 ? 0 : 1)->at(bar), t->standardizedEffect);
    }
    // The 95 % confidence intervals as error bars, one per term, around its bar: effect ±
    // critical value × the standard error scaled like the effect (t with the residual degrees
    // of freedom, or the normal for the logistic fit), computed here from the core's terms.
    const auto intervals = page->effectChart()->shownIntervals();
    QCOMPARE(intervals.size(), whiskers);
    QCOMPARE(intervals.size(), ranked.size());
    const bool logistic = core->regression.kind == RegressionKind::Logistic;
    const double critical = logistic ? 1.96 : Distributions::studentTQuantile(0.975, core->regression.residualDf);
    QVERIFY(critical > 1.95 && critical < 2.1); // hundreds of customers
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const RegressionTerm *t = core->regression.term(ranked[i]);
        QCOMPARE(intervals[i].term, ranked[i]);
        const double se = std::abs(t->standardError * t->standardizedEffect / t->coefficient);
        QVERIFY(std::abs(intervals[i].low - (t->standardizedEffect - critical * se)) < 1e-3 * (1 + se));
        QVERIFY(std::abs(intervals[i].high - (t->standardizedEffect + critical * se)) < 1e-3 * (1 + se));
        // Significant at 5 % exactly when the interval leaves out zero.
        if (std::abs(t->pValue - 0.05) > 1e-3)
            QCOMPARE(intervals[i].low > 0 || intervals[i].high < 0, t->pValue < 0.05);
    }
    // The error bars are in the exported picture: it changes when they are hidden (the legend,
    // which would change too, is left out of both).
    page->effectChart()->chart()->legend()->hide();
    ChartFrame *frame = nullptr;
    for (ChartFrame *f : page->findChildren<ChartFrame *>())
        if (f->chart() == page->effectChart())
            frame = f;
    QVERIFY(frame);
    auto exported = [&](const QString &name) {
        const QString file = m_dir.filePath(name + ".png");
        const QString error = frame->exportTo(file);
        return error.isEmpty() ? QImage(file) : QImage();
    };
    const QImage withBars = exported("with-bars");
    QVERIFY(!withBars.isNull());
    // Transparent rather than hidden: showing a series again would show its legend entry.
    for (QAbstractSeries *s : series)
        if (qobject_cast<QLineSeries *>(s))
            s->setOpacity(0);
    const QImage withoutBars = exported("without-bars");
    for (QAbstractSeries *s : series)
        s->setOpacity(1);
    page->effectChart()->chart()->legend()->show();
    QCOMPARE(withoutBars.size(), withBars.size());
    QVERIFY(withoutBars != withBars);
    // One legend entry for all the error bars.
    int legendEntries = 0;
    for (QLegendMarker *marker : page->effectChart()->chart()->legend()->markers())
        legendEntries += marker->isVisible();
    QCOMPARE(legendEntries, int(bars->barSets().size()) + 1);

    // The table: the intercept and every term.
    auto *terms = page->findChild<QTableWidget *>("terms");
    QCOMPARE(terms->rowCount(), int(core->regression.terms.size()));
    saveScreenshot(QStringLiteral("drivers-%1").arg(target));
}

void TestAnalysisPages::driversLegendReadable_data()
{
    // The width the chart gets in a 1024-pixel window, its minimum, and a wide one.
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    for (const char *language : {"en", "zh_CN"})
        for (int width : {360, 420, 900})
            QTest::addRow("%s, %d px", language, width) << QString::fromLatin1(language) << width;
}

// Every legend entry shows its whole label (wrapped onto lines where the chart is narrow),
// never one cut short with "...".
void TestAnalysisPages::driversLegendReadable()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    const auto session = m_window->session();
    auto core = DriverAnalysis::run(*session->data(), session->analysis()->summary, {});
    QVERIFY2(core, qPrintable(core.errorString()));
    const QString before = Language::current();
    Language::install(*qApp, language);
    // As on the page: the result arrives in a chart already on screen.
    DriverEffectChart chart;
    chart.resize(width, 480);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setResult(core->regression); // the labels are translated here
    Language::install(*qApp, before);
    QCoreApplication::sendPostedEvents(); // the chart's layout
    QLegend *legend = chart.chart()->legend();
    QStringList expected;
    for (QLegendMarker *marker : legend->markers()) {
        if (!marker->isVisible())
            continue;
        auto *bars = qobject_cast<QBarLegendMarker *>(marker);
        expected << (bars ? bars->barset()->label() : marker->series()->name());
    }
    QCOMPARE(expected.size(), 3);
    QCOMPARE(expected.first(), language == "en" ? "Significant (p ≤ 0.05)" : "显著（p ≤ 0.05）");
    // What the legend draws: its text items, lines joined.
    QStringList shown;
    const auto items = chart.scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !legend->isAncestorOf(text))
            continue;
        shown << text->toPlainText().replace(QChar::LineSeparator, ' ').replace('\n', ' ');
    }
    for (const QString &label : expected) {
        const QString flat = QString(label).remove(' ');
        bool found = false;
        for (const QString &s : shown)
            found = found || QString(s).remove(' ') == flat;
        QVERIFY2(found, qPrintable(QStringLiteral("“%1” not among %2").arg(label, shown.join(" | "))));
    }
    // The effects axis' title is drawn whole too (wrapped), not cut short.
    const QString axisTitle = language == "en" ? QStringLiteral("SDs of value per SD of the attribute")
                                               : QStringLiteral("价值标准差 / 属性标准差");
    QStringList drawn;
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !legend->isAncestorOf(text))
            drawn << text->toPlainText().replace(QChar::LineSeparator, ' ').replace('\n', ' ').remove(' ');
    }
    QVERIFY2(drawn.contains(QString(axisTitle).remove(' ')),
             qPrintable(QStringLiteral("“%1” not among %2").arg(axisTitle, drawn.join(" | "))));
}

void TestAnalysisPages::driversTermsAllNamed_data()
{
    QTest::addColumn<int>("height");
    for (int height : {300, 480, 900})
        QTest::addRow("%d px high", height) << height;
}

// Qt Charts hides the labels of a category axis that would overlap: in a short window every
// other attribute went unnamed. The chart asks for a line per term and the page scrolls it.
void TestAnalysisPages::driversTermsAllNamed()
{
    QFETCH(int, height);
    const auto session = m_window->session();
    auto core = DriverAnalysis::run(*session->data(), session->analysis()->summary, {});
    QVERIFY2(core, qPrintable(core.errorString()));
    QScrollArea area; // as on the page
    area.setWidgetResizable(true);
    auto *chart = new DriverEffectChart;
    area.setWidget(chart);
    area.resize(640, height);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    chart->setResult(core->regression);
    QCoreApplication::sendPostedEvents();
    QTest::qWait(20);
    const QStringList terms = chart->shownTerms();
    QVERIFY2(terms.size() >= 10, qPrintable(QString::number(terms.size())));
    QSet<QString> drawn;
    QLegend *legend = chart->chart()->legend();
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !legend->isAncestorOf(text))
            drawn.insert(text->toPlainText());
    }
    for (const QString &term : terms)
        QVERIFY2(drawn.contains(term), qPrintable(QStringLiteral("“%1” is not drawn").arg(term)));
    // The page puts the chart in a scroll area.
    QVERIFY(m_window->showPage("drivers"));
    auto *page = m_window->findChild<DriversPage *>("drivers");
    QVERIFY(page);
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("effectsScroll"));
    QVERIFY(scroll);
    QVERIFY(scroll->widget()->findChild<DriverEffectChart *>());
}

void TestAnalysisPages::clusters()
{
    QVERIFY(m_window->showPage("clusters"));
    auto *page = m_window->findChild<ClustersPage *>("clusters");
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->projection() != nullptr, 30000);
    const auto analysis = m_window->session()->analysis();
    QVERIFY(analysis->clusters);
    const int k = analysis->clusters->suggestedK;
    QVERIFY(k >= 2);

    const QList<QAbstractSeries *> series = page->scatter()->chart()->series();
    QCOMPARE(series.size(), k);
    qint64 drawn = 0;
    for (QAbstractSeries *s : series) {
        auto *scatter = qobject_cast<QScatterSeries *>(s);
        QVERIFY(scatter);
        QVERIFY(scatter->count() > 0);
        drawn += scatter->count();
    }
    // Counted here from the labels, not from the page's profiles.
    std::vector<qint64> perCluster(size_t(k), 0);
    for (qint32 label : analysis->clusterLabels)
        if (label >= 0)
            ++perCluster[size_t(label)];
    const qint64 clustered = std::accumulate(perCluster.begin(), perCluster.end(), qint64(0));
    QCOMPARE(drawn, std::min<qint64>(clustered, ClusterProjection::kMaxPoints));

    QTableWidget *table = page->profileTable();
    QCOMPARE(table->rowCount(), k);
    qint64 sum = 0;
    for (int row = 0; row < k; ++row) {
        bool ok = false;
        const qint64 n = QLocale().toLongLong(table->item(row, 1)->text(), &ok);
        QVERIFY(ok);
        QCOMPARE(n, perCluster[size_t(row)]);
        sum += n;
    }
    QCOMPARE(sum, clustered);

    saveScreenshot(QStringLiteral("clusters"));
    // A cluster's customers open in a list.
    CustomerListDialog *dialog = page->showCluster(1);
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), int(perCluster[1]));
    dialog->close();
}

void TestAnalysisPages::snapshots()
{
    QVERIFY(m_window->showPage("history"));
    auto *page = m_window->findChild<SnapshotsPage *>("history");
    QVERIFY(page);
    SegmentCounter *counter = m_window->session()->segmentCounter();
    QTRY_VERIFY_WITH_TIMEOUT(counter->latest() && counter->latest()->assignment, 30000);
    QCOMPARE(counter->latest()->segmentation.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 30000);

    QSignalSpy taken(page, &SnapshotsPage::snapshotTaken);
    QSignalSpy compared(page, &SnapshotsPage::compared);
    page->takeSnapshot("January");
    QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 30000);
    page->takeSnapshot("February");
    QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 2, 30000);
    QCOMPARE(page->snapshots().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 30000);

    const QString path = m_window->session()->path();
    const qint64 first = page->snapshots().at(0).id;
    const qint64 second = page->snapshots().at(1).id;
    for (auto by : {MigrationMatrix::By::Segment, MigrationMatrix::By::Tier}) {
        const int before = int(compared.count());
        page->compare(first, second, by);
        QTRY_COMPARE_WITH_TIMEOUT(int(compared.count()), before + 1, 30000);
        auto older = SnapshotStore::load(path, first);
        auto newer = SnapshotStore::load(path, second);
        QVERIFY(older && newer);
        auto core = MigrationMatrix::compute(*older, *newer, by);
        QVERIFY(core);
        MigrationTableModel *model = page->migration();
        const int rows = int(core->rows.size());
        const int columns = int(core->columns.size());
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->columnCount(), columns + 1);
        qint64 all = 0;
        for (int r = 0; r < rows; ++r) {
            qint64 rowSum = 0;
            for (int c = 0; c < columns; ++c) {
                QCOMPARE(model->data(model->index(r, c), Qt::UserRole).toLongLong(), core->at(r, c));
                rowSum += core->at(r, c);
            }
            QCOMPARE(model->data(model->index(r, columns), Qt::UserRole).toLongLong(), rowSum);
            all += rowSum;
        }
        QCOMPARE(model->data(model->index(rows, columns), Qt::UserRole).toLongLong(), all);
        QCOMPARE(all, m_window->session()->data()->customerCount());
        QCOMPARE(core->stayed, core->matched); // nothing changed between the two
        if (by == MigrationMatrix::By::Segment) {
            // Rows are the segments; their totals are the customers of the tiers behind them.
            QCOMPARE(model->data(model->index(0, columns), Qt::UserRole).toLongLong(), tierCount({0, 1}));
            QCOMPARE(model->data(model->index(1, columns), Qt::UserRole).toLongLong(), tierCount({2}));
        }
    }

    page->compare(first, second, MigrationMatrix::By::Tier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->tasks()->isRunning(), 30000);
    saveScreenshot(QStringLiteral("history"));
    page->deleteSnapshot(first, false);
    QCOMPARE(page->snapshots().size(), 1);
    QCOMPARE(page->snapshots().at(0).id, second);
    QCOMPARE(page->migration()->rowCount(), 0);
}

QTEST_MAIN(TestAnalysisPages)
#include "tst_analysispages.moc"
