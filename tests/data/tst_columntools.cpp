// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/query/columnprofile.h"
#include "data/query/rowfilter.h"
#include "data/query/roworder.h"
#include "data/stringpool.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <random>

using namespace Segmenta;

Q_DECLARE_METATYPE(std::vector<qint32>)

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

Column numbers(const std::vector<double> &values)
{
    Column c(QStringLiteral("n"), ColumnType::Number);
    c.numbers() = values;
    return c;
}

Column texts(const QStringList &values)
{
    Column c(QStringLiteral("t"), ColumnType::Text);
    for (const QString &v : values)
        c.codes().push_back(v.isEmpty() ? Column::kMissingCode
                                        : c.mutablePool().intern(v.toStdString()));
    return c;
}

Column dates(const QStringList &isoDates)
{
    Column c(QStringLiteral("d"), ColumnType::Date);
    for (const QString &v : isoDates)
        c.days().push_back(v.isEmpty() ? Column::kMissingDate
                                       : Column::toDays(QDate::fromString(v, Qt::ISODate)));
    return c;
}

} // namespace

class TestColumnTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void numberFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<std::vector<qint32>>("rows");
        // values: 5, 100, 100.5, NaN, -3, 1000, 20
        QTest::newRow("equal") << "100" << std::vector<qint32>{1};
        QTest::newRow("greater") << "> 100" << std::vector<qint32>{2, 5};
        QTest::newRow("at least") << ">=100" << std::vector<qint32>{1, 2, 5};
        QTest::newRow("less") << "<5" << std::vector<qint32>{4};
        QTest::newRow("at most") << "<= 5" << std::vector<qint32>{0, 4};
        QTest::newRow("range") << "5..100" << std::vector<qint32>{0, 1, 6};
        QTest::newRow("thousands") << "=1,000" << std::vector<qint32>{5};
        QTest::newRow("money") << "≥ ¥100.5" << std::vector<qint32>{2, 5};
        QTest::newRow("blank") << "blank" << std::vector<qint32>{3};
        QTest::newRow("blank zh") << "空" << std::vector<qint32>{3};
    }
    void numberFilter()
    {
        QFETCH(QString, filter);
        QFETCH(std::vector<qint32>, rows);
        const Column c = numbers({5, 100, 100.5, NaN, -3, 1000, 20});
        const auto f = RowFilter::parse(filter, ColumnType::Number);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().toString()));
        QCOMPARE(f.value().matching(c), rows);
        // Row by row agrees with the vector path.
        std::vector<qint32> one;
        for (qint32 r = 0; r < qint32(c.size()); ++r)
            if (f.value().matches(c, r))
                one.push_back(r);
        QCOMPARE(one, rows);
    }

    void textFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<std::vector<qint32>>("rows");
        // values: Shanghai, 上海市, shanghai pudong, "", Beijing, 上海
        QTest::newRow("contains, any case") << "SHANGHAI" << std::vector<qint32>{0, 2};
        QTest::newRow("exact") << "=shanghai" << std::vector<qint32>{0};
        QTest::newRow("chinese contains") << "上海" << std::vector<qint32>{1, 5};
        QTest::newRow("chinese exact") << "= 上海" << std::vector<qint32>{5};
        QTest::newRow("blank") << "blank" << std::vector<qint32>{3};
        QTest::newRow("nothing") << "Guangzhou" << std::vector<qint32>{};
    }
    void textFilter()
    {
        QFETCH(QString, filter);
        QFETCH(std::vector<qint32>, rows);
        const Column c = texts({QStringLiteral("Shanghai"), QStringLiteral("上海市"),
                                QStringLiteral("shanghai pudong"), QString(),
                                QStringLiteral("Beijing"), QStringLiteral("上海")});
        const auto f = RowFilter::parse(filter, ColumnType::Text);
        QVERIFY(f.ok());
        QCOMPARE(f.value().matching(c), rows);
        // Filtering a subset keeps only rows of the subset.
        const std::vector<qint32> subset{5, 0, 4};
        std::vector<qint32> expected;
        for (qint32 r : subset)
            if (std::find(rows.begin(), rows.end(), r) != rows.end())
                expected.push_back(r);
        QCOMPARE(f.value().matching(c, &subset), expected);
    }

    void dateFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<std::vector<qint32>>("rows");
        // 2023-12-31, 2024-01-01, 2024-03-05, "", 2024-03-31, 2025-01-01
        QTest::newRow("day iso") << "2024-03-05" << std::vector<qint32>{2};
        QTest::newRow("day slashes") << "2024/3/5" << std::vector<qint32>{2};
        QTest::newRow("day chinese") << "2024年3月5日" << std::vector<qint32>{2};
        QTest::newRow("month") << "2024-03" << std::vector<qint32>{2, 4};
        QTest::newRow("year") << "2024" << std::vector<qint32>{1, 2, 4};
        QTest::newRow("after month") << "> 2024-03" << std::vector<qint32>{5};
        QTest::newRow("before year") << "< 2024" << std::vector<qint32>{0};
        QTest::newRow("range") << "2024-01-01..2024-03-05" << std::vector<qint32>{1, 2};
        QTest::newRow("blank") << "blank" << std::vector<qint32>{3};
    }
    void dateFilter()
    {
        QFETCH(QString, filter);
        QFETCH(std::vector<qint32>, rows);
        const Column c = dates({QStringLiteral("2023-12-31"), QStringLiteral("2024-01-01"),
                                QStringLiteral("2024-03-05"), QString(),
                                QStringLiteral("2024-03-31"), QStringLiteral("2025-01-01")});
        const auto f = RowFilter::parse(filter, ColumnType::Date);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().toString()));
        QCOMPARE(f.value().matching(c), rows);
    }

    // Dates in every form import reads (DateParser), all-numeric ones in the column's order.
    void dateFilterFormats_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<std::vector<qint32>>("rows");
        const int unknown = int(DateOrder::Unknown), dmy = int(DateOrder::DayMonthYear),
                  mdy = int(DateOrder::MonthDayYear);
        // 2024-03-05, 2024-05-03, 2024-03-25, ""
        QTest::newRow("iso") << "2024-03-05" << unknown << true << std::vector<qint32>{0};
        QTest::newRow("year first, slashes") << "2024/3/5" << dmy << true << std::vector<qint32>{0};
        QTest::newRow("year first, dots") << "2024.03.05" << mdy << true << std::vector<qint32>{0};
        QTest::newRow("年月日") << "2024年3月5日" << unknown << true << std::vector<qint32>{0};
        QTest::newRow("年月号") << "2024年3月5号" << unknown << true << std::vector<qint32>{0};
        QTest::newRow("yyyymmdd") << "20240305" << unknown << true << std::vector<qint32>{0};
        QTest::newRow("with a time") << "2024-03-05 08:30" << unknown << true
                                     << std::vector<qint32>{0};
        QTest::newRow("day first") << "5/3/2024" << dmy << true << std::vector<qint32>{0};
        QTest::newRow("month first") << "5/3/2024" << mdy << true << std::vector<qint32>{1};
        QTest::newRow("day first, dots") << "05.03.2024" << dmy << true << std::vector<qint32>{0};
        QTest::newRow("two-digit year") << "5/3/24" << dmy << true << std::vector<qint32>{0};
        QTest::newRow("only one reading") << "25/3/2024" << unknown << true
                                          << std::vector<qint32>{2};
        QTest::newRow("only one reading, month first") << "3/25/2024" << unknown << true
                                                       << std::vector<qint32>{2};
        QTest::newRow("after, day first") << "> 5/3/2024" << dmy << true
                                          << std::vector<qint32>{1, 2};
        QTest::newRow("range, day first") << "1/3/2024..31/3/2024" << dmy << true
                                          << std::vector<qint32>{0, 2};
        QTest::newRow("ambiguous without an order") << "5/3/2024" << unknown << false
                                                    << std::vector<qint32>{};
        QTest::newRow("no such day in the order") << "30/2/2024" << dmy << false
                                                  << std::vector<qint32>{};
        QTest::newRow("month first, day 25 as month") << "25/3/2024" << mdy << false
                                                      << std::vector<qint32>{};
    }
    void dateFilterFormats()
    {
        QFETCH(QString, filter);
        QFETCH(int, order);
        QFETCH(bool, valid);
        QFETCH(std::vector<qint32>, rows);
        const Column c = dates({QStringLiteral("2024-03-05"), QStringLiteral("2024-05-03"),
                                QStringLiteral("2024-03-25"), QString()});
        const auto f = RowFilter::parse(filter, ColumnType::Date, DateOrder(order));
        QCOMPARE(f.ok(), valid);
        if (!valid) {
            QVERIFY(f.error().toString().contains(filter));
            return;
        }
        QCOMPARE(f.value().matching(c), rows);
    }

    void badFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("type");
        QTest::newRow("word for number") << "many" << int(ColumnType::Number);
        QTest::newRow("reversed range") << "20..5" << int(ColumnType::Number);
        QTest::newRow("bad date") << "2024-02-30" << int(ColumnType::Date);
        QTest::newRow("number for date") << "> 12.5" << int(ColumnType::Date);
    }
    void badFilters()
    {
        QFETCH(QString, filter);
        QFETCH(int, type);
        const auto f = RowFilter::parse(filter, ColumnType(type));
        QVERIFY(!f.ok());
        QVERIFY(f.error().toString().contains(filter.trimmed()));
    }

    void sortNumbers_data()
    {
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<std::vector<qint32>>("order");
        // 5, NaN, 2, 5, -1: equal values keep row order, missing last both ways
        QTest::newRow("ascending") << true << std::vector<qint32>{4, 2, 0, 3, 1};
        QTest::newRow("descending") << false << std::vector<qint32>{0, 3, 2, 4, 1};
    }
    void sortNumbers()
    {
        QFETCH(bool, ascending);
        QFETCH(std::vector<qint32>, order);
        const Column c = numbers({5, NaN, 2, 5, -1});
        QCOMPARE(RowOrder::sorted(c, ascending), order);
    }

    void sortText()
    {
        // Numeric collation: A2 before A10; missing last.
        const Column c = texts({QStringLiteral("A10"), QString(), QStringLiteral("A2"),
                                QStringLiteral("b"), QStringLiteral("A1")});
        QCOMPARE(RowOrder::sorted(c, true), (std::vector<qint32>{4, 2, 0, 3, 1}));
        QCOMPARE(RowOrder::sorted(c, false), (std::vector<qint32>{3, 0, 2, 4, 1}));
        const std::vector<qint32> subset{3, 1, 0};
        QCOMPARE(RowOrder::sorted(c, true, &subset), (std::vector<qint32>{0, 3, 1}));
    }

    void sortLarge()
    {
        // A random column: the result is a permutation and is ordered.
        std::mt19937 random(7);
        std::vector<double> values(200000);
        for (double &v : values)
            v = (random() % 10 == 0) ? NaN : double(random() % 1000);
        const Column c = numbers(values);
        const auto order = RowOrder::sorted(c, true);
        QCOMPARE(order.size(), values.size());
        std::vector<char> seen(values.size(), 0);
        for (size_t i = 0; i < order.size(); ++i) {
            QVERIFY(!seen[size_t(order[i])]);
            seen[size_t(order[i])] = 1;
            if (i > 0) {
                const double a = values[size_t(order[i - 1])], b = values[size_t(order[i])];
                QVERIFY(std::isnan(b) || (!std::isnan(a) && (a < b || (a == b && order[i - 1] < order[i]))));
            }
        }
    }

    void profileNumbers()
    {
        // 1..100 and one huge value: the histogram range stops at the 99th percentile and the
        // last bin holds the overflow.
        std::vector<double> values;
        for (int i = 1; i <= 100; ++i)
            values.push_back(i);
        values.push_back(1e6);
        values.push_back(NaN);
        const ColumnProfile p = ColumnProfile::compute(numbers(values), 10);
        QCOMPARE(p.rows, 102);
        QCOMPARE(p.missing, 1);
        QCOMPARE(p.min, 1.0);
        QCOMPARE(p.max, 1e6);
        QVERIFY(qFuzzyCompare(p.mean, (5050 + 1e6) / 101));
        QVERIFY(p.hasOverflow);
        QCOMPARE(p.histogram.size(), size_t(10));
        qint64 total = 0;
        for (const auto &bin : p.histogram)
            total += bin.count;
        QCOMPARE(total, 101);
        QCOMPARE(p.histogram.back().from, p.overflowFrom);
        QVERIFY(p.histogram.back().count >= 1);
        QVERIFY(p.overflowFrom < 1e6 && p.overflowFrom >= 99);
    }

    void profileWholeNumbers()
    {
        // Quantities 1..4: one bin per value.
        const ColumnProfile p = ColumnProfile::compute(numbers({1, 2, 2, 4, 4, 4}), 20);
        QCOMPARE(p.histogram.size(), size_t(4));
        QCOMPARE(p.histogram[0].count, 1);
        QCOMPARE(p.histogram[1].count, 2);
        QCOMPARE(p.histogram[2].count, 0);
        QCOMPARE(p.histogram[3].count, 3);
        QVERIFY(!p.hasOverflow);
    }

    void profileText()
    {
        const Column c = texts({QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("上海"),
                                QString(), QStringLiteral("广州"), QStringLiteral("上海"),
                                QStringLiteral("北京")});
        const ColumnProfile p = ColumnProfile::compute(c, 20, 2);
        QCOMPARE(p.missing, 1);
        QCOMPARE(p.distinct, 3);
        QCOMPARE(p.top.size(), size_t(2));
        QCOMPARE(p.top[0].text, QStringLiteral("上海"));
        QCOMPARE(p.top[0].count, 3);
        QCOMPARE(p.top[1].text, QStringLiteral("北京"));
        QCOMPARE(p.otherCount, 1);
    }

    void profileSubset()
    {
        const Column c = numbers({1, 2, 3, 4});
        const std::vector<qint32> rows{1, 3};
        const ColumnProfile p = ColumnProfile::compute(c, 20, 10, &rows);
        QCOMPARE(p.rows, 2);
        QCOMPARE(p.mean, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestColumnTools)
#include "tst_columntools.moc"
