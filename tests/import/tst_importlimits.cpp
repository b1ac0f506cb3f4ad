// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of importlimits.h, each met by a hostile file written at run time: compressed
// bombs, overlong fields and lines, too many columns, cells over the field limit, and inputs
// that are not regular files (docs/user/import.md, "Limits").
#include "import/importlimits.h"
#include "import/sourcepreview.h"
#include "import/tableimporter.h"
#include "testsupport.h"
#include "xlsxtestbook.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Segmenta;

namespace {

const QByteArray kHeader = "customer,date,amount\n";

// Writes `total` bytes that repeat `unit` through gzip in chunks, after `head`: the test never
// holds the inflated text.
bool writeGzip(const QString &path, const QByteArray &head, const QByteArray &unit, qint64 total)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb6");
    if (!gz)
        return false;
    gzwrite(gz, head.constData(), unsigned(head.size()));
    QByteArray chunk;
    while (chunk.size() < (1 << 20))
        chunk += unit;
    for (qint64 written = 0; written < total; written += chunk.size())
        gzwrite(gz, chunk.constData(), unsigned(chunk.size()));
    return gzclose(gz) == Z_OK;
}

QByteArray wideHeader(int columns)
{
    QByteArray line = "customer,date,amount";
    for (int i = 3; i < columns; ++i)
        line += ",extra" + QByteArray::number(i);
    return line + '\n';
}

// A header row of inline strings that names the three roles of an order file.
const QByteArray kInlineHeader =
    R"(<row r="1"><c r="A1" t="inlineStr"><is><t>customer</t></is></c>)"
    R"(<c r="B1" t="inlineStr"><is><t>date</t></is></c>)"
    R"(<c r="C1" t="inlineStr"><is><t>amount</t></is></c></row>)";

QByteArray sharedStringBook(QByteArray text)
{
    return "<si><t>customer</t></si><si><t>date</t></si><si><t>amount</t></si><si><t>" + text
           + "</t></si>";
}

} // namespace

class TestImportLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void refused_data();
    void refused();
    void previewSaysIt_data();
    void previewSaysIt();
    void refusedByCli();
    void columnListWhole();
    void columnListCut_data();
    void columnListCut();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes the hostile input of a row of refused_data() (name: the kind, or
    // "preview-" + the kind); returns its path.
    QString write(const QString &name);
    void closeFifo()
    {
#ifdef Q_OS_UNIX
        if (m_fifo >= 0)
            ::close(m_fifo);
#endif
        m_fifo = -1;
    }

    QTemporaryDir m_dir;
    int m_fifo = -1; // the writing end of the FIFO row, open while it is imported
};

QString TestImportLimits::write(const QString &name)
{
    // A prefix before the kind makes a file of its own, for a second test of the same kind.
    const QString kind = name.startsWith(u"preview-") ? name.mid(8) : name;
    const QString file = path(name + (kind.startsWith(u"xlsx") ? u".xlsx"_s : u".csv"_s));
    const QByteArray row = "c1,2024-01-01,1\n";
    bool ok = true;
    if (kind == u"gz-zeros") { // one line of zeros, without end
        ok = writeGzip(file, {}, QByteArray(1, '\0'), qint64(256) << 20);
    } else if (kind == u"gz-lines") { // short lines, but 80 MB from under 100 KB
        ok = writeGzip(file, kHeader, row, qint64(80) << 20);
    } else if (kind == u"long-line") {
        ok = Test::writeBytes(file, kHeader + row + "c2,2024-01-01," + QByteArray(17 << 20, '1')
                                        + ",x\n");
    } else if (kind == u"long-field") {
        ok = Test::writeBytes(file, kHeader + row + "c2,2024-01-01," + QByteArray(2 << 20, '1') + '\n');
    } else if (kind == u"late-long-field") { // read in pieces on several threads
        QByteArray text = kHeader;
        text.reserve(qsizetype(24) << 20);
        while (text.size() < (qsizetype(20) << 20))
            text += row;
        ok = Test::writeBytes(file, text + "c2,2024-01-01," + QByteArray(2 << 20, '1') + '\n' + row);
    } else if (kind == u"long-quoted-field") {
        ok = Test::writeBytes(file, kHeader + row + "\"c2" + QByteArray(2 << 20, 'x') + "\",2024-01-01,1\n");
    } else if (kind == u"columns") {
        ok = Test::writeBytes(file, wideHeader(20000) + row);
    } else if (kind == u"xlsx-shared") {
        XlsxTest::BookSpec book;
        book.sharedStrings = sharedStringBook(QByteArray(2 << 20, 'a'));
        book.sheets.append({u"Orders"_s, XlsxTest::worksheet(
            R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>)"
            R"(<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>45000</v></c><c r="C2"><v>1</v></c></row>)")});
        ok = XlsxTest::writeBook(file, book);
    } else if (kind == u"xlsx-inline") {
        XlsxTest::BookSpec book;
        book.sheets.append({u"Orders"_s, XlsxTest::worksheet(
            kInlineHeader + R"(<row r="2"><c r="A2" t="inlineStr"><is><t>)" + QByteArray(2 << 20, 'b')
            + "</t></is></c></row>")});
        ok = XlsxTest::writeBook(file, book);
    } else if (kind == u"xlsx-bomb") { // a sheet of 100 MB of one row repeated
        QByteArray rows = kInlineHeader;
        const QByteArray blank = "<row r=\"2\"/>";
        rows.reserve(qsizetype(100) << 20);
        while (rows.size() < (qsizetype(100) << 20))
            rows += blank;
        XlsxTest::BookSpec book;
        book.sheets.append({u"Orders"_s, XlsxTest::worksheet(rows)});
        ok = XlsxTest::writeBook(file, book);
#ifdef Q_OS_UNIX
    } else if (kind == u"fifo") {
        // Kept open for writing here, with a CSV in it: an import that opened it would find the
        // data (and wait for more); one that refuses it never opens it.
        ok = ::mkfifo(QFile::encodeName(file).constData(), 0600) == 0;
        m_fifo = ::open(QFile::encodeName(file).constData(), O_RDWR | O_NONBLOCK);
        ok = ok && m_fifo >= 0 && ::write(m_fifo, kHeader.constData(), size_t(kHeader.size())) > 0;
    } else if (kind == u"device") {
        return u"/dev/zero"_s;
#endif
    }
    return ok ? file : QString();
}

void TestImportLimits::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("code");

    QTest::newRow(".gz of zeros: one endless line") << u"gz-zeros"_s << QByteArray("line-too-long");
    QTest::newRow(".gz inflating 1000 times") << u"gz-lines"_s << QByteArray("inflation");
    QTest::newRow("a line over 16 MB") << u"long-line"_s << QByteArray("line-too-long");
    QTest::newRow("a field over 1 MB") << u"long-field"_s << QByteArray("field-too-long");
    QTest::newRow("a field over 1 MB after 20 MB") << u"late-long-field"_s << QByteArray("field-too-long");
    QTest::newRow("a quoted field over 1 MB") << u"long-quoted-field"_s << QByteArray("field-too-long");
    QTest::newRow("20,000 columns") << u"columns"_s << QByteArray("too-many-columns");
    QTest::newRow("xlsx shared string over 1 MB") << u"xlsx-shared"_s << QByteArray("field-too-long");
    QTest::newRow("xlsx inline string over 1 MB") << u"xlsx-inline"_s << QByteArray("field-too-long");
    QTest::newRow("xlsx sheet inflating 1000 times") << u"xlsx-bomb"_s << QByteArray("inflation");
#ifdef Q_OS_UNIX
    QTest::newRow("a FIFO") << u"fifo"_s << QByteArray("not-a-file");
    QTest::newRow("a device") << u"device"_s << QByteArray("not-a-file");
#endif
}

void TestImportLimits::refused()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, code);
    const QString file = write(kind);
    QVERIFY(!file.isEmpty());
    TableImportOptions options;
    options.path = file;
    options.kind = TableKind::Transactions;
    const auto result = TableImporter::run(options);
    closeFifo();
    QVERIFY2(!result, "imported");
    QCOMPARE(QByteArray(result.error().code()), code);
    QVERIFY(!result.error().toString().isEmpty());
}

// Below the limits, the sentences that list the columns list them all, with no placeholder
// left over.
void TestImportLimits::columnListWhole()
{
    const QString file = path(u"narrow.csv"_s);
    QVERIFY(Test::writeBytes(file, "id,when,what\n1,2024-01-01,x\n"));
    TableImportOptions options;
    options.path = file;
    options.kind = TableKind::Transactions;
    const auto result = TableImporter::run(options);
    QVERIFY(!result);
    QCOMPARE(result.error().args().size(), 3);
    QVERIFY(result.error().toString().contains(u"id, when, what"_s));
}

void TestImportLimits::previewSaysIt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("xlsx inline string over 1 MB") << u"xlsx-inline"_s << QByteArray("field-too-long");
    QTest::newRow("xlsx shared string over 1 MB") << u"xlsx-shared"_s << QByteArray("field-too-long");
#ifdef Q_OS_UNIX
    QTest::newRow("a FIFO") << u"fifo"_s << QByteArray("not-a-file");
#endif
}

// The import wizard's preview (SourcePreview) says the same sentence when Next is pressed.
void TestImportLimits::previewSaysIt()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, code);
    const QString file = write(u"preview-"_s + kind);
    QVERIFY(!file.isEmpty());
    TableImportOptions options;
    options.path = file;
    options.kind = TableKind::Transactions;
    const auto preview = SourcePreview::read(options);
    closeFifo();
    QVERIFY2(!preview, "previewed");
    QCOMPARE(QByteArray(preview.error().code()), code);
}

// The command line says the sentence and exits with an error.
void TestImportLimits::refusedByCli()
{
    const QString file = path(u"cli-long-field.csv"_s);
    QVERIFY(Test::writeBytes(file, kHeader + "c1,2024-01-01," + QByteArray(2 << 20, '1') + '\n'));
    const Test::CliRun run = Test::runCli({u"import"_s, u"--transactions"_s, file, u"-o"_s,
                                           path(u"cli.segmenta"_s)});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("has a field longer than 1 MB"), run.err.constData());
    QVERIFY(!QFile::exists(path(u"cli.segmenta"_s)));
}

void TestImportLimits::columnListCut_data()
{
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QString>("source");

    QTest::newRow("no customer column") << QString()
        << u"No column of “%1” was recognised as “%2”. Its columns are: %3 and %4 more. Name the "
           u"column with --map %2=COLUMN."_s;
    QTest::newRow("mapped to a missing column") << u"customer=nothere"_s
        << u"There is no column “%1” in “%2”. Its columns are: %3 and %4 more."_s;
}

// A message about a header of thousands of columns names the first 20 and counts the rest.
void TestImportLimits::columnListCut()
{
    QFETCH(QString, mapping);
    QFETCH(QString, source);
    QByteArray header = "id";
    for (int i = 1; i < 5000; ++i)
        header += ",name" + QByteArray::number(i);
    const QString file = path(u"wide.csv"_s);
    QVERIFY(Test::writeBytes(file, header + "\n1" + QByteArray(4999, ',') + "\n"));
    TableImportOptions options;
    options.path = file;
    options.kind = TableKind::Transactions;
    if (!mapping.isEmpty())
        options.mappings.append(*ColumnMapping::parse(mapping));
    const auto result = TableImporter::run(options);
    QVERIFY(!result);
    QCOMPARE(QString::fromUtf8(result.error().source()), source);
    const QStringList args = result.error().args();
    QCOMPARE(args.at(2).count(u", "_s), ImportLimits::kColumnsNamed - 1);
    QVERIFY(args.at(2).startsWith(u"id, name1, name2"_s));
    QCOMPARE(args.at(3), u"4980"_s);
}

QTEST_GUILESS_MAIN(TestImportLimits)
#include "tst_importlimits.moc"
