// SPDX-License-Identifier: GPL-3.0-or-later
// Lines that would give silently wrong results are rejected with their reason: a line in
// another encoding than the rest of the file, and dates no real order has (placeholders such
// as 9999-12-31, dates before 1900 or far after the import day).
#include "import/tableimporter.h"
#include "testsupport.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Segmenta;
using namespace Qt::StringLiterals;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// The text of the customer column's rows, in order.
QStringList customers(const Table &table)
{
    const Column *c = table.find(Role::Customer);
    QStringList out;
    for (qint32 code : c->codes())
        out.append(c->pool().text(code));
    return out;
}

} // namespace

class TestImportRejections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mixedEncodings_data();
    void mixedEncodings();
    void headerInOtherEncoding_data();
    void headerInOtherEncoding();
    void implausibleDates_data();
    void implausibleDates();

private:
    QTemporaryDir m_dir;
};

void TestImportRejections::mixedEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("loaded");
    QTest::addColumn<QList<qint64>>("rejectedLines");

    const QByteArray header = "客户,日期,金额\n";
    QTest::newRow("utf-8 with one gb18030 line")
        << QByteArray(header + "张三,2024-03-05,10\n李四,2024-03-06,20\n" + gb18030(u"王五,2024-03-07,30\n"_s)
                      + "赵六,2024-03-08,40\n")
        << u"UTF-8"_s << QStringList{u"张三"_s, u"李四"_s, u"赵六"_s} << QList<qint64>{4};
    QTest::newRow("gb18030 line last")
        << QByteArray(header + "张三,2024-03-05,10\n李四,2024-03-06,20\n" + gb18030(u"王五,2024-03-07,30"_s))
        << u"UTF-8"_s << QStringList{u"张三"_s, u"李四"_s} << QList<qint64>{4};
    QTest::newRow("gb18030 header only")
        << QByteArray(gb18030(u"客户,日期,金额\n"_s) + "c1,2024-03-05,10\nc2,2024-03-06,20\n")
        << u"GB18030"_s << QStringList{u"c1"_s, u"c2"_s} << QList<qint64>{};
    // A 3-byte sequence cut by the end of the file: the last line is not UTF-8 either.
    QTest::newRow("cut sequence at the end")
        << QByteArray("customer,date,amount\nc1,2024-03-05,10\nc2,2024-03-06,20\n\xE5")
        << u"UTF-8"_s << QStringList{u"c1"_s, u"c2"_s} << QList<qint64>{4};
    QTest::newRow("cut sequence ending a line")
        << QByteArray("customer,date,amount\n张三,2024-03-05,10\nc2,2024-03-06,20\nc3,2024-03-07,5\xE5\xBC")
        << u"UTF-8"_s << QStringList{u"张三"_s, u"c2"_s} << QList<qint64>{4};
    QTest::newRow("cut sequence after ascii")
        << QByteArray("customer,date,amount\nc1,2024-03-05,10\nc2,2024-03-06,2\xE5\xBC")
        << u"UTF-8"_s << QStringList{u"c1"_s} << QList<qint64>{3};
    QTest::newRow("pure gb18030")
        << gb18030(u"客户,日期,金额\n张三,2024-03-05,10\n李四,2024-03-06,20\n"_s)
        << u"GB18030"_s << QStringList{u"张三"_s, u"李四"_s} << QList<qint64>{};
}

void TestImportRejections::mixedEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QStringList, loaded);
    QFETCH(QList<qint64>, rejectedLines);
    const QString path = m_dir.filePath(u"orders.csv"_s);
    QVERIFY(Test::writeBytes(path, bytes));
    TableImportOptions o;
    o.path = path;
    o.importDay = QDate(2024, 6, 30);
    auto result = TableImporter::run(o);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const TableImportReport &r = result->report;
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(customers(result->table), loaded);
    QVERIFY(r.countsAddUp());
    QCOMPARE(r.rejected, rejectedLines.size());
    for (qsizetype i = 0; i < rejectedLines.size(); ++i) {
        QCOMPARE(r.rejections[i].line, rejectedLines[i]);
        QCOMPARE(r.rejections[i].reason.toString(),
                 u"Line %1 is not valid UTF-8 (the file is read as UTF-8)."_s.arg(rejectedLines[i]));
    }
}

void TestImportRejections::headerInOtherEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("readAs");

    const QString header = u"客户,日期,金额\n"_s;
    const QString lines = u"张三,2024-03-05,10\n李四,2024-03-06,20\n"_s;
    QTest::newRow("gb18030 header, utf-8 lines")
        << QByteArray(gb18030(header) + lines.toUtf8()) << qint64(1) << u"UTF-8"_s;
    QTest::newRow("utf-8 header, gb18030 lines")
        << QByteArray(header.toUtf8() + gb18030(lines)) << qint64(1) << u"GB18030"_s;
    QTest::newRow("gb18030 header, one utf-8 line")
        << QByteArray(gb18030(header) + "张三,2024-03-05,10\nc2,2024-03-06,20\n") << qint64(1)
        << u"UTF-8"_s;
    QTest::newRow("utf-8 header, one gb18030 line")
        << QByteArray(header.toUtf8() + gb18030(u"张三,2024-03-05,10\n"_s) + "c2,2024-03-06,20\n")
        << qint64(1) << u"GB18030"_s;
    QTest::newRow("blank lines first")
        << QByteArray("\n\n" + gb18030(header) + lines.toUtf8()) << qint64(3) << u"UTF-8"_s;
}

// A header in another encoding than its lines is said, never read into garbled column names.
void TestImportRejections::headerInOtherEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(QString, readAs);
    const QString path = m_dir.filePath(u"header.csv"_s);
    QVERIFY(Test::writeBytes(path, bytes));
    TableImportOptions o;
    o.path = path;
    o.importDay = QDate(2024, 6, 30);
    auto result = TableImporter::run(o);
    QVERIFY2(!result.ok(), "imported with a header in another encoding");
    QCOMPARE(result.error().code(), "header-encoding");
    QCOMPARE(result.errorString(),
             u"The header (line %1) of “header.csv” is in another encoding than the lines below "
             "it, which are read as %2: its column names would be garbled. Save the file in one "
             "encoding and import it again."_s.arg(line).arg(readAs));
}

void TestImportRejections::implausibleDates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("neighbours"); // the dates of the lines before and after
    QTest::addColumn<bool>("accepted");
    // The import day is 2024-06-30: dates up to 2025-06-30 are accepted.
    const QStringList iso{u"2024-03-05"_s, u"2024-03-07"_s};
    const QStringList dotted{u"25.03.2024"_s, u"27.03.2024"_s}; // day first, unambiguous
    const QStringList slashed{u"3/25/2024"_s, u"3/27/2024"_s};
    QTest::newRow("placeholder 9999-12-31") << u"9999-12-31"_s << iso << false;
    QTest::newRow("1899-12-31") << u"1899-12-31"_s << iso << false;
    QTest::newRow("1900-01-01") << u"1900-01-01"_s << iso << true;
    QTest::newRow("a year after the import") << u"2025-06-30"_s << iso << true;
    QTest::newRow("a day later") << u"2025-07-01"_s << iso << false;
    QTest::newRow("far future") << u"2099-01-01"_s << iso << false;
    QTest::newRow("yyyymmdd") << u"20991231"_s << iso << false;
    QTest::newRow("chinese") << u"1899年12月31日"_s << iso << false;
    QTest::newRow("with time") << u"9999-12-31 23:59:59"_s << iso << false;
    // Every format the parser knows gives the range's reason, not "not a date".
    QTest::newRow("dotted placeholder") << u"31.12.9999"_s << dotted << false;
    QTest::newRow("dotted before 1900") << u"31.12.1899"_s << dotted << false;
    QTest::newRow("dotted far future") << u"31.12.2099"_s << dotted << false;
    QTest::newRow("dotted among iso") << u"31.12.9999"_s << iso << false;
    QTest::newRow("dotted accepted") << u"26.03.2024"_s << dotted << true;
    QTest::newRow("us placeholder") << u"12/31/9999"_s << slashed << false;
    QTest::newRow("us placeholder among iso") << u"12/31/9999"_s << iso << false;
    QTest::newRow("iso placeholder among dotted") << u"9999-12-31"_s << dotted << false;
}

void TestImportRejections::implausibleDates()
{
    QFETCH(QString, date);
    QFETCH(QStringList, neighbours);
    QFETCH(bool, accepted);
    const QString path = m_dir.filePath(u"dates.csv"_s);
    QVERIFY(Test::writeBytes(path, u"customer,date,amount\nc1,%2,10\nc2,%1,20\nc3,%3,30\n"_s
                                      .arg(date, neighbours[0], neighbours[1]).toUtf8()));
    TableImportOptions o;
    o.path = path;
    o.importDay = QDate(2024, 6, 30);
    auto result = TableImporter::run(o);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const TableImportReport &r = result->report;
    QVERIFY(r.countsAddUp());
    if (accepted) {
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.loaded, 3);
        return;
    }
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.loaded, 2);
    QCOMPARE(customers(result->table), (QStringList{u"c1"_s, u"c3"_s}));
    QCOMPARE(r.rejections[0].line, 3);
    QCOMPARE(r.rejections[0].column, u"date"_s);
    QCOMPARE(r.rejections[0].reason.toString(),
             u"“%1” is outside the dates accepted (1900-01-01 to 2025-06-30): a placeholder or a "
             "typing error."_s.arg(date));
}

QTEST_GUILESS_MAIN(TestImportRejections)
#include "tst_importrejections.moc"
