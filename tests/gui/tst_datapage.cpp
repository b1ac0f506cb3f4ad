// SPDX-License-Identifier: GPL-3.0-or-later
// The data page in the real window: filter, sort and profile the demo's tables, checked
// against counts made here from the columns; charts exported to PNG, SVG and PDF; the
// customers behind a pyramid layer.
#include "chartframe.h"
#include "columnprofileview.h"
#include "columntablemodel.h"
#include "analysis/customeranalysis.h"
#include "customerlistdialog.h"
#include "customerlistmodel.h"
#include "datapage.h"
#include "lazyrefresh.h"
#include "mainwindow.h"
#include "modalguard.h"
#include "projectsession.h"
#include "pyramidwidget.h"
#include "tablebrowser.h"
#include "testsupport.h"
#include "workshopreport.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Segmenta;

class TestDataPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }
    void filterCustomers_data();
    void filterCustomers();
    void sortTransactions_data();
    void sortTransactions();
    void badFilterIsExplained();
    void rowsArriveInChunks();
    void profile();
    void exportCharts_data();
    void exportCharts();
    void customersBehindPyramidLayer_data();
    void customersBehindPyramidLayer();
    void workshopReport();
    void refreshWaitsForThePage();
    void headersFit();

private:
    Test::ModalGuard m_modalGuard; // an unexpected message box fails the test at once
    TableBrowser *browser(TableKind kind) const;
    int columnIndex(const Table &table, Role role) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestDataPage::initTestCase()
{
    QCoreApplication::setOrganizationName("SegmentaTest");
    QCoreApplication::setApplicationName("tst_datapage");
    QLocale::setDefault(QLocale(QLocale::English));
    auto run = Test::runCli({"demo", "-o", m_dir.filePath("demo"), "--customers", "800"});
    QCOMPARE(run.exitCode, 0);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openProject(run.json().value("project").toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->fields() != nullptr, 60000);
    QVERIFY(m_window->showPage("data"));
}

TableBrowser *TestDataPage::browser(TableKind kind) const
{
    auto *page = m_window->findChild<DataPage *>();
    return kind == TableKind::Customers ? page->customers() : page->transactions();
}

int TestDataPage::columnIndex(const Table &table, Role role) const
{
    for (qsizetype c = 0; c < table.columnCount(); ++c)
        if (table.column(c).role() == role)
            return int(c);
    return -1;
}

void TestDataPage::filterCustomers_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("filter");
    QTest::newRow("city contains 州") << int(Role::City) << QStringLiteral("州");
    QTest::newRow("region exact") << int(Role::Region) << QStringLiteral("=华东");
    QTest::newRow("age range") << int(Role::Age) << QStringLiteral("30..39");
    QTest::newRow("income above") << int(Role::Income) << QStringLiteral("> 200000");
    QTest::newRow("signup in a year") << int(Role::SignupDate) << QStringLiteral("2022");
}

void TestDataPage::filterCustomers()
{
    QFETCH(int, role);
    QFETCH(QString, filter);
    TableBrowser *b = browser(TableKind::Customers);
    const Table &table = m_window->session()->data()->customers;
    const int column = columnIndex(table, Role(role));
    QVERIFY2(column >= 0, "the demo has this column");
    const Column &c = table.column(column);

    // Independent count: straight from the column's values.
    qint64 expected = 0;
    for (qsizetype r = 0; r < c.size(); ++r) {
        if (c.isMissing(r))
            continue;
        switch (Role(role)) {
        case Role::City: expected += c.text(r).contains(QStringLiteral("州")); break;
        case Role::Region: expected += c.text(r) == QStringLiteral("华东"); break;
        case Role::Age: expected += c.number(r) >= 30 && c.number(r) <= 39; break;
        case Role::Income: expected += c.number(r) > 200000; break;
        case Role::SignupDate: expected += c.date(r).year() == 2022; break;
        default: QFAIL("no expectation for this role");
        }
    }
    QVERIFY2(expected > 0 && expected < c.size(), "the filter selects some customers");
    QSignalSpy changed(b, &TableBrowser::rowsChanged);
    b->setFilter(column, filter);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    QCOMPARE(b->model()->rowCount(), int(expected));
    QVERIFY(b->findChild<QLabel *>("filterStatus")->text().contains(QString::number(expected)));
    b->setFilter(column, QString());
    QCOMPARE(b->model()->rowCount(), int(c.size()));
}

void TestDataPage::sortTransactions_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ascending");
    QTest::newRow("amount up") << int(Role::Amount) << true;
    QTest::newRow("amount down") << int(Role::Amount) << false;
    QTest::newRow("date down") << int(Role::Date) << false;
}

void TestDataPage::sortTransactions()
{
    QFETCH(int, role);
    QFETCH(bool, ascending);
    TableBrowser *b = browser(TableKind::Transactions);
    const Table &table = m_window->session()->data()->transactions;
    const int column = columnIndex(table, Role(role));
    QVERIFY(column >= 0);
    QSignalSpy changed(b, &TableBrowser::rowsChanged);
    b->sortBy(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
    const auto rows = b->model()->rows();
    QVERIFY(rows);
    QCOMPARE(qsizetype(rows->size()), table.rowCount());
    const Column &c = table.column(column);
    auto key = [&](qint32 r) {
        return c.type() == ColumnType::Number ? c.number(r) : double(c.days()[size_t(r)]);
    };
    for (size_t i = 1; i < rows->size(); ++i) {
        const qint32 a = (*rows)[i - 1], z = (*rows)[i];
        if (c.isMissing(z))
            continue;
        QVERIFY(!c.isMissing(a));
        QVERIFY(ascending ? key(a) <= key(z) : key(a) >= key(z));
    }
    // The first shown row is the extreme value, and its header is its number in the file.
    QCOMPARE(b->model()->headerData(0, Qt::Vertical).toLongLong(), qlonglong((*rows)[0]) + 1);
}

void TestDataPage::badFilterIsExplained()
{
    TableBrowser *b = browser(TableKind::Transactions);
    const Table &table = m_window->session()->data()->transactions;
    const int column = columnIndex(table, Role::Amount);
    const int before = b->model()->rowCount();
    b->setFilter(column, QStringLiteral("lots"));
    const QString status = b->findChild<QLabel *>("filterStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("not a number filter")), qPrintable(status));
    QCOMPARE(b->model()->rowCount(), before); // nothing changed
    b->setFilter(column, QString());
}

void TestDataPage::rowsArriveInChunks()
{
    // The view gets rows in chunks as it scrolls; every row is reachable and counted once.
    TableBrowser *b = browser(TableKind::Transactions);
    ColumnTableModel *model = b->model();
    model->setFetchChunk(1000);
    b->setDataset(m_window->session()->data());
    const qsizetype total = m_window->session()->data()->transactionCount();
    QVERIFY(total > 3000);
    QCOMPARE(model->rowTotal(), total);
    QCOMPARE(model->rowCount(), 1000);
    b->view()->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY(model->rowCount() > 1000);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(qsizetype(model->rowCount()), total);
    QCOMPARE(model->headerData(int(total) - 1, Qt::Vertical).toLongLong(), qlonglong(total));
    model->setFetchChunk(200000);
    b->setDataset(m_window->session()->data());
}

void TestDataPage::profile()
{
    TableBrowser *b = browser(TableKind::Customers);
    const Table &table = m_window->session()->data()->customers;
    for (Role role : {Role::Region, Role::Age}) {
        const int column = columnIndex(table, role);
        QSignalSpy shown(b, &TableBrowser::profileShown);
        b->view()->setCurrentIndex(b->model()->index(0, column));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        const Column &c = table.column(column);
        qint64 present = 0;
        for (qsizetype r = 0; r < c.size(); ++r)
            present += !c.isMissing(r);
        qreal bars = qreal(b->profileView()->otherRows());
        for (qreal v : b->profileView()->barValues())
            bars += v;
        // Every non-blank value is in exactly one bar, or among the other values of text.
        QCOMPARE(qint64(std::llround(bars)), present);
    }
}

void TestDataPage::exportCharts_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << "png";
    QTest::newRow("svg") << "svg";
    QTest::newRow("pdf") << "pdf";
}

void TestDataPage::exportCharts()
{
    QFETCH(QString, suffix);
    ChartFrame *frame = browser(TableKind::Customers)->profileView()->chartFrame();
    const QString path = m_dir.filePath(QStringLiteral("profile.") + suffix);
    QCOMPARE(frame->exportTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 1000);
    if (suffix == QStringLiteral("png")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), frame->chart()->size() * 2);
        // Something was drawn: not one colour.
        QVERIFY(image.pixel(0, 0) != image.pixel(image.width() / 2, image.height() / 2)
                || image.pixel(10, 10) != image.pixel(image.width() / 3, image.height() / 2));
    } else if (suffix == QStringLiteral("svg")) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("</svg>"));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
    }
    QCOMPARE(frame->exportTo(m_dir.filePath(QStringLiteral("profile.bmp"))).isEmpty(), false);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("profile.bmp"))));
}

void TestDataPage::customersBehindPyramidLayer_data()
{
    QTest::addColumn<int>("layer");
    QTest::newRow("platinum") << 0;
    QTest::newRow("gold") << 1;
    QTest::newRow("lead") << 3;
}

void TestDataPage::customersBehindPyramidLayer()
{
    QFETCH(int, layer);
    qDeleteAll(m_window->findChildren<CustomerListDialog *>());
    QVERIFY(m_window->showPage("overview"));
    auto *pyramid = m_window->findChild<PyramidWidget *>();
    QVERIFY(pyramid);
    QTRY_VERIFY(pyramid->isVisible());
    QPoint point;
    for (int y = 0; y < pyramid->height() && point.isNull(); ++y)
        if (pyramid->layerAt(QPoint(pyramid->width() / 4, y)) == layer)
            point = QPoint(pyramid->width() / 4, y + 5);
    QVERIFY(!point.isNull());
    QTest::mouseClick(pyramid, Qt::LeftButton, {}, point);
    CustomerListDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CustomerListDialog *>()) != nullptr);
    const auto analysis = m_window->session()->analysis();
    const qint64 expected = analysis->pyramid.tiers[size_t(layer)].customers;
    QCOMPARE(qint64(dialog->model()->rowCount()), expected);
    // Best first: the value never rises down the list.
    const auto &rows = dialog->model()->rows();
    for (size_t i = 1; i < rows.size(); ++i)
        QVERIFY(analysis->value[size_t(rows[i - 1])] >= analysis->value[size_t(rows[i])]);
    // Sorting by a column reorders the same customers.
    dialog->model()->sort(0, Qt::DescendingOrder);
    QCOMPARE(qint64(dialog->model()->rows().size()), expected);
    delete dialog;
}

void TestDataPage::workshopReport()
{
    const WorkshopReport report = m_window->workshopReport();
    // The overview's charts are in it, the data page's profile is not.
    QStringList titles;
    for (const auto &chart : report.charts)
        titles << chart.title;
    QVERIFY2(titles.contains(QStringLiteral("80-20 curve")), qPrintable(titles.join(u',')));
    QVERIFY(titles.contains(QStringLiteral("Customer pyramid")));
    QVERIFY(!titles.contains(QStringLiteral("Column profile")));
    QVERIFY(!titles.join(u',').contains(QStringLiteral("Profile of")));
    const QString html = report.html();
    const auto analysis = m_window->session()->analysis();
    QVERIFY(html.contains(QLocale().toString(qint64(analysis->summary.size()))));
    QVERIFY(report.segments);
    for (int r = 0; r < report.segments->rowCount(); ++r)
        QVERIFY(html.contains(report.segments->data(report.segments->index(r, 1)).toString().toHtmlEscaped()));
    // No segments yet is itself a finding, and it is in the report.
    QVERIFY(!report.findings.isEmpty());
    QVERIFY(html.contains(report.findings.first().text.toHtmlEscaped()));
    for (int i = 0; i < report.charts.size(); ++i)
        QVERIFY(html.contains(QStringLiteral("chart%1.png").arg(i)));

    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(report.write(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/") >= 2
            || pdf.count("/Type /Page") - pdf.count("/Type /Pages") >= 2);
    QVERIFY(pdf.count("/Subtype /Image") >= report.charts.size());
}

void TestDataPage::refreshWaitsForThePage()
{
    QWidget page;
    int runs = 0;
    auto *lazy = new LazyRefresh(&page, [&runs] { ++runs; });
    lazy->request();
    lazy->request();
    QCOMPARE(runs, 0); // hidden: only marked
    QVERIFY(lazy->isPending());
    page.show();
    QCOMPARE(runs, 1); // once, however often it was asked
    lazy->request();
    QCOMPARE(runs, 2); // visible: at once
    page.hide();
    lazy->request();
    LazyRefresh::flushAll(&page);
    QCOMPARE(runs, 3);
    LazyRefresh::flushAll(&page);
    QCOMPARE(runs, 3);
}

// Every header is shown whole: its column is at least as wide as the header text needs
// (up to three default widths), so "客户编号 (Customer ID)" is not cut on both sides.
void TestDataPage::headersFit()
{
    auto *view = browser(TableKind::Customers)->findChild<QTableView *>();
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->count() > 3);
    for (int c = 0; c < header->count(); ++c) {
        const int need = std::min(header->sectionSizeHint(c), 3 * header->defaultSectionSize());
        QVERIFY2(header->sectionSize(c) >= need,
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                                .arg(header->sectionSize(c)).arg(need)));
    }
}

QTEST_MAIN(TestDataPage)
#include "tst_datapage.moc"
