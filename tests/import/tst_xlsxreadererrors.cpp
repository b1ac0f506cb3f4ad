// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxreader.h"
#include "xlsxtestbook.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Segmenta;
using namespace XlsxTest;

// The files the .xlsx reader refuses, and sheets that break after the workbook opened.
class TestXlsxReaderErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void errors_data();
    void errors();
    void corruptSheetAfterOpen_data();
    void corruptSheetAfterOpen();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestXlsxReaderErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestXlsxReaderErrors::errors_data()
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
        << u"missing"_s << QString() << u"The file “%1” does not exist."_s << QStringList();
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
    const QString malformed = u"The sheet “%1” of “%2” is damaged: its XML breaks off or is malformed at line %3 "
                              u"(%4). Open it in Excel and save it again."_s;
    QTest::newRow("corrupt sheet") << u"corruptSheet"_s << QString() << malformed << QStringList();
    QTest::newRow("empty zip")
        << u"emptyZip"_s << QString()
        << u"“%1” is an empty ZIP archive, not an Excel workbook: it holds no files at all."_s
        << QStringList{u"emptyZip.xlsx"_s};
    QTest::newRow("missing shared strings")
        << u"noStrings"_s << QString()
        << u"“%1” is incomplete: the text of its cells (%2) is missing. Open it in Excel and save it again."_s
        << QStringList{u"noStrings.xlsx"_s, u"xl/sharedStrings.xml"_s};
    QTest::newRow("corrupt shared strings")
        << u"corruptStrings"_s << QString()
        << u"The workbook “%1” could not be read: %2 (%3, line %4)."_s << QStringList();
    QTest::newRow("only a chart sheet")
        << u"chartOnly"_s << QString() << u"“%1” contains no worksheets."_s
        << QStringList{u"chartOnly.xlsx"_s};
}

void TestXlsxReaderErrors::errors()
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
        args = QStringList{u"Sheet1"_s, u"corruptSheet.xlsx"_s, u"1"_s, u"Opening and ending tag mismatch."_s};
    } else if (kind == u"emptyZip") {
        QVERIFY(writeFile(QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0')));
    } else if (kind == u"noStrings") {
        book.sharedStrings = "<si><t>customer</t></si>";
        book.dropSharedStrings = true;
        QVERIFY(writeBook(file, book));
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
        QVERIFY(reader.error().args().value(0).endsWith(u"missing.xlsx"_s));
    else
        QCOMPARE(reader.error().args(), args);
    QVERIFY(!reader.errorString().contains(u'%'));

    // sheetNames() reports the same problems with the file itself.
    static const QStringList fileProblems{u"csv"_s,       u"empty"_s, u"zip"_s,  u"missing"_s, u"emptyZip"_s,
                                          u"xls"_s,       u"encrypted"_s, u"xlsb"_s, u"ods"_s};
    if (fileProblems.contains(kind))
        QCOMPARE(sourceOf(XlsxReader::sheetNames(file).error()), source);
}

void TestXlsxReaderErrors::corruptSheetAfterOpen_data()
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

void TestXlsxReaderErrors::corruptSheetAfterOpen()
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
    QCOMPARE(sourceOf(error), u"The sheet “%1” of “%2” is damaged: its XML breaks off or is malformed at line %3 "
                              u"(%4). Open it in Excel and save it again."_s);
    QCOMPARE(error.args().value(0), u"Sheet1"_s);
    QCOMPARE(error.args().value(1), QFileInfo(file).fileName());
    QCOMPARE(error.args().value(2), line);
    QVERIFY(!error.args().value(3).isEmpty());
    QVERIFY(!(*reader)->next(record));
}

QTEST_GUILESS_MAIN(TestXlsxReaderErrors)
#include "tst_xlsxreadererrors.moc"
