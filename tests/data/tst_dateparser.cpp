// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/column.h"
#include "data/parse/dateparser.h"

#include <QTest>

using namespace Segmenta;

namespace {
QString resolveText(const QString &text, DateOrder order, bool serial = false, bool excel1904 = false)
{
    const QByteArray utf8 = text.toUtf8();
    const DateToken t = DateParser::tokenize(std::string_view(utf8.constData(), size_t(utf8.size())), serial);
    const auto r = DateParser::resolve(t, order, excel1904);
    if (!r)
        return QStringLiteral("invalid");
    QString out = Column::fromDays(r->days).toString(Qt::ISODate);
    if (r->seconds >= 0)
        out += u' ' + QTime::fromMSecsSinceStartOfDay(r->seconds * 1000).toString(QStringLiteral("HH:mm:ss"));
    return out;
}

std::vector<DateToken> tokens(const QStringList &texts)
{
    std::vector<DateToken> out;
    for (const QString &t : texts) {
        const QByteArray u = t.toUtf8();
        out.push_back(DateParser::tokenize(std::string_view(u.constData(), size_t(u.size()))));
    }
    return out;
}
} // namespace

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void serials_data();
    void serials();
    void dottedBesideSerials_data();
    void dottedBesideSerials();
    void columnOrder_data();
    void columnOrder();
    void explicitFormat_data();
    void explicitFormat();
};

void TestDateParser::formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expected");
    const int any = int(DateOrder::Unknown);
    const int dmy = int(DateOrder::DayMonthYear);
    const int mdy = int(DateOrder::MonthDayYear);
    const int ymd = int(DateOrder::YearMonthDay);

    QTest::newRow("iso") << "2024-03-05" << any << "2024-03-05";
    QTest::newRow("iso slashes") << "2024/3/5" << any << "2024-03-05";
    QTest::newRow("iso dots") << "2024.03.05" << any << "2024-03-05";
    QTest::newRow("chinese") << "2024年3月5日" << any << "2024-03-05";
    QTest::newRow("chinese padded") << "2024年03月05日" << any << "2024-03-05";
    QTest::newRow("chinese hao") << "2024年3月5号" << any << "2024-03-05";
    QTest::newRow("chinese with time") << "2024年3月5日 14:30" << any << "2024-03-05 14:30:00";
    QTest::newRow("yyyymmdd") << "19970101" << any << "1997-01-01";
    QTest::newRow("yyyymmdd invalid") << "19971301" << any << "invalid";
    QTest::newRow("dotted dmy") << "05.03.2024" << dmy << "2024-03-05";
    QTest::newRow("slash dmy") << "5/3/2024" << dmy << "2024-03-05";
    QTest::newRow("slash mdy") << "5/3/2024" << mdy << "2024-05-03";
    QTest::newRow("dash dmy") << "05-03-2024" << dmy << "2024-03-05";
    QTest::newRow("two-digit year") << "5/3/24" << dmy << "2024-03-05";
    QTest::newRow("two-digit year 1990s") << "5/3/97" << dmy << "1997-03-05";
    QTest::newRow("ymd two-digit") << "24/03/05" << ymd << "2024-03-05";
    QTest::newRow("unknown order") << "5/3/2024" << any << "invalid";
    QTest::newRow("iso datetime") << "2010-12-01 08:26:00" << any << "2010-12-01 08:26:00";
    QTest::newRow("iso T") << "2010-12-01T08:26:00Z" << any << "2010-12-01 08:26:00";
    QTest::newRow("iso offset") << "2010-12-01T08:26:00+08:00" << any << "2010-12-01 08:26:00";
    QTest::newRow("us datetime") << "12/1/2010 8:26" << mdy << "2010-12-01 08:26:00";
    QTest::newRow("pm") << "12/1/2010 8:26 PM" << mdy << "2010-12-01 20:26:00";
    QTest::newRow("12 am") << "12/1/2010 12:05 AM" << mdy << "2010-12-01 00:05:00";
    QTest::newRow("leap day") << "2024-02-29" << any << "2024-02-29";
    QTest::newRow("not leap") << "2023-02-29" << any << "invalid";
    QTest::newRow("month 13") << "2024-13-01" << any << "invalid";
    QTest::newRow("text") << "yesterday" << any << "invalid";
    QTest::newRow("empty") << "" << any << "invalid";
    QTest::newRow("trailing junk") << "2024-03-05x" << any << "invalid";
    QTest::newRow("plain number is no date") << "45356" << any << "invalid";
}

void TestDateParser::formats()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(QString, expected);
    QCOMPARE(resolveText(text, DateOrder(order)), expected);
}

void TestDateParser::serials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("excel1904");
    QTest::addColumn<QString>("expected");
    // Published anchors: Excel 1900 serial 45356 = 2024-03-05; 25569 = 1970-01-01; 1 = 1900-01-01;
    // 61 = 1900-03-01 (60 is Excel's phantom 1900-02-29). 1904 system: 0 = 1904-01-01.
    QTest::newRow("2024") << "45356" << false << "2024-03-05";
    QTest::newRow("epoch") << "25569" << false << "1970-01-01";
    QTest::newRow("first") << "1" << false << "1900-01-01";
    QTest::newRow("before phantom") << "59" << false << "1900-02-28";
    QTest::newRow("after phantom") << "61" << false << "1900-03-01";
    QTest::newRow("with time") << "45356.5" << false << "2024-03-05 12:00:00";
    QTest::newRow("1904") << "43894" << true << "2024-03-05";
}

void TestDateParser::serials()
{
    QFETCH(QString, text);
    QFETCH(bool, excel1904);
    QFETCH(QString, expected);
    QCOMPARE(resolveText(text, DateOrder::Unknown, true, excel1904), expected);
}

// A date column that may hold Excel serials must still read dotted dates as dates: a
// placeholder such as 31.12.9999 then reaches the date range's check (docs/user/import.md).
void TestDateParser::dottedBesideSerials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expected");
    const int any = int(DateOrder::Unknown);
    const int dmy = int(DateOrder::DayMonthYear);
    QTest::newRow("dotted dmy") << "05.03.2024" << dmy << "2024-03-05";
    QTest::newRow("dotted placeholder") << "31.12.9999" << dmy << "9999-12-31";
    QTest::newRow("dotted short") << "5.3.24" << dmy << "2024-03-05";
    QTest::newRow("dotted with time") << "05.03.2024 14:30" << dmy << "2024-03-05 14:30:00";
    QTest::newRow("serial with fraction") << "45356.5" << any << "2024-03-05 12:00:00";
    QTest::newRow("two points, no date") << "45356.5.1" << any << "invalid";
}

void TestDateParser::dottedBesideSerials()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(QString, expected);
    QCOMPARE(resolveText(text, DateOrder(order), true), expected);
}

void TestDateParser::columnOrder_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("day first evident") << QStringList{"05/03/2024", "25/03/2024"} << int(DateOrder::DayMonthYear) << false;
    QTest::newRow("month first evident") << QStringList{"05/03/2024", "03/25/2024"} << int(DateOrder::MonthDayYear) << false;
    QTest::newRow("cannot tell") << QStringList{"05/03/2024", "01/02/2024"} << int(DateOrder::Unknown) << false;
    QTest::newRow("same day and month") << QStringList{"05/05/2024", "01/01/2024"} << int(DateOrder::DayMonthYear) << false;
    QTest::newRow("iso only") << QStringList{"2024-03-05"} << int(DateOrder::YearMonthDay) << false;
    QTest::newRow("mostly day first") << QStringList{"25/03/2024", "26/03/2024", "13/13/2024"} << int(DateOrder::DayMonthYear) << true;
}

void TestDateParser::columnOrder()
{
    QFETCH(QStringList, values);
    QFETCH(int, order);
    QFETCH(bool, conflict);
    bool c = false;
    QCOMPARE(int(DateParser::decideOrder(tokens(values), &c)), order);
    QCOMPARE(c, conflict);
}

void TestDateParser::explicitFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("yyyyMMdd") << "19970325" << "yyyyMMdd" << "1997-03-25";
    QTest::newRow("dd/MM/yyyy") << "05/03/2024" << "dd/MM/yyyy" << "2024-03-05";
    QTest::newRow("with time") << "05/03/2024 14:01" << "dd/MM/yyyy HH:mm" << "2024-03-05";
    QTest::newRow("mismatch") << "2024-03-05" << "dd/MM/yyyy" << "invalid";
}

void TestDateParser::explicitFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const QByteArray u = text.toUtf8();
    const auto r = DateParser::parseWithFormat(std::string_view(u.constData(), size_t(u.size())), format);
    QCOMPARE(r ? Column::fromDays(r->days).toString(Qt::ISODate) : QStringLiteral("invalid"), expected);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
