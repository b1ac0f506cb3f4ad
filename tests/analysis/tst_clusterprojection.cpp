// SPDX-License-Identifier: GPL-3.0-or-later
// ClusterProjection, what the clusters page draws: on a hand-built shop of three kinds of
// customer, the profiles add up to the clustered customers and their revenue, the sample is
// capped and the same on every run, and the axes are named after the principal components.
#include "analysis/clusterprojection.h"
#include "analysis/customeranalysis.h"
#include "data/column.h"
#include "data/dataset.h"

#include <QTest>

#include <memory>

using namespace Segmenta;

namespace {

qint32 dayOf(const QString &iso)
{
    return Column::toDays(QDate::fromString(iso, Qt::ISODate));
}

Column textColumn(const QString &name, Role role, const QStringList &values)
{
    Column c(name, ColumnType::Text, role);
    auto pool = std::make_shared<StringPool>();
    for (const QString &v : values) {
        const QByteArray utf8 = v.toUtf8();
        c.codes().push_back(pool->intern({utf8.constData(), size_t(utf8.size())}));
    }
    c.setPool(std::move(pool));
    return c;
}

// Three kinds of customer, kPerKind of each: one small order long ago; a few medium orders
// this year; many large orders in the last weeks.
constexpr int kPerKind = 40;

Dataset shop()
{
    QStringList ids, orderCustomers, orderIds;
    QList<double> amounts;
    Column dates(QStringLiteral("date"), ColumnType::Date, Role::Date);
    for (int kind = 0; kind < 3; ++kind) {
        for (int i = 0; i < kPerKind; ++i) {
            const QString id = QStringLiteral("K%1-%2").arg(kind).arg(i);
            ids << id;
            const int orders = kind == 0 ? 1 : kind == 1 ? 4 + i % 3 : 15 + i % 5;
            for (int k = 0; k < orders; ++k) {
                orderCustomers << id;
                orderIds << QStringLiteral("%1-%2").arg(id).arg(k);
                amounts << (kind == 0 ? 10.0 : kind == 1 ? 80.0 : 600.0) * (1 + (i + k) % 4);
                const QDate last = kind == 0 ? QDate(2022, 3, 1) : kind == 1 ? QDate(2024, 8, 1)
                                                                             : QDate(2024, 12, 20);
                dates.days().push_back(Column::toDays(last.addDays(-7 * k - i % 5)));
            }
        }
    }
    Table customers(TableKind::Customers);
    customers.addColumn(textColumn(QStringLiteral("id"), Role::Customer, ids));
    Table orders(TableKind::Transactions);
    orders.addColumn(textColumn(QStringLiteral("customer"), Role::Customer, orderCustomers));
    orders.addColumn(textColumn(QStringLiteral("order"), Role::Order, orderIds));
    orders.addColumn(std::move(dates));
    Column amount(QStringLiteral("amount"), ColumnType::Number, Role::Amount);
    amount.numbers().assign(amounts.begin(), amounts.end());
    orders.addColumn(std::move(amount));
    return Dataset::link(std::move(customers), std::move(orders));
}

} // namespace

class TestClusterProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profilesAndSample_data();
    void profilesAndSample();
    void nothingWithoutClusters();
    void clustersAddedLaterAreTheSame();

private:
    Dataset m_data;
    std::optional<CustomerAnalysis> m_analysis;
};

void TestClusterProjection::initTestCase()
{
    m_data = shop();
    AnalysisOptions options;
    options.asOfDay = dayOf(QStringLiteral("2025-01-01"));
    options.clusters = true;
    auto analysis = CustomerAnalysis::run(m_data, options);
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorString()));
    m_analysis = analysis.takeValue();
    QVERIFY(m_analysis->clusters.has_value());
}

void TestClusterProjection::profilesAndSample_data()
{
    QTest::addColumn<qint64>("maxPoints");
    QTest::addColumn<qint64>("drawn");
    QTest::newRow("every customer") << qint64(1000) << qint64(3 * kPerKind);
    QTest::newRow("a sample") << qint64(25) << qint64(25);
    QTest::newRow("one point") << qint64(1) << qint64(1);
}

void TestClusterProjection::profilesAndSample()
{
    QFETCH(qint64, maxPoints);
    QFETCH(qint64, drawn);
    const ClusterProjection p = ClusterProjection::compute(*m_analysis, maxPoints);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error.toString()));
    QCOMPARE(p.clustered, 3 * kPerKind);
    QCOMPARE(p.drawn, drawn);
    QVERIFY(p.profiles.size() >= 2);
    QCOMPARE(p.points.size(), p.profiles.size());

    qint64 customers = 0, points = 0;
    double share = 0, revenueShare = 0;
    for (size_t c = 0; c < p.profiles.size(); ++c) {
        customers += p.profiles[c].customers;
        share += p.profiles[c].share;
        revenueShare += p.profiles[c].revenueShare;
        points += qint64(p.points[c].size());
        QVERIFY(qint64(p.points[c].size()) <= p.profiles[c].customers);
    }
    QCOMPARE(customers, p.clustered);
    QCOMPARE(points, p.drawn);
    QVERIFY(qAbs(share - 1.0) < 1e-9);
    QVERIFY(qAbs(revenueShare - 1.0) < 1e-9);

    QCOMPARE(p.axisNames.size(), 2);
    QVERIFY(p.axisNames[0].startsWith(QStringLiteral("PC1 (")));
    QVERIFY(p.axisNames[1].startsWith(QStringLiteral("PC2 (")));
    QVERIFY(p.explained[0] >= p.explained[1]);
    QVERIFY(p.explained[0] + p.explained[1] <= 1.0 + 1e-9);

    // A fixed seed: the same sample, the same picture, every time.
    const ClusterProjection again = ClusterProjection::compute(*m_analysis, maxPoints);
    QCOMPARE(again.points, p.points);
}

void TestClusterProjection::nothingWithoutClusters()
{
    AnalysisOptions options;
    options.asOfDay = dayOf(QStringLiteral("2025-01-01"));
    options.clusters = false;
    auto analysis = CustomerAnalysis::run(m_data, options);
    QVERIFY(analysis.ok());
    const ClusterProjection p = ClusterProjection::compute(*analysis);
    QCOMPARE(p.clustered, 0);
    QCOMPARE(p.drawn, 0);
    QVERIFY(p.profiles.empty());
    QVERIFY(p.error.isEmpty());
}

// The clusters are off by default and added when asked for (CustomerAnalysis::addClusters):
// the same clusters and labels as a run that computed them from the start.
void TestClusterProjection::clustersAddedLaterAreTheSame()
{
    AnalysisOptions options;
    options.asOfDay = dayOf(QStringLiteral("2025-01-01"));
    auto analysis = CustomerAnalysis::run(m_data, options);
    QVERIFY(analysis.ok());
    QVERIFY(!analysis->options.clusters);
    QVERIFY(!analysis->clusters);
    QVERIFY(analysis->addClusters().ok());
    QVERIFY(analysis->options.clusters);
    QVERIFY(analysis->clusters);
    QCOMPARE(analysis->clusters->suggestedK, m_analysis->clusters->suggestedK);
    QCOMPARE(analysis->clusterLabels, m_analysis->clusterLabels);
    QCOMPARE(analysis->toJson(m_data), m_analysis->toJson(m_data));
}

QTEST_GUILESS_MAIN(TestClusterProjection)
#include "tst_clusterprojection.moc"
