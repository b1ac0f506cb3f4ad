// SPDX-License-Identifier: GPL-3.0-or-later
// TextPieces: a text read on several threads, where a thread that runs out of work cuts the rest
// of another's piece. The first piece is made short so that the second thread finishes first
// and has to cut; with a small minimum the pieces are cut again and again; threads beyond two
// start by cutting. Each case runs on 1, 2, 3 and 4 threads. Every row, line number and
// rejection is checked against the generator, so a row lost, doubled or moved at a seam fails,
// as does a cut inside a quoted field that holds line breaks.
#include "import/text/delimitedreader.h"
#include "import/text/sourcebuffer.h"
#include "import/tableimportworker.h"
#include "base/taskcontrol.h"
#include "import/textpieces.h"

#include <QTest>

using namespace Segmenta;

namespace {

// Data line i (0-based) of the generated text; some notes are quoted with a line break inside,
// so that records and physical lines differ.
bool multiLine(int i) { return i % 5 == 3; }
bool badAmount(int i) { return i % 997 == 7; }
QByteArray lineOf(int i, const QByteArray &eol)
{
    QByteArray line = "C" + QByteArray::number((qint64(i) * 7919) % 20011) + ",O"
                      + QByteArray::number(i / 2) + ","
                      + (badAmount(i) ? QByteArray("n/a?") : QByteArray::number(i % 500) + ".5");
    if (multiLine(i))
        line += ",\"note " + QByteArray::number(i) + "," + eol + "second line\"";
    else
        line += ",plain";
    return line + eol;
}

std::vector<ColumnSpec> specs()
{
    std::vector<ColumnSpec> s(4);
    s[0] = {QStringLiteral("customer_id"), Role::Customer, ColumnSpec::Kind::Key, {}, true};
    s[1] = {QStringLiteral("order_id"), Role::Order, ColumnSpec::Kind::Text, {}, false};
    s[2] = {QStringLiteral("amount"), Role::Amount, ColumnSpec::Kind::Number, {}, true};
    s[3] = {QStringLiteral("note"), Role::None, ColumnSpec::Kind::Attribute, {}, false};
    return s;
}

} // namespace

class TestTextPieces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRowOnce_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<QByteArray>("eol");
        QTest::addColumn<double>("firstShare");
        QTest::addColumn<int>("minimumToCut");
        QTest::addColumn<int>("threads");
        for (const int threads : {1, 2, 3, 4}) {
            const QByteArray on = ", " + QByteArray::number(threads) + " threads";
            QTest::newRow(("short first piece, cut once" + on).constData())
                << 120000 << QByteArray("\n") << 0.05 << (1 << 20) << threads;
            QTest::newRow(("cut again and again" + on).constData())
                << 120000 << QByteArray("\n") << 0.05 << 4096 << threads;
            QTest::newRow(("crlf, cut again and again" + on).constData())
                << 120000 << QByteArray("\r\n") << 0.05 << 4096 << threads;
            QTest::newRow(("halves, never cut" + on).constData())
                << 60000 << QByteArray("\n") << 0.5 << (1 << 30) << threads;
        }
    }
    void everyRowOnce()
    {
        QFETCH(int, lines);
        QFETCH(QByteArray, eol);
        QFETCH(double, firstShare);
        QFETCH(int, minimumToCut);
        QFETCH(int, threads);
        QByteArray text = "customer_id,order_id,amount,note" + eol;
        QList<qint64> firstLineOf; // physical line where data line i starts
        qint64 physical = 2;
        for (int i = 0; i < lines; ++i) {
            firstLineOf.append(physical);
            text += lineOf(i, eol);
            physical += multiLine(i) ? 2 : 1;
        }
        auto buffer = SourceBuffer::fromBytes(text);
        QVERIFY(buffer.ok());
        const std::shared_ptr<const SourceBuffer> shared = buffer.takeValue();
        DelimitedFormat format;
        format.delimiter = ',';
        const std::vector<ColumnSpec> columns = specs();

        // Retried a few times: a cut needs the second thread to finish while the first still
        // reads, which a starved thread could miss once.
        bool cut = false;
        for (int attempt = 0; attempt < 5 && !cut; ++attempt) {
            DelimitedReader reader(shared, format);
            Record header;
            QVERIFY(reader.next(header));
            const std::string_view all = shared->text();
            const size_t from = reader.position();
            const size_t split = TextPieces::splitPoint(
                all, from, from + size_t(double(all.size() - from) * firstShare * 2), format);
            QVERIFY(split > from);
            const qint64 breaks = TextPieces::lineBreaks(all, from, split);
            QVERIFY(breaks >= 0);
            TableImportWorker first(columns, TableKind::Transactions, lines);
            TaskControl control;
            TextPieces pieces(reader, first, split, reader.line() + breaks, 0.05,
                              [&](qsizetype rows) {
                                  return std::make_unique<TableImportWorker>(
                                      columns, TableKind::Transactions, rows);
                              },
                              &control, size_t(minimumToCut));
            pieces.setThreadCount(threads);
            QCOMPARE(pieces.threadCount(), threads);
            pieces.run();
            pieces.mergeInto(first);
            // One thread reads the two pieces in turn and has no one to cut for.
            const bool neverCut = minimumToCut > lines * 100 || threads == 1;
            if (neverCut)
                QCOMPARE(pieces.pieceCount(), 2);
            cut = neverCut || pieces.pieceCount() > 2;

            QCOMPARE(first.report.lines, qint64(lines));
            QList<qint64> rejected;
            for (const RejectedLine &r : first.report.rejections)
                rejected.append(r.line);
            std::sort(rejected.begin(), rejected.end());
            QList<qint64> expectedRejected;
            for (int i = 0; i < lines; ++i)
                if (badAmount(i))
                    expectedRejected.append(firstLineOf[i]);
            QCOMPARE(rejected, expectedRejected);
            const Table &t = first.table;
            QCOMPARE(t.rowCount(), qsizetype(lines - expectedRejected.size()));
            qsizetype row = 0;
            for (int i = 0; i < lines; ++i) {
                if (badAmount(i))
                    continue;
                const QByteArray customer = "C" + QByteArray::number((qint64(i) * 7919) % 20011);
                if (t.column(0).text(row) != QString::fromLatin1(customer)
                    || t.column(1).text(row) != QStringLiteral("O%1").arg(i / 2)
                    || t.column(2).number(row) != i % 500 + 0.5
                    || first.lines[size_t(row)] != firstLineOf[i]
                    || t.column(3).text(row).startsWith(QStringLiteral("note")) != multiLine(i))
                    QFAIL(qPrintable(QStringLiteral("row %1 (data line %2) differs, %3 pieces")
                                         .arg(row).arg(i).arg(pieces.pieceCount())));
                ++row;
            }
            QCOMPARE(t.column(0).pool().size(), qint32(std::min(lines, 20011)));
        }
        QVERIFY2(cut, "no thread ever cut another one's piece");
    }

    // Cancelling stops every thread and marks the result.
    void cancel_data()
    {
        QTest::addColumn<int>("threads");
        for (const int threads : {1, 2, 3, 4})
            QTest::newRow(QByteArray::number(threads).constData()) << threads;
    }
    void cancel()
    {
        QFETCH(int, threads);
        QByteArray text = "customer_id,order_id,amount,note\n";
        for (int i = 0; i < 100000; ++i)
            text += lineOf(i, "\n");
        auto buffer = SourceBuffer::fromBytes(text);
        QVERIFY(buffer.ok());
        const std::shared_ptr<const SourceBuffer> shared = buffer.takeValue();
        DelimitedFormat format;
        DelimitedReader reader(shared, format);
        Record header;
        QVERIFY(reader.next(header));
        const std::vector<ColumnSpec> columns = specs();
        const size_t from = reader.position();
        const size_t split = TextPieces::splitPoint(shared->text(), from, shared->text().size(), format);
        TableImportWorker first(columns, TableKind::Transactions, 100000);
        TaskControl control;
        control.requestCancel();
        TextPieces pieces(reader, first, split, 2, 0.05,
                          [&](qsizetype rows) {
                              return std::make_unique<TableImportWorker>(
                                  columns, TableKind::Transactions, rows);
                          },
                          &control, 4096);
        pieces.setThreadCount(threads);
        pieces.run();
        QVERIFY(first.cancelled);
        QVERIFY(first.report.lines < 100000);
    }
};

QTEST_GUILESS_MAIN(TestTextPieces)
#include "tst_textpieces.moc"
