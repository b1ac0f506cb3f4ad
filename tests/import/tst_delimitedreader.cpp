// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text/delimitedformat.h"
#include "import/text/delimitedreader.h"
#include "import/text/sourcebuffer.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

using namespace Segmenta;

namespace {
// Records as lists of strings; "|" joins fields so a table row reads like the file.
QStringList readAll(const QByteArray &text, const DelimitedFormat &f, QList<qint64> *lines = nullptr)
{
    DelimitedReader reader(std::string_view(text.constData(), size_t(text.size())), f);
    Record r;
    QStringList out;
    while (reader.next(r)) {
        if (r.blank) {
            out.append(QStringLiteral("<blank>"));
        } else {
            QStringList fields;
            for (std::string_view v : r.fields)
                fields.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
            out.append(fields.join(u'|'));
        }
        if (lines)
            lines->append(r.line);
    }
    return out;
}
// Resident pages of mapped files in this process, in kB (Linux), or -1.
qint64 residentFileKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("RssFile:"))
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
} // namespace

class TestDelimitedReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void fieldsAcrossBlocks_data();
    void fieldsAcrossBlocks();
    void lineNumbers();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void sniffHeader_data();
    void sniffHeader();
    void encodings_data();
    void encodings();
    void sourceIsNeverWritten();
    void previewReadsOnlyTheHead_data();
    void previewReadsOnlyTheHead();
    void readPagesAreHandedBack_data();
    void readPagesAreHandedBack();
};

void TestDelimitedReader::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << ',' << QStringList{"a|b", "1|2"};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << ',' << QStringList{"a|b", "1|2"};
    QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << ',' << QStringList{"a|b", "1|2"};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ',' << QStringList{"a|b", "1|2"};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << ',' << QStringList{"a,b|c"};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << ',' << QStringList{"say \"hi\"|x"};
    QTest::newRow("quoted newline") << QByteArray("\"line1\nline2\",x\ny,z\n") << ',' << QStringList{"line1\nline2|x", "y|z"};
    QTest::newRow("quoted crlf") << QByteArray("\"l1\r\nl2\",x\r\n") << ',' << QStringList{"l1\r\nl2|x"};
    QTest::newRow("empty fields") << QByteArray("a,,c\n") << ',' << QStringList{"a||c"};
    QTest::newRow("trailing empty") << QByteArray("a,b,\n") << ',' << QStringList{"a|b|"};
    QTest::newRow("blank line") << QByteArray("a\n\nb\n") << ',' << QStringList{"a", "<blank>", "b"};
    QTest::newRow("whitespace line") << QByteArray("a,b\n   \n1,2\n") << ',' << QStringList{"a|b", "<blank>", "1|2"};
    QTest::newRow("all empty fields") << QByteArray("a,b\n,\n") << ',' << QStringList{"a|b", "<blank>"};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ';' << QStringList{"a|b", "1,5|2"};
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t' << QStringList{"a|b", "1|2"};
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|' << QStringList{"a|b", "1|2"};
    QTest::newRow("unterminated quote") << QByteArray("\"abc,d\n") << ',' << QStringList{"abc,d\n"};
    QTest::newRow("text after quote") << QByteArray("\"ab\"cd,e\n") << ',' << QStringList{"abcd|e"};
    QTest::newRow("chinese") << QByteArray("客户,金额\n张三,¥1,234\n") << ',' << QStringList{"客户|金额", "张三|¥1|234"};
}

void TestDelimitedReader::records()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(QStringList, expected);
    DelimitedFormat f;
    f.delimiter = delimiter;
    QCOMPARE(readAll(text, f), expected);
}

// Unquoted fields are scanned 16 bytes at a time: every field length around the block size,
// each way a field can end, and a text that ends inside a block.
void TestDelimitedReader::fieldsAcrossBlocks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    const struct { const char *name; QByteArray after; } ends[] = {
        {"comma", ","}, {"lf", "\n"}, {"crlf", "\r\n"}, {"cr", "\r"}};
    for (int length : {0, 1, 7, 15, 16, 17, 31, 32, 33, 48, 70}) {
        const QByteArray field(length, 'a');
        const QByteArray next = QByteArray(length % 5 + 1, 'b');
        for (const auto &end : ends) {
            const QByteArray text = "k," + field + end.after + next + ",z\n" + field;
            QStringList expected;
            if (end.after == ",")
                expected = {QStringLiteral("k|%1|%2|z").arg(QString::fromLatin1(field), QString::fromLatin1(next))};
            else
                expected = {QStringLiteral("k|") + QString::fromLatin1(field),
                            QString::fromLatin1(next) + QStringLiteral("|z")};
            if (!field.isEmpty()) // the last line, without a line break
                expected << QString::fromLatin1(field);
            QTest::addRow("%d bytes then %s", length, end.name) << text << expected;
        }
    }
    // A delimiter in the second half of a block, after Chinese text.
    QTest::newRow("utf-8 before the delimiter")
        << QByteArray("客户客户客户客户,1\n") << QStringList{QStringLiteral("客户客户客户客户|1")};
}

void TestDelimitedReader::fieldsAcrossBlocks()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    DelimitedFormat f;
    f.delimiter = ',';
    // An exact-size copy, so that reading past the text would be caught by the sanitizers.
    const std::unique_ptr<char[]> exact(new char[size_t(text.size())]);
    std::memcpy(exact.get(), text.constData(), size_t(text.size()));
    QCOMPARE(readAll(QByteArray::fromRawData(exact.get(), text.size()), f), expected);
}

void TestDelimitedReader::lineNumbers()
{
    DelimitedFormat f;
    QList<qint64> lines;
    readAll(QByteArray("h1,h2\n\"multi\nline\",1\nnext,2\n\nlast,3\n"), f, &lines);
    QCOMPARE(lines, (QList<qint64>{1, 2, 4, 5, 6}));

    f.spaceRuns = true;
    lines.clear();
    const QStringList rows = readAll(QByteArray(" 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n"), f, &lines);
    QCOMPARE(rows, (QStringList{"00001|19970101|1|11.77", "00002|19970112|1|12.00"}));
    QCOMPARE(lines, (QList<qint64>{1, 2}));
}

void TestDelimitedReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comma") << QByteArray("id,date,amount\n1,2024-01-01,3.5\n2,2024-01-02,4\n") << "comma";
    QTest::newRow("semicolon with decimal commas") << QByteArray("id;date;amount\n1;05.03.2024;3,5\n2;06.03.2024;4,25\n") << "semicolon";
    QTest::newRow("tab") << QByteArray("id\tname\n1\tA, B\n2\tC\n") << "tab";
    QTest::newRow("pipe") << QByteArray("id|amount\n1|3\n2|4\n") << "pipe";
    QTest::newRow("cdnow spaces") << QByteArray(" customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n") << "spaces";
    QTest::newRow("quoted commas") << QByteArray("\"a\",\"b, c\"\n\"1\",\"2, 3\"\n") << "comma";
}

void TestDelimitedReader::sniffDelimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QCOMPARE(DelimitedFormat::sniff(std::string_view(text.constData(), size_t(text.size()))).delimiterName(), expected);
}

void TestDelimitedReader::sniffHeader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("header");
    QTest::newRow("english roles") << QByteArray("customer_id,order_date,amount\n1,2024-01-01,3\n") << true;
    QTest::newRow("chinese roles") << QByteArray("客户编号,订单日期,金额\nC1,2024年3月5日,¥1\n") << true;
    QTest::newRow("unknown names over numbers") << QByteArray("foo,bar\nx,1\ny,2\n") << true;
    QTest::newRow("no header") << QByteArray("00004,0001,19970101,2,29.33\n00004,0001,19970118,2,29.73\n") << false;
}

void TestDelimitedReader::sniffHeader()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, header);
    const std::string_view v(text.constData(), size_t(text.size()));
    QCOMPARE(DelimitedFormat::sniff(v).hasHeader, header);
}

void TestDelimitedReader::encodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("detected");
    QTest::newRow("utf8") << QByteArray("UTF-8") << false << "UTF-8";
    QTest::newRow("utf8 bom") << QByteArray("UTF-8") << true << "UTF-8";
    QTest::newRow("gb18030") << QByteArray("GB18030") << false << "GB18030";
    QTest::newRow("big5") << QByteArray("Big5") << false << "Big5";
    QTest::newRow("utf16le bom") << QByteArray("UTF-16LE") << true << "UTF-16LE";
    QTest::newRow("utf16be bom") << QByteArray("UTF-16BE") << true << "UTF-16BE";
}

void TestDelimitedReader::encodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, detected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    // Traditional characters for Big5 (it has no simplified ones); common words in each.
    const QString text = encoding == "Big5"
                             ? QStringLiteral("客戶編號,姓名,地區,金額\nC001,陳大文,臺北,NT$1,234.50\nC002,林美玲,高雄,12\n")
                             : QStringLiteral("客户编号,姓名,地区,金额\nC001,王小明,华东,¥1,234.50\nC002,李丽,华南,12\n");
    QVERIFY(Test::writeEncoded(path, text, encoding, bom));
    auto buffer = SourceBuffer::open(path);
    QVERIFY2(buffer.ok(), qPrintable(buffer.errorString()));
    QCOMPARE(QString::fromLatin1((*buffer)->encoding()), detected);
    QCOMPARE((*buffer)->hadBom(), bom);
    const std::string_view t = (*buffer)->text();
    QCOMPARE(QString::fromUtf8(t.data(), qsizetype(t.size())), text);
}

void TestDelimitedReader::sourceIsNeverWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    const QByteArray bytes("customer,date,amount\n1,2024-01-01,3\n");
    QVERIFY(Test::writeBytes(path, bytes));
    QFile::setPermissions(path, QFile::ReadOwner);
    const QDateTime before = QFileInfo(path).lastModified();
    auto buffer = SourceBuffer::open(path);
    QVERIFY(buffer.ok());
    buffer = SourceBuffer::open(path, "GB18030");
    QVERIFY(buffer.ok());
    QCOMPARE(Test::readBytes(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

void TestDelimitedReader::previewReadsOnlyTheHead_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestDelimitedReader::previewReadsOnlyTheHead()
{
    QFETCH(bool, gzip);
    // 2 MB of ASCII lines, then a GBK line: the whole file is GB18030, its head plain UTF-8.
    QByteArray bytes("id,amount\n");
    while (bytes.size() < (2 << 20))
        bytes += "12345,678.90\n";
    bytes += "\xc4\xe3,1\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(gzip ? "big.csv.gz" : "big.csv");
    if (gzip) {
        QProcess gz;
        const QString plain = dir.filePath("big.csv");
        QByteArray raw("id,amount\n");
        while (raw.size() < (2 << 20))
            raw += "12345,678.90\n";
        raw += "\xc4\xe3,1\n";
        QVERIFY(Test::writeBytes(plain, raw));
        gz.start("gzip", {"-k", plain});
        QVERIFY(gz.waitForFinished());
        QCOMPARE(gz.exitCode(), 0);
    } else {
        QVERIFY(Test::writeBytes(path, bytes));
    }
    auto head = SourceBuffer::open(path, {}, 1 << 20);
    QVERIFY2(head.ok(), qPrintable(head.errorString()));
    QCOMPARE((*head)->encoding(), QByteArray("UTF-8"));
    QVERIFY((*head)->text().size() <= size_t(1 << 20));
    QVERIFY((*head)->text().back() == '\n'); // whole lines only
    auto whole = SourceBuffer::open(path);
    QVERIFY(whole.ok());
    QCOMPARE((*whole)->encoding(), QByteArray("GB18030"));
}

void TestDelimitedReader::readPagesAreHandedBack_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("UTF-8") << QByteArray("id,amount\n");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFid,amount\n"); // as Excel saves
}

void TestDelimitedReader::readPagesAreHandedBack()
{
    // A mapped file's pages read by an import leave the process's memory when released, or a
    // large import holds the whole file on top of its columns.
    QFETCH(QByteArray, start);
    if (residentFileKb() < 0)
        QSKIP("needs /proc/self/status");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes = start;
    const QByteArray line = "C0000001,1234.50\n";
    bytes.reserve(32 << 20);
    while (bytes.size() < (32 << 20))
        bytes += line;
    Test::writeBytes(path, bytes);
    auto buffer = SourceBuffer::open(path);
    QVERIFY(buffer.ok());
    const std::string_view text = (*buffer)->text();
    QCOMPARE(qsizetype(text.size()), bytes.size() - (start.startsWith("\xEF") ? 3 : 0));
    (*buffer)->release(text.data(), text.data() + text.size()); // what detection read
    const qint64 before = residentFileKb();
    quint64 sum = 0;
    for (size_t i = 0; i < text.size(); i += 4096)
        sum += quint8(text[i]);
    QVERIFY(sum > 0);
    const qint64 read = residentFileKb();
    QVERIFY2(read - before > 24 * 1024, qPrintable(QString::number(read - before)));
    (*buffer)->release(text.data(), text.data() + text.size());
    QVERIFY2(read - residentFileKb() > 24 * 1024, qPrintable(QString::number(read - residentFileKb())));
}

QTEST_GUILESS_MAIN(TestDelimitedReader)
#include "tst_delimitedreader.moc"
