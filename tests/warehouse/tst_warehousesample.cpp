// SPDX-License-Identifier: GPL-3.0-or-later
// Beyond a limit of customers the warehouse sends a uniform sample plus exact totals,
// checked against a private PostgreSQL server: the sample's size, that it is the same on
// refresh, that its customers' rows are exactly those of a full import, that the exact totals
// equal those of importing the same files, and that the sample's means are close to the
// population's.
#include "postgresserver.h"
#include "testsupport.h"
#include "warehousedata.h"

#include "analysis/measures/customerpyramid.h"
#include "analysis/measures/customersummary.h"
#include "analysis/measures/paretocurve.h"
#include "project/projectfile.h"
#include "analysis/measures/summarycolumns.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace Segmenta;

namespace {

using SummaryRow = std::array<double, SummaryColumns::Count>;

// Customer id → the warehouse summary columns (dates as day numbers).
QMap<QString, SummaryRow> summaryRows(const Dataset &data)
{
    QMap<QString, SummaryRow> rows;
    const Column *ids = data.customerIds();
    for (qsizetype i = 0; ids && i < data.customerCount(); ++i) {
        SummaryRow row{};
        for (int k = 0; k < SummaryColumns::Count; ++k) {
            const Column *c = SummaryColumns::find(data, SummaryColumns::Index(k));
            row[size_t(k)] = !c ? std::nan("")
                             : c->type() == ColumnType::Date ? double(c->days()[size_t(i)])
                                                             : c->numbers()[size_t(i)];
        }
        rows.insert(ids->text(i), row);
    }
    return rows;
}

struct Moments
{
    double mean = 0;
    double sd = 0;
};

Moments moments(const std::vector<double> &v)
{
    Moments m;
    for (double x : v)
        m.mean += x;
    m.mean /= double(v.size());
    for (double x : v)
        m.sd += (x - m.mean) * (x - m.mean);
    m.sd = std::sqrt(m.sd / double(v.size()));
    return m;
}

} // namespace

class TestCustomerSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleAndExactTotals_data();
    void sampleAndExactTotals();
    void refreshKeepsTheSample();

private:
    QStringList fileImport(const QString &name) const;
    QStringList warehouseImport(const QString &name) const;
    Dataset load(const QString &project);

    Test::PostgresServer m_server;
    QTemporaryDir m_work;
    QString m_demoFolder;
    bool m_retailLoaded = false;
};

void TestCustomerSample::initTestCase()
{
    const QString error = m_server.start();
    if (error.contains(QStringLiteral("apt-get install")))
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL server to test against: ") + error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qputenv("SEGMENTA_PG_PASSWORD", m_server.password().toUtf8());
    QString e = Test::loadDemo(m_server, m_demoFolder);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = Test::loadOnlineRetail(m_server, m_retailLoaded);
    QVERIFY2(e.isEmpty(), qPrintable(e));
}

QStringList TestCustomerSample::fileImport(const QString &name) const
{
    if (name == u"demo")
        return {QStringLiteral("import"), QStringLiteral("--transactions"), m_demoFolder + QStringLiteral("/orders.csv"),
                QStringLiteral("--customers"), m_demoFolder + QStringLiteral("/customers.csv")};
    return {QStringLiteral("import"), QStringLiteral("--transactions"),
            Test::sharedData(QStringLiteral("online_retail/online_retail.csv.gz"))};
}

QStringList TestCustomerSample::warehouseImport(const QString &name) const
{
    QStringList args{QStringLiteral("import"), QStringLiteral("--source"), m_server.url()};
    if (name == u"demo")
        return args << QStringLiteral("--orders-table") << QStringLiteral("sales.order lines")
                    << QStringLiteral("--customers-table") << QStringLiteral("sales.customers");
    return args << QStringLiteral("--orders-query")
                << QStringLiteral("SELECT \"CustomerID\", \"InvoiceNo\", \"InvoiceDate\", \"Quantity\", "
                                  "\"UnitPrice\" FROM retail WHERE \"Quantity\" IS NOT NULL");
}

Dataset TestCustomerSample::load(const QString &project)
{
    auto p = ProjectFile::load(project);
    if (!p)
        qWarning("%s", qPrintable(p.errorString()));
    return p ? p->data : Dataset();
}

void TestCustomerSample::sampleAndExactTotals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("seed");
    QTest::newRow("demo with its customer list, 500 of 4000") << "demo" << 500 << 0;
    QTest::newRow("demo, 1500, another seed") << "demo" << 1500 << 42;
    QTest::newRow("demo, a limit above the customers: no sample") << "demo" << 10000 << 0;
    QTest::newRow("Online Retail, 500") << "retail" << 500 << 0;
}

void TestCustomerSample::sampleAndExactTotals()
{
    QFETCH(QString, name);
    QFETCH(int, limit);
    QFETCH(int, seed);
    if (name == u"retail" && !m_retailLoaded)
        QSKIP("the Online Retail data is not beside the checkout (../shared/data)");
    const QString tag = name + QString::number(limit) + u'-' + QString::number(seed);
    const QString fileProject = m_work.filePath(tag + QStringLiteral("-file.segmenta"));
    const QString fullProject = m_work.filePath(tag + QStringLiteral("-full.segmenta"));
    const QString sampleProject = m_work.filePath(tag + QStringLiteral("-sample.segmenta"));
    auto r = Test::runCli(fileImport(name) << QStringLiteral("-o") << fileProject);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = Test::runCli(warehouseImport(name) << QStringLiteral("--max-customers") << QStringLiteral("0")
                                           << QStringLiteral("-o") << fullProject);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.json().contains(QStringLiteral("sample")));
    r = Test::runCli(warehouseImport(name) << QStringLiteral("--max-customers") << QString::number(limit)
                                           << QStringLiteral("--sample-seed") << QString::number(seed)
                                           << QStringLiteral("-o") << sampleProject);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const Dataset file = load(fileProject);
    const Dataset full = load(fullProject);
    const Dataset sample = load(sampleProject);
    const qint64 population = file.customerCount();
    QVERIFY(population > 1000);
    QCOMPARE(qint64(full.customerCount()), population);
    QCOMPARE(qint64(sample.customerCount()), std::min<qint64>(limit, population));
    QCOMPARE(r.json().value(QStringLiteral("customers")).toInteger(), qint64(sample.customerCount()));
    if (limit >= population) {
        QVERIFY(!sample.sample);
        QVERIFY(!r.json().contains(QStringLiteral("sample")));
        return;
    }
    QVERIFY(sample.sample);
    const CustomerSample &s = *sample.sample;
    QCOMPARE(s.customers, qint64(limit));
    QCOMPARE(s.population, population);
    QCOMPARE(s.seed, qint64(seed));
    QCOMPARE(s.hashCutoff.size(), 32);

    // A sampled customer's row is exactly the row a full import gives that customer.
    const auto fullRows = summaryRows(full);
    const auto sampleRows = summaryRows(sample);
    QCOMPARE(sampleRows.size(), qsizetype(limit));
    for (auto it = sampleRows.cbegin(); it != sampleRows.cend(); ++it) {
        QVERIFY2(fullRows.contains(it.key()), qPrintable(it.key()));
        const SummaryRow &a = it.value(), &b = fullRows.value(it.key());
        for (size_t k = 0; k < a.size(); ++k)
            QVERIFY2(Test::fuzzyEqual(a[k], b[k], 1e-9),
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(it.key(), SummaryColumns::names()[int(k)])
                                    .arg(a[k]).arg(b[k])));
    }
    if (name == u"demo") { // attributes came for the sampled customers only
        const Column *region = sample.customers.find(Role::Region);
        QVERIFY(region);
        qint64 missing = 0;
        for (qint32 code : region->codes())
            missing += code == Column::kMissingCode ? 1 : 0;
        QVERIFY(missing < limit / 10);
    }

    // The exact totals are those of importing the same files.
    const CustomerSummary fs = CustomerSummary::compute(file);
    qint64 buyers = 0, orders = 0;
    double revenue = 0, profit = 0, quantity = 0;
    for (qsizetype i = 0; i < fs.size(); ++i) {
        buyers += fs.hasPurchases(i) ? 1 : 0;
        orders += fs.orders[size_t(i)];
        revenue += fs.revenue[size_t(i)];
        profit += fs.grossProfit[size_t(i)];
        quantity += fs.quantity[size_t(i)];
    }
    QCOMPARE(s.customersWithOrders, buyers);
    QCOMPARE(s.orders, orders);
    QCOMPARE(s.lines, fs.transactionsUsed);
    QVERIFY(Test::fuzzyEqual(s.revenue, revenue, 1e-9));
    QVERIFY(Test::fuzzyEqual(s.grossProfit, profit, 1e-9));
    QVERIFY(Test::fuzzyEqual(s.quantity, quantity, 1e-9));
    const ParetoCurve pareto = ParetoCurve::compute(fs.revenue);
    QVERIFY2(Test::fuzzyEqual(s.gini, pareto.gini, 1e-9), qPrintable(QStringLiteral("%1 vs %2").arg(s.gini).arg(pareto.gini)));
    QCOMPARE(s.customersFor80, pareto.customersFor80);
    QCOMPARE(s.negativeCustomers, pareto.negativeCount);
    for (size_t p = 0; p < s.topShares.size(); ++p) {
        QCOMPARE(s.topCounts[p], pareto.topCounts[p]);
        QVERIFY(Test::fuzzyEqual(s.topShares[p], pareto.topShares[p], 1e-9));
    }
    auto pyramid = CustomerPyramid::compute(fs.revenue, fs.orders);
    QVERIFY(pyramid);
    for (size_t t = 0; t < s.tiers.size(); ++t) {
        const auto &a = s.tiers[t];
        const auto &b = pyramid->tiers[t];
        QCOMPARE(a.customers, b.customers);
        QVERIFY(Test::fuzzyEqual(a.value, b.value, 1e-9));
        QVERIFY(Test::fuzzyEqual(a.minValue, b.minValue, 1e-9));
        QVERIFY(Test::fuzzyEqual(a.maxValue, b.maxValue, 1e-9));
        // Orders per tier depend on which of equal values falls on which side of a boundary.
        bool tied = false;
        for (const auto &tie : pyramid->boundaryTies)
            tied = tied || size_t(tie.upper) == t || size_t(tie.lower) == t;
        if (!tied)
            QVERIFY(Test::fuzzyEqual(a.orders, b.meanOrders * double(b.customers), 1e-9));
    }

    // A uniform sample: its means are within four standard errors of the population's (the
    // sample is fixed by the seed, so this cannot flicker), and it is not biased towards
    // early or late keys.
    const double fpc = std::sqrt(double(population - limit) / double(population - 1));
    const CustomerSummary ss = CustomerSummary::compute(sample);
    std::vector<double> fileOrders(fs.orders.begin(), fs.orders.end());
    std::vector<double> sampleOrders(ss.orders.begin(), ss.orders.end());
    for (const auto &[what, pop, smp] : {std::tuple{"revenue", fs.revenue, ss.revenue},
                                         std::tuple{"orders", fileOrders, sampleOrders}}) {
        const Moments p = moments(pop), m = moments(smp);
        const double se = p.sd / std::sqrt(double(limit)) * fpc;
        QVERIFY2(std::abs(m.mean - p.mean) < 4 * se,
                 qPrintable(QStringLiteral("%1: sample mean %2, population %3, standard error %4")
                                .arg(QLatin1String(what)).arg(m.mean).arg(p.mean).arg(se)));
    }
    QStringList keys = fullRows.keys();
    const QString median = keys[keys.size() / 2];
    qint64 below = 0;
    for (const QString &k : sampleRows.keys())
        below += k < median ? 1 : 0;
    const double share = double(below) / double(limit);
    QVERIFY2(std::abs(share - 0.5) < 4 * 0.5 / std::sqrt(double(limit)) * fpc, qPrintable(QString::number(share)));

    // The analysis says what is sampled and carries the exact totals.
    r = Test::runCli({QStringLiteral("analyze"), sampleProject, QStringLiteral("--no-clusters"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("sample of"));
    const QJsonObject a = r.json();
    QCOMPARE(a.value(QStringLiteral("customers")).toInteger(), qint64(limit));
    const QJsonObject js = a.value(QStringLiteral("sample")).toObject();
    QCOMPARE(js.value(QStringLiteral("customers")).toInteger(), qint64(limit));
    QCOMPARE(js.value(QStringLiteral("population")).toInteger(), population);
    const QJsonObject exact = js.value(QStringLiteral("exact")).toObject();
    QCOMPARE(exact.value(QStringLiteral("customers")).toInteger(), population);
    QCOMPARE(exact.value(QStringLiteral("orders")).toInteger(), orders);
    QVERIFY(Test::fuzzyEqual(exact.value(QStringLiteral("revenue")).toDouble(), revenue, 1e-9));
    QCOMPARE(exact.value(QStringLiteral("tiers")).toArray().size(), 4);
    QVERIFY(a.value(QStringLiteral("warnings")).toArray().first().toString().contains(QString::number(population)));
}

void TestCustomerSample::refreshKeepsTheSample()
{
    const QString project = m_work.filePath(QStringLiteral("refresh-sample.segmenta"));
    auto r = Test::runCli(warehouseImport(QStringLiteral("demo")) << QStringLiteral("--max-customers")
                                                                  << QStringLiteral("500") << QStringLiteral("-o") << project);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList first = summaryRows(load(project)).keys();
    QCOMPARE(first.size(), 500);

    r = Test::runCli({QStringLiteral("refresh"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(summaryRows(load(project)).keys(), first);

    // Another seed, another sample, kept by the next refresh.
    r = Test::runCli({QStringLiteral("refresh"), project, QStringLiteral("--sample-seed"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList second = summaryRows(load(project)).keys();
    QCOMPARE(second.size(), 500);
    QVERIFY(second != first);
    r = Test::runCli({QStringLiteral("refresh"), project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(summaryRows(load(project)).keys(), second);

    // No limit: every customer, and no sample recorded.
    r = Test::runCli({QStringLiteral("refresh"), project, QStringLiteral("--max-customers"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Dataset all = load(project);
    QCOMPARE(all.customerCount(), qsizetype(4000));
    QVERIFY(!all.sample);
    r = Test::runCli({QStringLiteral("refresh"), project, QStringLiteral("--max-customers"), QStringLiteral("-3")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCustomerSample)
#include "tst_warehousesample.moc"
