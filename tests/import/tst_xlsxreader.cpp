// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxreader.h"
#include "xlsxtestbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace Segmenta;
using namespace XlsxTest;

// What the reader makes of cells, sheets and long sheets; the files it refuses are in
// tst_xlsxreadererrors.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void sheetSelection_data();
    void sheetSelection();
    void unicodePath();
    void streamsLongSheet();
    void libxlsxwriter_data();
    void libxlsxwriter();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestXlsxReader::cells_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QByteArray>("dimension");
    QTest::addColumn<QByteArray>("sharedStrings");
    QTest::addColumn<QByteArray>("date1904");
    QTest::addColumn<Rows>("expected");

    const QByteArray chinese = "<si><t>客户编号</t></si><si><t>金额</t></si><si><t>张三</t></si>";

    QTest::newRow("shared strings, Chinese")
        << QByteArray(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
                      R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>1234.5</v></c></row>)")
        << QByteArray() << chinese << QByteArray()
        << Rows{{1, false, {u"客户编号"_s, u"金额"_s}}, {2, false, {u"张三"_s, u"1234.5"_s}}};

    QTest::newRow("numbers")
        << QByteArray(R"(<row r="1"><c r="A1"><v>1234.5</v></c><c r="B1"><v>0.1</v></c>)"
                      R"(<c r="C1"><v>0.30000000000000004</v></c><c r="D1"><v>1000000</v></c>)"
                      R"(<c r="E1"><v>-42</v></c><c r="F1"><v>1.5E-3</v></c>)"
                      R"(<c r="G1"><v>123456789012345</v></c><c r="H1"><v>1E-10</v></c>)"
                      R"(<c r="I1"><v>-0</v></c><c r="J1" t="n"><v>3.14159</v></c></row>)"
                      // Number formats that are not dates, on a date-like serial.
                      R"(<row r="2"><c r="A2" s="4"><v>45356</v></c>)"
                      R"(<c r="B2" s="5"><v>45356</v></c>)"
                      R"(<c r="C2" s="7"><v>45356</v></c><c r="D2" s="12"><v>45356</v></c>)"
                      R"(<c r="E2" s="13"><v>45356</v></c><c r="F2" s="0"><v>45356</v></c>)"
                      R"(<c r="G2" s="99"><v>45356</v></c><c r="H2"><v>12abc</v></c>)"
                      R"(<c r="I2"><v>7.0000000000000007E-2</v></c>)"
                      R"(<c r="J2"><v>1E+20</v></c></row>)")
        << QByteArray() << QByteArray() << QByteArray()
        << Rows{{1, false, {u"1234.5"_s, u"0.1"_s, u"0.3"_s, u"1000000"_s, u"-42"_s, u"0.0015"_s,
                            u"123456789012345"_s, u"1e-10"_s, u"0"_s, u"3.14159"_s}},
                {2, false, {u"45356"_s, u"45356"_s, u"45356"_s, u"45356"_s, u"45356"_s,
                            u"45356"_s, u"45356"_s, u"12abc"_s, u"0.07"_s, u"1e+20"_s}}};

    QTest::newRow("dates 1900")
        << QByteArray(R"(<row r="1"><c r="A1" s="1"><v>45356</v></c>)"
                      R"(<c r="B1" s="1"><v>45356.5</v></c>)"
                      R"(<c r="C1" s="1"><v>1</v></c><c r="D1" s="1"><v>59</v></c>)"
                      R"(<c r="E1" s="1"><v>61</v></c><c r="F1" s="2"><v>45356.75</v></c>)"
                      R"(<c r="G1" s="1"><v>45356.000001</v></c>)"
                      R"(<c r="H1" s="1"><v>45356.000011574074</v></c>)"
                      R"(<c r="I1" s="1"><v>2958465</v></c><c r="J1" s="1"><v>-1</v></c></row>)"
                      R"(<row r="2"><c r="A2" s="3"><v>45356</v></c>)"
                      R"(<c r="B2" s="8"><v>45356</v></c>)"
                      R"(<c r="C2" s="9"><v>45356</v></c><c r="D2" s="10"><v>45356</v></c>)"
                      R"(<c r="E2" s="6"><v>0.75</v></c><c r="F2" s="11"><v>0.5</v></c>)"
                      R"(<c r="G2" s="6"><v>0</v></c><c r="H2" s="1"><v>0.25</v></c>)"
                      R"(<c r="I2" s="6"><v>45356.75</v></c><c r="J2" s="1"/></row>)")
        << QByteArray() << QByteArray() << QByteArray()
        << Rows{{1, false, {u"2024-03-05"_s, u"2024-03-05 12:00:00"_s, u"1900-01-01"_s,
                            u"1900-02-28"_s, u"1900-03-01"_s, u"2024-03-05 18:00:00"_s,
                            u"2024-03-05"_s, u"2024-03-05 00:00:01"_s, u"9999-12-31"_s,
                            u"-1"_s}},
                {2, false, {u"2024-03-05"_s, u"2024-03-05"_s, u"2024-03-05"_s, u"2024-03-05"_s,
                            u"18:00:00"_s, u"12:00:00"_s, u"00:00:00"_s, u"06:00:00"_s,
                            u"2024-03-05 18:00:00"_s, QString()}}};

    const QByteArray dates1904 =
        R"(<row r="1"><c r="A1" s="1"><v>43894</v></c><c r="B1" s="1"><v>0</v></c>)"
        R"(<c r="C1" s="1"><v>43894.25</v></c><c r="D1" s="3"><v>43894</v></c>)"
        R"(<c r="E1"><v>43894</v></c></row>)";
    const Rows expected1904{{1, false, {u"2024-03-05"_s, u"1904-01-01"_s,
                                        u"2024-03-05 06:00:00"_s, u"2024-03-05"_s,
                                        u"43894"_s}}};
    QTest::newRow("dates 1904, date1904=1")
        << dates1904 << QByteArray() << QByteArray() << QByteArray("1") << expected1904;
    QTest::newRow("dates 1904, date1904=true")
        << dates1904 << QByteArray() << QByteArray() << QByteArray("true") << expected1904;
    QTest::newRow("date1904=0 is the 1900 system")
        << QByteArray(R"(<row r="1"><c r="A1" s="1"><v>45356</v></c></row>)") << QByteArray()
        << QByteArray() << QByteArray("0") << Rows{{1, false, {u"2024-03-05"_s}}};

    QTest::newRow("inline, rich text, formula text, booleans, errors")
        << QByteArray(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c>)"
                      R"(<c r="B1" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><b/></rPr>)"
                      R"(<t>ch</t></r></is></c><c r="C1" t="str"><f>A1&amp;"!"</f><v>公式</v></c>)"
                      R"(<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>)"
                      R"(<c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="e"><f>1/0</f>)"
                      R"(<v>#DIV/0!</v></c></row>)"
                      R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>)"
                      R"(<c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c>)"
                      R"(<c r="E2" t="s"><v>99</v></c>)"
                      R"(<c r="F2" t="d"><v>2024-03-05T00:00:00Z</v></c>)"
                      R"(<c r="G2" t="d"><v>2024-03-05T08:30:00.000</v></c></row>)")
        << QByteArray() //
        << QByteArray(R"(<si><r><t>东京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>)"
                      R"(<phoneticPr fontId="1"/></si>)"
                      R"(<si><t xml:space="preserve">  padded  </t></si>)"
                      R"(<si><r><rPr><b/><sz val="11"/></rPr><t>Bold</t></r>)"
                      R"(<r><t xml:space="preserve"> and plain</t></r></si>)"
                      R"(<si><t/></si>)")
        << QByteArray()
        << Rows{{1, false, {u"内联"_s, u"Rich"_s, u"公式"_s, u"TRUE"_s, u"FALSE"_s, u"#N/A"_s,
                            u"#DIV/0!"_s}},
                {2, false, {u"东京"_s, u"  padded  "_s, u"Bold and plain"_s, QString(), QString(),
                            u"2024-03-05"_s, u"2024-03-05 08:30:00"_s}}};

    QTest::newRow("escapes")
        << QByteArray(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
                      R"(<c r="C1" t="inlineStr"><is><t>x_x000D_y</t></is></c>)"
                      R"(<c r="D1" t="str"><v>&amp;&lt;&gt;&quot;</v></c>)"
                      R"(<c r="E1" t="s"><v>2</v></c></row>)")
        << QByteArray()
        << QByteArray(R"(<si><t>a_x0009_b</t></si><si><t>_x005F_x0041_</t></si>)"
                      R"(<si><t><![CDATA[<cdata>]]></t></si>)")
        << QByteArray()
        << Rows{{1, false, {u"a\tb"_s, u"_x0041_"_s, u"x\ry"_s, u"&<>\""_s, u"<cdata>"_s}}};

    QTest::newRow("missing middle cell, skipped rows")
        << QByteArray(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>h1</t></is></c>)"
                      R"(<c r="B1" t="inlineStr"><is><t>h2</t></is></c>)"
                      R"(<c r="C1" t="inlineStr"><is><t>h3</t></is></c></row>)"
                      R"(<row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row>)"
                      R"(<row r="5" spans="1:3"><c r="B5"><v>2</v></c></row>)"
                      R"(<row r="7"><c r="C7"><v>9</v></c></row>)")
        << QByteArray() << QByteArray() << QByteArray()
        << Rows{{1, false, {u"h1"_s, u"h2"_s, u"h3"_s}},
                {2, false, {u"1"_s, QString(), u"3"_s}},
                {5, false, {QString(), u"2"_s, QString()}},
                {7, false, {QString(), QString(), u"9"_s}}};

    QTest::newRow("blank rows")
        << QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>)"
                      R"(<row r="2"><c r="A2" s="1"/><c r="B2" t="s"/></row>)"
                      R"(<row r="3" customHeight="1" ht="20"/>)"
                      R"(<row r="4"><c r="A4"><f>1+1</f></c>)"
                      R"(<c r="B4" t="inlineStr"><is><t/></is></c></row>)"
                      R"(<row r="5"><c r="B5"><v>5</v></c></row>)")
        << QByteArray() << QByteArray() << QByteArray()
        << Rows{{1, false, {u"1"_s, u"2"_s}},
                {2, true, {QString(), QString()}},
                {3, true, {QString(), QString()}},
                {4, true, {QString(), QString()}},
                {5, false, {QString(), u"5"_s}}};

    QTest::newRow("dimension pads every row")
        << QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>)"
                      R"(<row r="2"><c r="A2"><v>3</v></c></row><row r="3"/>)")
        << QByteArray("A1:E3") << QByteArray() << QByteArray()
        << Rows{{1, false, {u"1"_s, u"2"_s, QString(), QString(), QString()}},
                {2, false, {u"3"_s, QString(), QString(), QString(), QString()}},
                {3, true, {QString(), QString(), QString(), QString(), QString()}}};

    QTest::newRow("a whole-sheet dimension is ignored")
        << QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>)"
                      R"(<row r="2"><c r="A2"><v>3</v></c></row>)")
        << QByteArray("A1:XFD1048576") << QByteArray() << QByteArray()
        << Rows{{1, false, {u"1"_s, u"2"_s}}, {2, false, {u"3"_s, QString()}}};

    const QByteArray prefix =
        R"(xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
    QTest::newRow("namespace prefixes")
        << "<x:row " + prefix
               + R"( r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr">)"
                 R"(<x:is><x:t>y</x:t></x:is></x:c></x:row>)"
        << QByteArray() << "<x:si " + prefix + R"(><x:t>a</x:t></x:si><si><t>b</t></si>)"
        << QByteArray() << Rows{{1, false, {u"b"_s, u"y"_s}}};

    QTest::newRow("a dimension narrower than the header")
        << QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>)"
                      R"(<c r="C1"><v>3</v></c></row>)"
                      R"(<row r="2"><c r="A2"><v>4</v></c></row>)")
        << QByteArray("A1") << QByteArray() << QByteArray()
        << Rows{{1, false, {u"1"_s, u"2"_s, u"3"_s}}, {2, false, {u"4"_s, QString(), QString()}}};

    QTest::newRow("rows wider than the header keep their cells")
        << QByteArray(R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>)"
                      R"(<row r="2"><c r="A2"><v>3</v></c><c r="D2"><v>4</v></c>)"
                      R"(<c r="F2" s="1"/></row>)"
                      R"(<row r="3"><c r="A3"><v>5</v></c></row>)")
        << QByteArray() << QByteArray() << QByteArray()
        << Rows{{1, false, {u"1"_s, u"2"_s}},
                {2, false, {u"3"_s, QString(), QString(), u"4"_s}},
                {3, false, {u"5"_s, QString()}}};

    QTest::newRow("cells and rows without references")
        << QByteArray(R"(<row><c><v>1</v></c><c><v>2</v></c><c r="D1"><v>4</v></c>)"
                      R"(<c><v>5</v></c></row>)"
                      R"(<row><c><v>6</v></c></row>)"
                      R"(<row r="9"><c r="B9"><v>7</v></c><c><v>8</v></c></row>)"
                      R"(<row><c><v>10</v></c></row>)")
        << QByteArray() << QByteArray() << QByteArray()
        << Rows{{1, false, {u"1"_s, u"2"_s, QString(), u"4"_s, u"5"_s}},
                {2, false, {u"6"_s, QString(), QString(), QString(), QString()}},
                {9, false, {QString(), u"7"_s, u"8"_s, QString(), QString()}},
                {10, false, {u"10"_s, QString(), QString(), QString(), QString()}}};

    QTest::newRow("empty sheet") << QByteArray() << QByteArray() << QByteArray() << QByteArray()
                                 << Rows();
    QTest::newRow("empty sheet with a dimension")
        << QByteArray() << QByteArray("A1") << QByteArray() << QByteArray() << Rows();
}

void TestXlsxReader::cells()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QByteArray, dimension);
    QFETCH(QByteArray, sharedStrings);
    QFETCH(QByteArray, date1904);
    QFETCH(Rows, expected);

    const QString file = path(u"cells%1.xlsx"_s.arg(++m_files));
    BookSpec book;
    book.sheets = {{u"Sheet1"_s, worksheet(sheetData, dimension)}};
    book.sharedStrings = sharedStrings;
    book.date1904 = date1904;
    QVERIFY(writeBook(file, book));

    auto reader = XlsxReader::open(file);
    QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
    QCOMPARE((*reader)->sheetName(), u"Sheet1"_s);
    QCOMPARE((*reader)->date1904(), date1904 == "1" || date1904 == "true");
    QCOMPARE((*reader)->progress() >= 0.0, true);
    compareRows(readAll(**reader), expected);
    QVERIFY((*reader)->error().isEmpty());
    QCOMPARE((*reader)->progress(), 1.0);
    Record record;
    QVERIFY(!(*reader)->next(record)); // stays at the end
}

void TestXlsxReader::sheetSelection_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<bool>("packageRelationships");

    QTest::newRow("first visible sheet") << QString() << u"Sheet1"_s << true;
    QTest::newRow("by name") << u"Data"_s << u"Data"_s << true;
    QTest::newRow("Chinese name, absolute target") << u"客户数据"_s << u"客户数据"_s << true;
    QTest::newRow("hidden sheet by name") << u"Hidden"_s << u"Hidden"_s << true;
    QTest::newRow("case-insensitive") << u"DATA"_s << u"Data"_s << true;
    QTest::newRow("exact case wins") << u"data"_s << u"data"_s << true;
    QTest::newRow("without _rels/.rels") << u"Data"_s << u"Data"_s << false;
}

void TestXlsxReader::sheetSelection()
{
    QFETCH(QString, sheet);
    QFETCH(QString, expectedName);
    QFETCH(bool, packageRelationships);

    // A1 of each sheet holds the sheet's own name.
    const auto named = [](const QString &name) {
        return worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + name.toUtf8()
                         + "</t></is></c></row>");
    };
    BookSpec book;
    book.packageRelationships = packageRelationships;
    book.sheets = {{u"Hidden"_s, named(u"Hidden"_s), true},
                   {u"Sheet1"_s, named(u"Sheet1"_s)},
                   {u"Chart1"_s, "<chartsheet/>", false, false, true},
                   {u"客户数据"_s, named(u"客户数据"_s), false, true},
                   {u"Data"_s, named(u"Data"_s)},
                   {u"data"_s, named(u"data"_s)}};
    const QString file = path(u"sheets%1.xlsx"_s.arg(++m_files));
    QVERIFY(writeBook(file, book));

    const Result<QStringList> names = XlsxReader::sheetNames(file);
    QVERIFY2(names.ok(), qPrintable(names.errorString()));
    QCOMPARE(*names, (QStringList{u"Hidden"_s, u"Sheet1"_s, u"客户数据"_s, u"Data"_s, u"data"_s}));

    auto reader = XlsxReader::open(file, sheet);
    QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
    QCOMPARE((*reader)->sheetName(), expectedName);
    compareRows(readAll(**reader), Rows{{1, false, {expectedName}}});
}

void TestXlsxReader::unicodePath()
{
    const QString file = path(u"客户 数据 (2024).xlsx"_s);
    BookSpec book;
    book.sheets = {{u"金额"_s, worksheet(R"(<row r="1"><c r="A1"><v>1234.5</v></c></row>)")}};
    QVERIFY(writeBook(file, book));
    auto reader = XlsxReader::open(file, u"金额"_s);
    QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
    compareRows(readAll(**reader), Rows{{1, false, {u"1234.5"_s}}});
}

// Many chunks of decompressed XML: text, multi-byte characters and tags straddle the chunk ends.
void TestXlsxReader::streamsLongSheet()
{
    constexpr int rowCount = 20000;
    QByteArray sheetData;
    QByteArray shared;
    for (int i = 0; i < 100; ++i)
        shared += "<si><t>客户分组" + QByteArray::number(i) + "</t></si>";
    for (int i = 1; i <= rowCount; ++i) {
        const QByteArray r = QByteArray::number(i);
        sheetData += "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>金额客户" + r
                     + "</t></is></c><c r=\"B" + r + "\"><v>" + QByteArray::number(i + 0.25, 'f', 2)
                     + "</v></c><c r=\"C" + r + "\" s=\"1\"><v>" + QByteArray::number(45356 + i % 7)
                     + "</v></c><c r=\"D" + r + "\" t=\"s\"><v>" + QByteArray::number(i % 100)
                     + "</v></c></row>";
    }
    const QString file = path(u"long.xlsx"_s);
    BookSpec book;
    book.sheets = {{u"Sheet1"_s, worksheet(sheetData, "A1:D20000")}};
    book.sharedStrings = shared;
    QVERIFY(writeBook(file, book));

    auto reader = XlsxReader::open(file);
    QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
    Record record;
    double progress = (*reader)->progress();
    QVERIFY(progress < 0.1);
    int count = 0;
    while ((*reader)->next(record)) {
        ++count;
        QCOMPARE(record.line, qint64(count));
        QCOMPARE(record.fields.size(), size_t(4));
        QCOMPARE(text(record.fields[0]), u"金额客户"_s + QString::number(count));
        QCOMPARE(text(record.fields[1]), QString::number(count) + u".25"_s);
        QCOMPARE(text(record.fields[2]),
                 QDate(2024, 3, 5).addDays(count % 7).toString(Qt::ISODate));
        QCOMPARE(text(record.fields[3]), u"客户分组"_s + QString::number(count % 100));
        QVERIFY((*reader)->progress() >= progress);
        progress = (*reader)->progress();
        if (count == rowCount / 2)
            QVERIFY(progress > 0.3 && progress < 0.7);
    }
    QVERIFY((*reader)->error().isEmpty());
    QCOMPARE(count, rowCount);
    QCOMPARE((*reader)->progress(), 1.0);
}

void TestXlsxReader::libxlsxwriter_data()
{
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings (constant memory)") << true;
}

// A workbook written by a library nobody here wrote.
void TestXlsxReader::libxlsxwriter()
{
    QFETCH(bool, constantMemory);

    const QString file = path(u"libxlsxwriter%1.xlsx"_s.arg(++m_files));
    const QByteArray name = QFile::encodeName(file);
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(name.constData(), &options);
    QVERIFY(workbook);
    worksheet_write_string(workbook_add_worksheet(workbook, "说明"), 0, 0, "ignored", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "客户");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    lxw_format *chineseDate = workbook_add_format(workbook);
    format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);

    const char *headers[] = {"客户编号", "金额", "日期", "时间", "中文日期", "备注", "VIP"};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, c, headers[c], bold);

    lxw_datetime march5 = {2024, 3, 5, 0, 0, 0};
    lxw_datetime march5Noon = {2024, 3, 5, 12, 30, 45};
    worksheet_write_string(sheet, 1, 0, "C001", nullptr);
    worksheet_write_number(sheet, 1, 1, 1234.5, money);
    worksheet_write_datetime(sheet, 1, 2, &march5, date);
    worksheet_write_datetime(sheet, 1, 3, &march5Noon, dateTime);
    worksheet_write_datetime(sheet, 1, 4, &march5, chineseDate);
    lxw_rich_string_tuple plain = {nullptr, const_cast<char *>("重要")};
    lxw_rich_string_tuple strong = {bold, const_cast<char *>("客户")};
    lxw_rich_string_tuple *rich[] = {&plain, &strong, nullptr};
    worksheet_write_rich_string(sheet, 1, 5, rich, nullptr);
    worksheet_write_boolean(sheet, 1, 6, 1, nullptr);

    // Row 3 is left out; row 4 misses the middle cells.
    lxw_datetime y2k = {1999, 12, 31, 0, 0, 0};
    worksheet_write_string(sheet, 3, 0, "C002", nullptr);
    worksheet_write_number(sheet, 3, 1, 0.1, nullptr);
    worksheet_write_datetime(sheet, 3, 2, &y2k, date);
    worksheet_write_blank(sheet, 3, 3, dateTime);
    worksheet_write_formula_str(sheet, 3, 5, "=A4&\"!\"", nullptr, "C002!");
    worksheet_write_boolean(sheet, 3, 6, 0, nullptr);
    QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));

    const Result<QStringList> names = XlsxReader::sheetNames(file);
    QVERIFY2(names.ok(), qPrintable(names.errorString()));
    QCOMPARE(*names, (QStringList{u"说明"_s, u"客户"_s}));

    auto reader = XlsxReader::open(file, u"客户"_s);
    QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
    QVERIFY(!(*reader)->date1904());
    compareRows(readAll(**reader),
                Rows{{1, false,
                      {u"客户编号"_s, u"金额"_s, u"日期"_s, u"时间"_s, u"中文日期"_s, u"备注"_s,
                       u"VIP"_s}},
                     {2, false,
                      {u"C001"_s, u"1234.5"_s, u"2024-03-05"_s, u"2024-03-05 12:30:45"_s,
                       u"2024-03-05"_s, u"重要客户"_s, u"TRUE"_s}},
                     {4, false,
                      {u"C002"_s, u"0.1"_s, u"1999-12-31"_s, QString(), QString(), u"C002!"_s,
                       u"FALSE"_s}}});
    QVERIFY((*reader)->error().isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
