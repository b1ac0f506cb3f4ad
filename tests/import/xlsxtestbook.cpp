// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxtestbook.h"

#include <QFile>
#include <QtTest>

#include <zip.h>

using namespace Segmenta;

namespace XlsxTest {

namespace {

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

} // namespace

QByteArray worksheet(const QByteArray &sheetData, const QByteArray &dimension)
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
        if (!book.dropSharedStrings)
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

} // namespace XlsxTest
