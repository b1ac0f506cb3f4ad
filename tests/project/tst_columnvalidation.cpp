// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of columns read from a project (ColumnValidation) at their boundaries: they run as
// one min/max pass over millions of values on every open, and must refuse exactly what the
// value-by-value checks refused.
#include "project/columnvalidation.h"

#include <QDate>
#include <QTest>

#include <limits>

using namespace Segmenta;

class TestColumnValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<std::vector<qint32>>("codes");
        QTest::addColumn<bool>("allowMissing");
        QTest::addColumn<bool>("valid");
        // A pool of 3 strings.
        QTest::newRow("none") << std::vector<qint32>{} << false << true;
        QTest::newRow("every code") << std::vector<qint32>{2, 0, 1} << false << true;
        QTest::newRow("missing allowed") << std::vector<qint32>{0, -1, 2} << true << true;
        QTest::newRow("missing refused") << std::vector<qint32>{0, -1, 2} << false << false;
        QTest::newRow("the pool's size") << std::vector<qint32>{0, 3, 1} << true << false;
        QTest::newRow("below missing") << std::vector<qint32>{0, -2, 1} << true << false;
        QTest::newRow("most negative, last")
            << std::vector<qint32>{0, 1, 2, 0, 1, 2, 0, 1, 2, std::numeric_limits<qint32>::min()}
            << true << false;
        QTest::newRow("largest, among many")
            << [] { std::vector<qint32> v(1000, 1); v[517] = std::numeric_limits<qint32>::max(); return v; }()
            << true << false;
        QTest::newRow("missing refused, in a block")
            << [] { std::vector<qint32> v(33, 2); v[16] = -1; return v; }() << false << false;
        QTest::newRow("missing allowed, in every block")
            << [] { std::vector<qint32> v(70, -1); v[3] = 0; return v; }() << true << true;
    }
    void codes()
    {
        QFETCH(std::vector<qint32>, codes);
        QFETCH(bool, allowMissing);
        QFETCH(bool, valid);
        const Status st = ColumnValidation::checkCodes(QStringLiteral("id"), codes, 3, allowMissing);
        QCOMPARE(bool(st), valid);
    }

    void days_data()
    {
        QTest::addColumn<std::vector<qint32>>("days");
        QTest::addColumn<bool>("valid");
        const qint32 first = Column::toDays(QDate(1, 1, 1));
        const qint32 last = Column::toDays(QDate(9999, 12, 31));
        const qint32 today = Column::toDays(QDate(2026, 12, 6));
        QTest::newRow("none") << std::vector<qint32>{} << true;
        QTest::newRow("only missing") << std::vector<qint32>{Column::kMissingDate} << true;
        QTest::newRow("first and last calendar days")
            << std::vector<qint32>{today, first, Column::kMissingDate, last} << true;
        QTest::newRow("before the calendar") << std::vector<qint32>{today, first - 1} << false;
        QTest::newRow("after the calendar") << std::vector<qint32>{last + 1, today} << false;
        QTest::newRow("before the calendar, in a block")
            << [&] { std::vector<qint32> v(40, today); v[20] = first - 1; return v; }() << false;
        QTest::newRow("one above missing")
            << std::vector<qint32>{today, Column::kMissingDate + 1, Column::kMissingDate} << false;
    }
    void days()
    {
        QFETCH(std::vector<qint32>, days);
        QFETCH(bool, valid);
        Column column(QStringLiteral("order_date"), ColumnType::Date);
        column.days() = days;
        QCOMPARE(bool(ColumnValidation::checkColumn(column, qint64(days.size()))), valid);
    }

    void poolOffsets_data()
    {
        QTest::addColumn<std::vector<quint64>>("offsets");
        QTest::addColumn<bool>("valid");
        // Over 6 bytes.
        QTest::newRow("three strings") << std::vector<quint64>{0, 1, 3, 6} << true;
        QTest::newRow("an empty string") << std::vector<quint64>{0, 2, 2, 6} << true;
        QTest::newRow("decreasing, last") << std::vector<quint64>{0, 2, 4, 6, 5} << false;
        QTest::newRow("decreasing, first") << std::vector<quint64>{0, 3, 1, 6} << false;
        QTest::newRow("past the bytes") << std::vector<quint64>{0, 3, 7} << false;
    }
    void poolOffsets()
    {
        QFETCH(std::vector<quint64>, offsets);
        QFETCH(bool, valid);
        const std::vector<char> bytes{'a', 'b', 'c', 'd', 'e', 'f'};
        QCOMPARE(bool(ColumnValidation::checkPool(QStringLiteral("id"), bytes, offsets)), valid);
    }
};

QTEST_GUILESS_MAIN(TestColumnValidation)
#include "tst_columnvalidation.moc"
