// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxsheetscanner.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Segmenta::Xlsx;

// The fast path of the .xlsx reader on its own: what it reads of a sheet's XML and what it leaves
// to QXmlStreamReader ("unsupported"). tst_xlsxreader checks that both paths give the same
// records; here every case is also fed in pieces of 1 and 7 bytes, so that each token straddles
// the end of what was inflated so far.
class TestXlsxSheetScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data();
    void scan();
    void sharedStrings_data();
    void sharedStrings();
    void asciiHelpers_data();
    void asciiHelpers();
};

namespace {

const QByteArray kNamespace = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";

QByteArray sheet(const QByteArray &rows, const QByteArray &beforeSheetData = {})
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "\r\n<worksheet " + kNamespace + R"( xmlns:x14ac="urn:x14ac">)" + beforeSheetData
           + "<sheetData>" + rows + "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
}

QString describe(const ScannedRow &row)
{
    static const char types[] = "nsifbed"; // CellType in order
    QString out = u"r"_s + QString::number(row.number);
    for (const ScannedRow::Cell &cell : row.cells) {
        out += u' ' + QString::number(cell.column) + QLatin1Char(types[int(cell.type)])
               + QString::number(cell.style);
        if (cell.hasValue)
            out += u'=' + QString::fromUtf8(row.textOf(cell));
    }
    return out;
}

// What the scanner makes of xml fed piece bytes at a time: the width, one line per row, and how
// it ended ("end" or "unsupported").
QStringList scan(const QByteArray &xml, qsizetype piece)
{
    SheetScanner scanner;
    qsizetype fed = 0;
    const auto feed = [&] {
        if (fed >= xml.size()) {
            scanner.finish();
            return;
        }
        const qsizetype n = std::min(piece, xml.size() - fed);
        scanner.append(xml.constData() + fed, size_t(n));
        fed += n;
    };
    QStringList out;
    int width = 0;
    SheetScanner::Step step;
    while ((step = scanner.prologue(width)) == SheetScanner::Step::NeedMore)
        feed();
    if (step == SheetScanner::Step::Unsupported)
        return {u"unsupported"_s};
    out << u"width %1"_s.arg(width);
    ScannedRow row;
    while (step != SheetScanner::Step::End && step != SheetScanner::Step::Unsupported) {
        step = scanner.nextRow(row);
        if (step == SheetScanner::Step::NeedMore)
            feed();
        else if (step == SheetScanner::Step::Row)
            out << describe(row);
    }
    out << (step == SheetScanner::Step::End ? u"end"_s : u"unsupported"_s);
    return out;
}

} // namespace

void TestXlsxSheetScanner::scan_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("shared, number, dimension")
        << sheet(R"(<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c>)"
                 R"(<c r="B1" s="2"><v>1.5</v></c></row>)",
                 R"(<dimension ref="A1:C9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>)")
        << QStringList{u"width 3"_s, u"r1 0s0=0 1n2=1.5"_s, u"end"_s};
    QTest::newRow("whole-sheet dimension")
        << sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)", R"(<dimension ref="A1:XFD9"/>)")
        << QStringList{u"width 0"_s, u"r1 0n0=1"_s, u"end"_s};
    QTest::newRow("entities and character references")
        << sheet(R"(<row r="1"><c r="A1" t="str"><v>a&amp;b&lt;&gt;&quot;&apos;&#65;&#x4E2D;</v></c></row>)")
        << QStringList{u"width 0"_s, u"r1 0f0=a&b<>\"'A中"_s, u"end"_s};
    QTest::newRow("inline rich text, phonetic guide left out")
        << sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><b/></rPr>)"
                 R"(<t xml:space="preserve">ch </t></r><rPh sb="0"><t>x</t></rPh></is></c></row>)")
        << QStringList{u"width 0"_s, u"r1 0i0=Rich "_s, u"end"_s};
    QTest::newRow("empty and self-closing cells")
        << sheet(R"(<row r="2"><c r="B2" s="3"/><c r="C2"><v/></c><c r="D2"></c><c r="E2"><v></v></c></row>)")
        << QStringList{u"width 0"_s, u"r2 1n3 2n0= 3n0 4n0="_s, u"end"_s};
    QTest::newRow("missing references, rows out of order")
        << sheet(R"(<row r="5"><c><v>1</v></c><c><v>2</v></c><c r="E5"><v>3</v></c><c><v>4</v></c></row>)"
                 R"(<row r="2"><c r="1A"><v>5</v></c></row><row><c><v>6</v></c></row>)")
        << QStringList{u"width 0"_s, u"r5 0n0=1 1n0=2 4n0=3 5n0=4"_s, u"r2 0n0=5"_s,
                       u"r0 0n0=6"_s, u"end"_s};
    QTest::newRow("types, formulas, multi-byte text")
        << sheet(R"(<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>)"
                 R"(<c r="C1" t="str"><f>A1&amp;"x"</f><v>客户</v></c><c r="D1" t="d"><v>2024-03-05</v></c>)"
                 R"(<c r="E1" t="n" s="7"><v> 45356 </v></c></row>)")
        << QStringList{u"width 0"_s,
                       u"r1 0b0=1 1e0=#DIV/0! 2f0=客户 3d0=2024-03-05 4n7= 45356 "_s, u"end"_s};
    QTest::newRow("namespace prefixes")
        << QByteArray(R"(<x:worksheet xmlns:x="urn:main"><x:sheetData><x:row r="1">)"
                      R"(<x:c r="A1" t="inlineStr"><x:is><x:t>y</x:t></x:is></x:c></x:row>)"
                      R"(</x:sheetData></x:worksheet>)")
        << QStringList{u"width 0"_s, u"r1 0i0=y"_s, u"end"_s};
    QTest::newRow("white space and line ends between tags")
        << QByteArray("\xEF\xBB\xBF<worksheet>\r\n  <sheetData>\r\n    <row r=\"1\" >\r\n"
                      "      <c r=\"A1\"\r\n t=\"s\" ><v>3</v></c>\r\n    </row>\r\n  </sheetData>\r\n</worksheet>")
        << QStringList{u"width 0"_s, u"r1 0s0=3"_s, u"end"_s};
    QTest::newRow("empty sheetData")
        << QByteArray("<worksheet><dimension ref=\"A1\"/><sheetData/></worksheet>")
        << QStringList{u"width 1"_s, u"end"_s};
    QTest::newRow("other elements between rows are skipped")
        << sheet(R"(<row r="1"><c r="A1"><v>1</v></c><extra a="1"><deep><x/></deep></extra></row>)"
                 R"(<other/><row r="2"><c r="A2"><v>2</v></c></row>)")
        << QStringList{u"width 0"_s, u"r1 0n0=1"_s, u"r2 0n0=2"_s, u"end"_s};

    // What QXmlStreamReader accepts differently or reports: the rows before it are read.
    const QStringList firstRowThen{u"width 0"_s, u"r1 0n0=1"_s, u"unsupported"_s};
    const QByteArray row1 = R"(<row r="1"><c r="A1"><v>1</v></c></row>)";
    const QList<QPair<const char *, QByteArray>> unsupported = {
        {"CDATA", R"(<row r="2"><c r="A2" t="str"><v><![CDATA[x]]></v></c></row>)"},
        {"comment in a row", R"(<row r="2"><!-- note --><c r="A2"><v>2</v></c></row>)"},
        {"processing instruction", R"(<?pi x?><row r="2"/>)"},
        {"mismatched end tag", R"(<row r="2"><c r="A2"><v>2</c></v></row>)"},
        {"carriage return in a value", "<row r=\"2\"><c r=\"A2\" t=\"str\"><v>a\r\nb</v></c></row>"},
        {"undeclared entity", R"(<row r="2"><c r="A2" t="str"><v>&nbsp;</v></c></row>)"},
        {"reference to a control character", R"(<row r="2"><c r="A2" t="str"><v>&#1;</v></c></row>)"},
        {"control character", "<row r=\"2\"><c r=\"A2\" t=\"str\"><v>\x01</v></c></row>"},
        {"invalid UTF-8", "<row r=\"2\"><c r=\"A2\" t=\"str\"><v>\xC3\x28</v></c></row>"},
        {"]]> in text", R"(<row r="2"><c r="A2" t="str"><v>a]]>b</v></c></row>)"},
        {"undeclared prefix", R"(<y:row r="2"/>)"},
        {"redefined attribute", R"(<row r="2"><c r="A2" r="B2"><v>2</v></c></row>)"},
        {"no space between attributes", R"(<row r="2"><c r="A2"t="s"><v>2</v></c></row>)"},
        {"reference in an attribute", R"(<row r="2"><c r="A&#50;"><v>2</v></c></row>)"},
        {"element in a value", R"(<row r="2"><c r="A2"><v>2<b/></v></c></row>)"},
        {"namespace declared in a row", R"(<row r="2" xmlns:z="urn:z"><z:c/></row>)"},
        {"truncated", R"(<row r="2"><c r="A2"><v>2</v>)"},
    };
    for (const auto &[name, rest] : unsupported) {
        QByteArray xml = sheet(row1 + rest);
        if (qstrcmp(name, "truncated") == 0)
            xml.truncate(xml.indexOf("</sheetData>"));
        QTest::newRow(name) << xml << firstRowThen;
    }
    QTest::newRow("UTF-16 declared")
        << QByteArray(R"(<?xml version="1.0" encoding="UTF-16"?><worksheet><sheetData/></worksheet>)")
        << QStringList{u"unsupported"_s};
    QTest::newRow("DOCTYPE")
        << QByteArray(R"(<!DOCTYPE worksheet><worksheet><sheetData/></worksheet>)")
        << QStringList{u"unsupported"_s};
    QTest::newRow("comment before the root")
        << QByteArray(R"(<!-- x --><worksheet><sheetData/></worksheet>)")
        << QStringList{u"unsupported"_s};
    QTest::newRow("no sheetData") << QByteArray(R"(<worksheet><cols/></worksheet>)")
                                  << QStringList{u"unsupported"_s};
    QTest::newRow("empty") << QByteArray() << QStringList{u"unsupported"_s};
}

void TestXlsxSheetScanner::scan()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);

    QCOMPARE(::scan(xml, std::max<qsizetype>(xml.size(), 1)), expected);
    QCOMPARE(::scan(xml, 7), expected);
    QCOMPARE(::scan(xml, 1), expected);
}

void TestXlsxSheetScanner::sharedStrings_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected");

    const QByteArray sst = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                           "\n<sst " + kNamespace + R"( count="4" uniqueCount="4">)";
    QTest::newRow("plain, rich, phonetic, escapes as written")
        << sst + R"(<si><t>客户</t></si><si><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch </t></r>)"
                 R"(<rPh sb="0" eb="1"><t>x</t></rPh><phoneticPr fontId="1"/></si><si><t/></si>)"
                 R"(<si><t>a_x000D_b&amp;</t></si></sst>)" "\n"
        << QStringList{u"客户"_s, u"Rich "_s, QString(), u"a_x000D_b&"_s, u"end"_s};
    QTest::newRow("prefixed")
        << QByteArray(R"(<x:sst xmlns:x="urn:m"><x:si><x:t>y</x:t></x:si></x:sst>)")
        << QStringList{u"y"_s, u"end"_s};
    QTest::newRow("text after the root")
        << sst + "<si><t>a</t></si></sst>junk" << QStringList{u"a"_s, u"unsupported"_s};
    QTest::newRow("another element in sst")
        << sst + "<si><t>a</t></si><extLst/><si><t>b</t></si></sst>"
        << QStringList{u"a"_s, u"unsupported"_s};
    QTest::newRow("comment") << sst + "<si><t>a</t><!-- c --></si></sst>"
                             << QStringList{u"unsupported"_s};
    QTest::newRow("empty sst") << QByteArray("<sst/>") << QStringList{u"unsupported"_s};
    QTest::newRow("root is not sst") << QByteArray("<other><si><t>a</t></si></other>")
                                     << QStringList{u"unsupported"_s};
}

void TestXlsxSheetScanner::sharedStrings()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);

    for (qsizetype piece : {std::max<qsizetype>(xml.size(), 1), qsizetype(5), qsizetype(1)}) {
        SheetScanner scanner(SheetScanner::Part::SharedStrings);
        qsizetype fed = 0;
        const auto feed = [&] {
            if (fed >= xml.size()) {
                scanner.finish();
                return;
            }
            const qsizetype n = std::min(piece, xml.size() - fed);
            scanner.append(xml.constData() + fed, size_t(n));
            fed += n;
        };
        QStringList out;
        int width = 0;
        SheetScanner::Step step;
        while ((step = scanner.prologue(width)) == SheetScanner::Step::NeedMore)
            feed();
        std::string text;
        while (step == SheetScanner::Step::Row || step == SheetScanner::Step::NeedMore) {
            text.clear();
            step = scanner.nextString(text);
            if (step == SheetScanner::Step::NeedMore) {
                QVERIFY(text.empty()); // nothing half-read is left in out
                feed();
            } else if (step == SheetScanner::Step::Row) {
                out << QString::fromStdString(text);
            }
        }
        out << (step == SheetScanner::Step::End ? u"end"_s : u"unsupported"_s);
        QCOMPARE(out, expected);
    }
}

// The UTF-8 forms of columnIndex and parseNumber the fast path uses read ASCII as the QStringView
// forms of the slow path do.
void TestXlsxSheetScanner::asciiHelpers_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *text : {"A1", "c5", "XFD1048576", "AA", "ABCDE1", "1A", "", "A", "B-1",
                             "1234.5", " 42 ", "\t-0\n", "1E+20", "1e-10", "0x10", "+3", ".5",
                             "inf", "nan", "12abc", "1,5", "99999999999999999999999999"}) {
        QTest::newRow(text) << QByteArray(text);
    }
}

void TestXlsxSheetScanner::asciiHelpers()
{
    QFETCH(QByteArray, text);
    const std::string_view bytes(text.constData(), size_t(text.size()));
    const QString string = QString::fromLatin1(text);
    QCOMPARE(columnIndex(bytes), columnIndex(QStringView(string)));
    QCOMPARE(parseNumber(bytes), parseNumber(QStringView(string)));
}

QTEST_GUILESS_MAIN(TestXlsxSheetScanner)
#include "tst_xlsxsheetscanner.moc"
