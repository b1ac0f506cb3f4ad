// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "import/text/delimitedformat.h"

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace Segmenta {

class DelimitedReader;
class SourceBuffer;
class TableImportWorker;
class TaskControl;

// Reads a large delimited text on the machine's cores. The text starts cut in two at a record
// boundary; a thread without a piece (one that finished, or one of the threads beyond two)
// takes the second half of what is left of the largest piece another thread reads (whose
// reader then stops there), so every core stays busy to the end. Fixed pieces finished far
// apart: the customer list, read beside them, takes its CPU from one core. Pieces are merged in
// file order, so the rows keep the file's order and the result does not depend on the number
// of threads.
class TextPieces
{
public:
    using WorkerFactory = std::function<std::unique_ptr<TableImportWorker>(qsizetype expectedRows)>;

    // firstReader/firstWorker read [its position, split); a second piece reads [split, end of
    // text) from line secondLine. rowsPerByte sizes the workers of later pieces.
    // A piece with less than minimumToCut bytes left is not cut again.
    TextPieces(DelimitedReader &firstReader, TableImportWorker &firstWorker, size_t split,
               qint64 secondLine, double rowsPerByte, WorkerFactory makeWorker,
               TaskControl *control, size_t minimumToCut = 8 << 20);
    ~TextPieces();

    // The number of threads run() uses (the calling one included), at least 1; before run().
    // defaultThreadCount() unless set.
    void setThreadCount(int threads);
    int threadCount() const { return int(m_current.size()); }
    // The machine's cores, capped: every piece's worker holds its own columns until they are
    // merged into the first, so more threads mean more memory and more merging.
    static int defaultThreadCount();

    // Reads every piece (the calling thread and threadCount() - 1 more). Returns when all are
    // read or the task was cancelled (then some worker is marked cancelled).
    void run();
    // Appends the rows of the later pieces to the first worker, in file order.
    void mergeInto(TableImportWorker &first);
    // Why a piece's reader stopped before its end (a limit of importlimits.h), the first in
    // file order; empty when every piece was read whole. After run().
    Message error() const;
    int pieceCount() const { return int(m_pieces.size()); }

    // A record boundary near the middle of [from, to) (a line end outside quotes), or 0.
    static size_t splitPoint(std::string_view text, size_t from, size_t to,
                             const DelimitedFormat &format);
    // Line breaks in [from, to), as DelimitedReader counts them; -1 when the text has lone CRs.
    static qint64 lineBreaks(std::string_view text, size_t from, size_t to);

private:
    struct Piece;
    // Reads pieces on one thread until no piece is left to take.
    void readPieces(int thread, std::vector<std::atomic<double>> &done);
    // Makes the reader and worker of a piece cut from another.
    void prepare(Piece &piece);
    // Called by a piece's own thread between records: hands the second half of its rest to a
    // waiting thread.
    void offerRest(Piece &piece);
    // A piece for a thread that has none: one no thread reads yet, or the rest of another
    // thread's piece, waited for; null when every piece is (nearly) done.
    Piece *takeNext(int thread);
    // Under the mutex: the largest piece another thread reads that may still be cut.
    Piece *pieceToCut() const;
    bool someoneIsCutting() const;

    std::shared_ptr<const SourceBuffer> m_buffer;
    DelimitedFormat m_format;
    double m_rowsPerByte;
    WorkerFactory m_makeWorker;
    TaskControl *m_control;
    size_t m_minimumToCut;
    size_t m_total = 0; // bytes of all pieces

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Piece>> m_pieces; // in file order; guarded by m_mutex
    std::vector<Piece *> m_current;               // per thread: what it reads; guarded by m_mutex
};

} // namespace Segmenta
