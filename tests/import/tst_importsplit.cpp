// SPDX-License-Identifier: GPL-3.0-or-later
// A transactions file large enough (over 16 MB) to be read in two stretches on two cores and
// merged: every value, rejection and line number is checked against the generator below, so
// a row lost, doubled or mis-coded at the seam, or a pool merged wrongly, fails.
#include "import/datasetimporter.h"
#include "import/tableimporter.h"
#include "testsupport.h"

#include <QDate>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;

namespace {

constexpr int kLines = 460000; // about 20 MB
const QDate kFirstDay(2021, 1, 1);

// Line i (0-based data line, file line i + 2): customer, order, date d/M/yyyy, amount, channel.
// Dates: the first half of the file only has days 1-12, so it cannot tell day-first from
// month-first; the second half can (day 13 and later), and the merged column must decide dmy.
QDate dateOf(int i)
{
    const int day = i < kLines / 2 ? 1 + i % 12 : 1 + i % 28;
    return QDate(2021 + i % 3, 1 + (i / 7) % 12, day);
}
bool wrongWidth(int i) { return i % 10007 == 5; }
bool badAmount(int i) { return i % 7919 == 11; }
QByteArray customerOf(int i) { return "C" + QByteArray::number((qint64(i) * 7919) % 50021); }
QByteArray orderOf(int i) { return "O" + QByteArray::number(i / 3); }
double amountOf(int i) { return double(i % 1000) + 0.25; }
QByteArray channelOf(int i)
{
    static const QByteArray channels[] = {"门店", "\"online, app\"", "电商平台", "phone"};
    return channels[i % 4];
}

QByteArray generate()
{
    QByteArray csv = "customer_id,order_id,order_date,amount,channel\n";
    csv.reserve(kLines * 50);
    for (int i = 0; i < kLines; ++i) {
        const QDate d = dateOf(i);
        csv += customerOf(i) + ',' + orderOf(i) + ',' + QByteArray::number(d.day()) + '/'
               + QByteArray::number(d.month()) + '/' + QByteArray::number(d.year()) + ','
               + (badAmount(i) ? QByteArray("n/a?") : QByteArray::number(amountOf(i), 'f', 2));
        if (!wrongWidth(i))
            csv += ',' + channelOf(i);
        csv += '\n';
    }
    return csv;
}

} // namespace

class TestImportSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRowOnce();
};

void TestImportSplit::everyRowOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    const QByteArray csv = generate();
    QVERIFY(csv.size() > 17 << 20);
    Test::writeBytes(path, csv);
    TableImportOptions o;
    o.path = path;
    o.kind = TableKind::Transactions;
    auto result = TableImporter::run(o);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const TableImportReport &r = result->report;

    QList<qint64> expectedRejected;
    for (int i = 0; i < kLines; ++i)
        if (wrongWidth(i) || badAmount(i))
            expectedRejected.append(i + 2);
    QCOMPARE(r.lines, qint64(kLines));
    QCOMPARE(r.rejected, qint64(expectedRejected.size()));
    QCOMPARE(r.loaded, qint64(kLines - expectedRejected.size()));
    QCOMPARE(r.blank, 0);
    QList<qint64> rejectedLines;
    for (const RejectedLine &line : r.rejections)
        rejectedLines.append(line.line);
    std::sort(rejectedLines.begin(), rejectedLines.end());
    QCOMPARE(rejectedLines, expectedRejected);
    QCOMPARE(r.dateOrders.value(QStringLiteral("order_date")), QStringLiteral("dmy"));

    const Table &t = result->table;
    QCOMPARE(t.rowCount(), r.loaded);
    const Column *customer = t.find(Role::Customer);
    const Column *order = t.find(Role::Order);
    const Column *date = t.find(Role::Date);
    const Column *amount = t.find(Role::Amount);
    const Column *channel = t.find(Role::Channel);
    QVERIFY(customer && order && date && amount && channel);
    qsizetype row = 0;
    QSet<QByteArray> customers;
    for (int i = 0; i < kLines; ++i) {
        if (wrongWidth(i) || badAmount(i))
            continue;
        customers.insert(customerOf(i));
        const std::string_view id = customer->pool().view(customer->codes()[size_t(row)]);
        if (QByteArray(id.data(), qsizetype(id.size())) != customerOf(i)
            || order->text(row) != QString::fromLatin1(orderOf(i))
            || date->date(row) != dateOf(i) || amount->number(row) != amountOf(i)
            || channel->text(row) != QString::fromUtf8(channelOf(i)).remove(u'"'))
            QFAIL(qPrintable(QStringLiteral("row %1 (line %2) differs").arg(row).arg(i + 2)));
        ++row;
    }
    // Each distinct text once in its pool, merged across the two stretches.
    QCOMPARE(customer->pool().size(), qint32(customers.size()));
    QCOMPARE(channel->pool().size(), 4);
    QCOMPARE(order->pool().find("O1"), order->codes()[3]); // the index is rebuilt on demand
}

QTEST_GUILESS_MAIN(TestImportSplit)
#include "tst_importsplit.moc"
