// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text/delimitedformat.h"

#include <QtGlobal>

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

// Reads a large delimited text on two cores. The text starts cut in two at a record boundary;
// a thread that finishes its piece takes the second half of what is left of the other thread's
// piece (whose reader then stops there), so both cores stay busy to the end. With two fixed
// halves, one finished well before the other: the customer list, read beside them, takes
// its CPU from one core. Pieces are merged in file order, so the rows keep the file's order.
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

    // Reads every piece (the calling thread and one more). Returns when all are read or the
    // task was cancelled (then some worker is marked cancelled).
    void run();
    // Appends the rows of the later pieces to the first worker, in file order.
    void mergeInto(TableImportWorker &first);
    int pieceCount() const { return int(m_pieces.size()); }

    // A record boundary near the middle of [from, to) (a line end outside quotes), or 0.
    static size_t splitPoint(std::string_view text, size_t from, size_t to,
                             const DelimitedFormat &format);
    // Line breaks in [from, to), as DelimitedReader counts them; -1 when the text has lone CRs.
    static qint64 lineBreaks(std::string_view text, size_t from, size_t to);

private:
    struct Piece;
    void readOn(int thread, Piece *piece);
    // Called by a piece's own thread between records: hands the second half of its rest to a
    // waiting thread.
    void offerRest(Piece &piece);
    // Waits for the other thread to cut its piece; null when it is (nearly) done.
    Piece *takeFromOther(int thread);

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
    Piece *m_current[2] = {nullptr, nullptr};     // what each thread reads
};

} // namespace Segmenta
