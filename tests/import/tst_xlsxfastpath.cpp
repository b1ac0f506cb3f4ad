// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxreader.h"
#include "xlsxtestbook.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Segmenta;
using namespace XlsxTest;

// The fast path of XlsxReader (its byte scanner) gives the records and errors of the
// QXmlStreamReader path, including where it hands over to it in the middle of a sheet.
class TestXlsxFastPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsXmlReader_data();
    void sameAsXmlReader();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

struct Outcome
{
    QString openError;
    Rows rows;
    QString error;
};

Outcome readWith(const QString &file, XlsxReader::Scanning scanning)
{
    Outcome outcome;
    auto reader = XlsxReader::open(file, {}, scanning);
    if (!reader) {
        outcome.openError = reader.errorString();
        return outcome;
    }
    outcome.rows = readAll(**reader);
    outcome.error = (*reader)->error().toString();
    return outcome;
}

QByteArray manyRows(int from, int to)
{
    QByteArray rows;
    for (int i = from; i <= to; ++i) {
        const QByteArray r = QByteArray::number(i);
        rows += "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>客户 " + r
                + "</t></is></c><c r=\"B" + r + "\" s=\"1\"><v>" + QByteArray::number(45000 + i)
                + ".25</v></c><c r=\"C" + r + "\" t=\"s\"><v>" + QByteArray::number(i % 2)
                + "</v></c></row>";
    }
    return rows;
}

} // namespace

void TestXlsxFastPath::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestXlsxFastPath::sameAsXmlReader_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("fails"); // the sheet is reported damaged
    QTest::addColumn<QByteArray>("sharedStrings"); // the <si> elements

    const QByteArray head = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                            R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                            R"(<dimension ref="A1:C9"/><sheetData>)";
    const QByteArray tail = "</sheetData></worksheet>";
    const QByteArray first = manyRows(1, 3);
    // Long enough for several blocks of inflated XML before the part the scanner leaves.
    const QByteArray many = manyRows(1, 20000);

    QTest::newRow("plain") << head + first + tail << false << QByteArray();
    QTest::newRow("CDATA after rows")
        << head + first + R"(<row r="4"><c r="A4" t="str"><v><![CDATA[<x>]]></v></c></row>)" + tail
        << false << QByteArray();
    QTest::newRow("comment far into the sheet")
        << head + many + "<!-- end --><row r=\"20001\"><c r=\"A20001\"><v>1</v></c></row>" + tail
        << false << QByteArray();
    QTest::newRow("line ends in a value")
        << head + first + "<row r=\"4\"><c r=\"A4\" t=\"str\"><v>a\r\nb\rc</v></c></row>" + tail
        << false << QByteArray();
    QTest::newRow("escapes and non-ASCII white space")
        << head + first
               + "<row r=\"4\"><c r=\"A4\" t=\"str\"><v>x_x000D_y</v></c>"
                 "<c r=\"B4\"><v>\xC2\xA0" "12</v></c><c r=\"C4\" t=\"s\"><v>+1</v></c>"
                 "<c r=\"D4\" t=\"b\"><v> 1 </v></c><c r=\"E4\" s=\"+1\"><v>45000</v></c></row>"
               + tail
        << false << QByteArray();
    QTest::newRow("prefixed, declared on the root")
        << QByteArray(R"(<x:worksheet xmlns:x="urn:m"><x:sheetData><x:row r="1"><x:c r="A1">)"
                      R"(<x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>)")
        << false << QByteArray();
    QTest::newRow("DOCTYPE") << "<!DOCTYPE worksheet>" + head.mid(head.indexOf("<worksheet")) + first + tail
                             << false << QByteArray();
    QTest::newRow("no sheetData") << QByteArray("<worksheet><cols/></worksheet>") << false << QByteArray();
    QTest::newRow("mismatched tag far into the sheet")
        << head + many + "<row r=\"20001\"><c><v>1</c></v></row>" + tail << true << QByteArray();
    QTest::newRow("undeclared prefix")
        << head + first + R"(<y:row r="4"/>)" + tail << true << QByteArray();
    QTest::newRow("undeclared entity")
        << head + first + R"(<row r="4"><c r="A4" t="str"><v>&nbsp;</v></c></row>)" + tail << true << QByteArray();
    QTest::newRow("truncated") << head + many << true << QByteArray();
    QTest::newRow("redefined attribute")
        << head + first + R"(<row r="4" r="5"/>)" + tail << true << QByteArray();

    const QByteArray sharedRow = head + R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s">)"
                                        R"(<v>1</v></c><c r="C1" t="s"><v>2</v></c></row>)" + tail;
    const QList<QPair<const char *, QByteArray>> shared = {
        {"shared strings: escapes, rich text", "<si><t>a_x000D_b</t></si><si><r><t>R</t></r>"
             "<rPh><t>x</t></rPh><r><t>ich</t></r></si><si><t>_x005F_x0041_ &amp;</t></si>"},
        {"shared strings: CDATA", "<si><t><![CDATA[<c>]]></t></si><si><t>b</t></si>"},
        {"shared strings: line ends", "<si><t>a\r\nb</t></si><si><t>c</t></si>"},
    };
    for (const auto &[name, strings] : shared)
        QTest::newRow(name) << sharedRow << false << strings;
    QTest::newRow("shared strings: undeclared entity")
        << sharedRow << true << QByteArray("<si><t>&nbsp;</t></si>");
}

void TestXlsxFastPath::sameAsXmlReader()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, fails);
    QFETCH(QByteArray, sharedStrings);

    const QString file = m_dir.filePath(u"fast%1.xlsx"_s.arg(++m_files));
    BookSpec book;
    book.sheets = {{u"Sheet1"_s, xml}};
    book.sharedStrings = sharedStrings.isEmpty() ? "<si><t>a</t></si><si><t>b</t></si>" : sharedStrings;
    QVERIFY(writeBook(file, book));

    const Outcome fast = readWith(file, XlsxReader::Scanning::Fast);
    const Outcome slow = readWith(file, XlsxReader::Scanning::XmlReader);
    QCOMPARE(fast.openError, slow.openError);
    compareRows(fast.rows, slow.rows);
    QCOMPARE(fast.error, slow.error);
    QCOMPARE(!slow.error.isEmpty() || !slow.openError.isEmpty(), fails);
}

QTEST_GUILESS_MAIN(TestXlsxFastPath)
#include "tst_xlsxfastpath.moc"
