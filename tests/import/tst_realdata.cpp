// SPDX-License-Identifier: GPL-3.0-or-later
// The public data sets of ../shared/data: every line accounted for, totals as computed
// independently (Python's csv module with exact decimals) and as published (4,372 customers in
// UCI Online Retail; 23,570 customers and 69,659 purchases in CDNOW).
#include "import/datasetimporter.h"
#include "import/tableimporter.h"
#include "testsupport.h"

#include <QTest>

#include <numeric>

using namespace Segmenta;

class TestRealData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data();
    void files();
    void onlineRetailCancellationsAndReasons();
};

void TestRealData::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<bool>("header");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("loaded");
    QTest::addColumn<qint64>("rejected");
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("lastDate");

    QTest::newRow("cdnow master") << "cdnow/CDNOW_master.txt" << QStringList{} << true
                                  << qint64(69659) << qint64(69659) << qint64(0) << qint64(23570)
                                  << 2500315.63 << "1997-01-01" << "1998-06-30";
    QTest::newRow("cdnow sample") << "cdnow/CDNOW_sample.txt"
                                  << QStringList{"customer=#1", "date=#3", "quantity=#4", "amount=#5"} << false
                                  << qint64(6919) << qint64(6919) << qint64(0) << qint64(2357)
                                  << 244091.94 << "1997-01-01" << "1998-06-30";
    QTest::newRow("online retail") << "online_retail/online_retail.csv.gz" << QStringList{} << true
                                   << qint64(541909) << qint64(406829) << qint64(135080) << qint64(4372)
                                   << 8300065.814 << "2010-12-01" << "2011-12-09";
    QTest::newRow("rfm orders") << "rfm/rfm_data_orders.csv" << QStringList{} << true
                                << qint64(4906) << qint64(4906) << qint64(0) << qint64(995)
                                << 464158.0 << "2001-10-29" << "2006-12-30";
}

void TestRealData::files()
{
    QFETCH(QString, file);
    QFETCH(QStringList, maps);
    QFETCH(bool, header);
    QFETCH(qint64, lines);
    QFETCH(qint64, loaded);
    QFETCH(qint64, rejected);
    QFETCH(qint64, customers);
    QFETCH(double, revenue);
    QFETCH(QString, firstDate);
    QFETCH(QString, lastDate);

    const QString path = Test::sharedData(file);
    if (path.isEmpty())
        QSKIP("../shared/data is not beside the checkout");
    TableImportOptions o;
    o.path = path;
    o.kind = TableKind::Transactions;
    o.hasHeader = header;
    for (const QString &m : maps)
        o.mappings.append(*ColumnMapping::parse(m));
    auto d = DatasetImporter::run(std::nullopt, o);
    QVERIFY2(d.ok(), qPrintable(d.errorString()));
    const TableImportReport &r = d->imports.front();
    QCOMPARE(r.lines, lines);
    QCOMPARE(r.loaded, loaded);
    QCOMPARE(r.rejected, rejected);
    QVERIFY(r.countsAddUp());
    QCOMPARE(qint64(r.rejections.size()), rejected);
    QCOMPARE(qint64(d->customerCount()), customers);
    QCOMPARE(qint64(d->transactionCount()), loaded);

    const auto &amounts = d->transactions.find(Role::Amount)->numbers();
    const double total = std::accumulate(amounts.begin(), amounts.end(), 0.0);
    QVERIFY2(Test::fuzzyEqual(total, revenue, 1e-9), qPrintable(QString::number(total, 'f', 4)));

    const auto &days = d->transactions.find(Role::Date)->days();
    const auto [lo, hi] = std::minmax_element(days.begin(), days.end());
    QCOMPARE(Column::fromDays(*lo).toString(Qt::ISODate), firstDate);
    QCOMPARE(Column::fromDays(*hi).toString(Qt::ISODate), lastDate);
}

void TestRealData::onlineRetailCancellationsAndReasons()
{
    const QString path = Test::sharedData(QStringLiteral("online_retail/online_retail.csv.gz"));
    if (path.isEmpty())
        QSKIP("../shared/data is not beside the checkout");
    TableImportOptions o;
    o.path = path;
    auto t = TableImporter::run(o);
    QVERIFY(t.ok());
    QCOMPARE(t->report.roleColumns.value(QStringLiteral("amount")), QStringLiteral("Quantity × UnitPrice"));
    QCOMPARE(t->report.roleColumns.value(QStringLiteral("order")), QStringLiteral("InvoiceNo"));
    for (const RejectedLine &r : t->report.rejections)
        QCOMPARE(r.reason.toString(), QStringLiteral("The customer id is missing."));
    // Cancellations (invoice starting with C) are kept, as negative lines.
    const Column *order = t->table.find(Role::Order);
    const Column *amount = t->table.find(Role::Amount);
    qint64 cancellations = 0;
    for (qsizetype i = 0; i < t->table.rowCount(); ++i) {
        if (order->text(i).startsWith(u'C')) {
            ++cancellations;
            QVERIFY(amount->number(i) <= 0);
        }
    }
    QCOMPARE(cancellations, 8905);
}

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
