#include "xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace Qt::StringLiterals;
using namespace Segmenta;

namespace {

struct Row
{
    qint64 line;
    bool blank;
    QStringList fields;
};
using Rows = QList<Row>;

} // namespace

Q_DECLARE_METATYPE(Rows)

namespace {

struct SheetSpec
{
    QString name;
    QByteArray xml;
    bool hidden = false;
    bool absoluteTarget = false; // Target="/xl/worksheets/sheetN.xml"
    bool chart = false;          // a chart sheet, which has no cells
};

struct BookSpec
{
    QList<SheetSpec> sheets;
    QByteArray sharedStrings; // the <si> elements; no part when empty
    QByteArray date1904;      // the value of <workbookPr date1904="">; none when empty
    bool packageRelationships = true;
};

// cellXfs indexes the tests use as s="N".
const QByteArray kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="9">
<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="165" formatCode="#,##0.00"/>
<numFmt numFmtId="166" formatCode="0 &quot;days&quot;"/>
<numFmt numFmtId="167" formatCode="[Red]0.00;[Blue]\-0.00"/>
<numFmt numFmtId="168" formatCode="[$-F800]dddd\,\ mmmm\ dd\,\ yyyy"/>
<numFmt numFmtId="169" formatCode="yyyy\-mm\-dd;@"/>
<numFmt numFmtId="170" formatCode="[h]:mm:ss"/>
<numFmt numFmtId="171" formatCode="0.00E+00"/>
<numFmt numFmtId="172" formatCode="General"/>
</numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="14">
<xf numFmtId="0" xfId="0"/>
<xf numFmtId="14" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="22" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="20" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="167" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="168" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="31" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf>
<xf numFmtId="169" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="170" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="171" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="172" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></dxf></dxfs>
</styleSheet>
)";

QByteArray worksheet(const QByteArray &sheetData, const QByteArray &dimension = {})
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                     R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/)"
                     R"(relationships">)";
    if (!dimension.isEmpty())
        xml += "<dimension ref=\"" + dimension + "\"/>";
    xml += R"(<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1"/></sheetView>)"
           R"(</sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="2" )"
           R"(width="12"/></cols>)";
    xml += sheetData.isEmpty() ? QByteArray("<sheetData/>")
                               : "<sheetData>" + sheetData + "</sheetData>";
    xml += R"(<mergeCells count="1"><mergeCell ref="X1:Y1"/></mergeCells>)"
           R"(<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" )"
           R"(footer="0.3"/></worksheet>)";
    return xml;
}

bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        zip_fileinfo info = {};
        ok = ok
             && zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0,
                                      nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0)
                    == ZIP_OK
             && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

bool writeBook(const QString &path, const BookSpec &book)
{
    const QByteArray ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
    const QByteArray relNs =
        R"(xmlns="http://schemas.openxmlformats.org/package/2006/relationships")";
    const QByteArray relType =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook " + ns
                          + R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/)"
                            R"(relationships">)";
    if (!book.date1904.isEmpty())
        workbook += "<workbookPr date1904=\"" + book.date1904 + "\"/>";
    workbook += "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships " + relNs + ">";
    QList<QPair<QByteArray, QByteArray>> parts;
    for (qsizetype i = 0; i < book.sheets.size(); ++i) {
        const SheetSpec &sheet = book.sheets[i];
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheet.name.toHtmlEscaped().toUtf8() + "\" sheetId=\"" + n
                    + "\"" + (sheet.hidden ? " state=\"hidden\"" : "") + " r:id=\"rId" + n
                    + "\"/>";
        const QByteArray folder = sheet.chart ? "chartsheets" : "worksheets";
        const QByteArray part = folder + "/sheet" + n + ".xml";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relType
                + (sheet.chart ? "chartsheet" : "worksheet") + "\" Target=\""
                + (sheet.absoluteTarget ? "/xl/" : "") + part + "\"/>";
        parts.append({"xl/" + part, sheet.xml});
    }
    workbook += "</sheets><calcPr calcId=\"191029\"/></workbook>";
    rels += "<Relationship Id=\"rId100\" Type=\"" + relType + "styles\" Target=\"styles.xml\"/>";
    if (!book.sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rId101\" Type=\"" + relType
                + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({"xl/sharedStrings.xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst " + ns + ">"
                          + book.sharedStrings + "</sst>"});
    }
    rels += "</Relationships>";

    const QByteArray contentTypes =
        R"(<?xml version="1.0" encoding="UTF-8"?>)"
        R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
        R"(<Default Extension="xml" ContentType="application/xml"/>)"
        R"(<Default Extension="rels" )"
        R"(ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>)";
    QList<QPair<QByteArray, QByteArray>> entries;
    entries.append({"[Content_Types].xml", contentTypes});
    if (book.packageRelationships) {
        entries.append({"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                                           + relNs + "><Relationship Id=\"rId1\" Type=\"" + relType
                                           + "officeDocument\" Target=\"xl/workbook.xml\"/>"
                                             "</Relationships>"});
    }
    entries.append({"xl/workbook.xml", workbook});
    entries.append({"xl/_rels/workbook.xml.rels", rels});
    entries.append({"xl/styles.xml", kStyles});
    entries.append(parts);
    return writeZip(path, entries);
}

QString text(std::string_view field)
{
    return QString::fromUtf8(field.data(), qsizetype(field.size()));
}

Rows readAll(XlsxReader &reader)
{
    Rows rows;
    Record record;
    while (reader.next(record)) {
        Row row{record.line, record.blank, {}};
        for (const std::string_view field : record.fields)
            row.fields.append(text(field));
        rows.append(row);
    }
    return rows;
}

void compareRows(const Rows &actual, const Rows &expected)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        const QByteArray where = "row " + QByteArray::number(i);
        QVERIFY2(actual[i].line == expected[i].line,
                 where + ": line " + QByteArray::number(actual[i].line));
        QVERIFY2(actual[i].blank == expected[i].blank, where + ": blank");
        QCOMPARE(actual[i].fields, expected[i].fields);
    }
    QCOMPARE(actual.size(), expected.size());
}

QString sourceOf(const Message &message)
{
    return QString::fromUtf8(message.source());
}

} // namespace

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
    void errors_data();
    void errors();
    void corruptSheetAfterOpen_data();
    void corruptSheetAfterOpen();
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

void TestXlsxReader::errors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("args");

    const QString notWorkbook = u"“%1” is not an Excel workbook (.xlsx)."_s;
    QTest::newRow("not a zip") << u"csv"_s << QString() << notWorkbook
                               << QStringList{u"csv.xlsx"_s};
    QTest::newRow("empty file") << u"empty"_s << QString() << notWorkbook
                                << QStringList{u"empty.xlsx"_s};
    QTest::newRow("zip without a workbook") << u"zip"_s << QString() << notWorkbook
                                            << QStringList{u"zip.xlsx"_s};
    QTest::newRow("missing file")
        << u"missing"_s << QString() << u"“%1” could not be opened: %2."_s << QStringList();
    QTest::newRow("legacy .xls")
        << u"xls"_s << QString()
        << u"“%1” is an Excel 97–2003 workbook (.xls), which cannot be read. Open it in Excel and "
           u"save it as an Excel workbook (.xlsx) or as CSV."_s
        << QStringList{u"xls.xlsx"_s};
    QTest::newRow("encrypted")
        << u"encrypted"_s << QString()
        << u"“%1” is protected with a password. Open it in Excel, save a copy without the "
           u"password as an Excel workbook (.xlsx) or as CSV, and import that copy."_s
        << QStringList{u"encrypted.xlsx"_s};
    QTest::newRow(".xlsb")
        << u"xlsb"_s << QString()
        << u"“%1” is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel "
           u"workbook (.xlsx) or as CSV."_s
        << QStringList{u"xlsb.xlsx"_s};
    QTest::newRow(".ods")
        << u"ods"_s << QString()
        << u"“%1” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and "
           u"save it as an Excel workbook (.xlsx) or as CSV."_s
        << QStringList{u"ods.xlsx"_s};
    QTest::newRow("unknown sheet")
        << u"book"_s << u"Nope"_s
        << u"The workbook has no sheet named “%1”. Its sheets are: %2."_s
        << QStringList{u"Nope"_s, u"“Sheet1”, “客户”"_s};
    QTest::newRow("corrupt sheet")
        << u"corruptSheet"_s << QString()
        << u"The sheet “%1” could not be read: %2 (line %3)."_s << QStringList();
    QTest::newRow("corrupt shared strings")
        << u"corruptStrings"_s << QString()
        << u"The workbook “%1” could not be read: %2 (%3, line %4)."_s << QStringList();
    QTest::newRow("only a chart sheet")
        << u"chartOnly"_s << QString() << u"“%1” contains no worksheets."_s
        << QStringList{u"chartOnly.xlsx"_s};
}

void TestXlsxReader::errors()
{
    QFETCH(QString, kind);
    QFETCH(QString, sheet);
    QFETCH(QString, source);
    QFETCH(QStringList, args);

    const QString file = path(kind + u".xlsx"_s);
    const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    const auto writeFile = [&](const QByteArray &data) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
    };
    BookSpec book;
    book.sheets = {{u"Sheet1"_s, worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")},
                   {u"客户"_s, worksheet({})}};
    if (kind == u"csv") {
        QVERIFY(writeFile("id,name\n1,Anna\n"));
    } else if (kind == u"empty") {
        QVERIFY(writeFile({}));
    } else if (kind == u"zip") {
        QVERIFY(writeZip(file, {{"hello.txt", "hello"}}));
    } else if (kind == u"xls") {
        const QByteArray workbookStream("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
        QVERIFY(writeFile(ole + QByteArray(4096, '\0') + workbookStream));
    } else if (kind == u"encrypted") {
        QByteArray name;
        for (const char c : QByteArray("EncryptedPackage"))
            name.append(c).append('\0');
        // Past the first block the scan reads, across a block boundary.
        QVERIFY(writeFile(ole + QByteArray((1 << 20) - 20, '\0') + name + QByteArray(64, '\0')));
    } else if (kind == u"xlsb") {
        QVERIFY(writeZip(file, {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.bin", "x"}}));
    } else if (kind == u"ods") {
        QVERIFY(writeZip(file, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                                {"content.xml", "<office:document-content/>"}}));
    } else if (kind == u"book") {
        QVERIFY(writeBook(file, book));
    } else if (kind == u"corruptSheet") {
        book.sheets[0].xml = "<worksheet><dimension ref=\"A1\"></worksheet>";
        QVERIFY(writeBook(file, book));
        args = QStringList{u"Sheet1"_s, u"Opening and ending tag mismatch."_s, u"1"_s};
    } else if (kind == u"corruptStrings") {
        book.sharedStrings = "<si><t>ok</t></si>\n<si><t>broken</si>";
        QVERIFY(writeBook(file, book));
        args = QStringList{u"corruptStrings.xlsx"_s, u"Opening and ending tag mismatch."_s,
                           u"xl/sharedStrings.xml"_s, u"3"_s};
    } else if (kind == u"chartOnly") {
        book.sheets = {{u"Chart1"_s, "<chartsheet/>", false, false, true}};
        QVERIFY(writeBook(file, book));
    }

    const auto reader = XlsxReader::open(file, sheet);
    QVERIFY(!reader.ok());
    QCOMPARE(sourceOf(reader.error()), source);
    QCOMPARE(QString::fromUtf8(reader.error().context()), u"Segmenta::Import"_s);
    if (kind == u"missing")
        QCOMPARE(reader.error().args().value(0), u"missing.xlsx"_s);
    else
        QCOMPARE(reader.error().args(), args);
    QVERIFY(!reader.errorString().contains(u'%'));

    // sheetNames() reports the same problems with the file itself.
    static const QStringList fileProblems{u"csv"_s,       u"empty"_s, u"zip"_s,  u"missing"_s,
                                          u"xls"_s,       u"encrypted"_s, u"xlsb"_s, u"ods"_s};
    if (fileProblems.contains(kind))
        QCOMPARE(sourceOf(XlsxReader::sheetNames(file).error()), source);
}

void TestXlsxReader::corruptSheetAfterOpen_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("line");

    const QByteArray rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n"
                            "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>";
    QByteArray mismatched = worksheet(rows);
    mismatched.replace("<v>2</v></c>", "<v>2</v></x>");
    QTest::newRow("mismatched tag") << mismatched << u"3"_s;
    // Cut in the middle of the second row: the reader runs out of data.
    QByteArray truncated = worksheet(rows);
    truncated.truncate(truncated.indexOf("<v>2") + 4);
    QTest::newRow("truncated") << truncated << u"3"_s;
}

void TestXlsxReader::corruptSheetAfterOpen()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, line);

    const QString file = path(u"corrupt%1.xlsx"_s.arg(++m_files));
    BookSpec book;
    book.sheets = {{u"Sheet1"_s, xml}};
    QVERIFY(writeBook(file, book));
    auto reader = XlsxReader::open(file);
    QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
    Record record;
    QVERIFY((*reader)->next(record));
    QCOMPARE(record.fields.size(), size_t(1));
    QCOMPARE(text(record.fields[0]), u"1"_s);
    QVERIFY(!(*reader)->next(record));
    const Message &error = (*reader)->error();
    QCOMPARE(sourceOf(error), u"The sheet “%1” could not be read: %2 (line %3)."_s);
    QCOMPARE(error.args().value(0), u"Sheet1"_s);
    QVERIFY(!error.args().value(1).isEmpty());
    QCOMPARE(error.args().value(2), line);
    QVERIFY(!(*reader)->next(record));
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
