// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textpieces.h"

#include "base/bytescan.h"
#include "base/memoryadvice.h"
#include "import/text/delimitedreader.h"
#include "import/text/sourcebuffer.h"
#include "import/tableimportworker.h"
#include "base/taskcontrol.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <future>

namespace Segmenta {

struct TextPieces::Piece
{
    size_t from = 0;
    std::atomic<size_t> end{0}; // changed only by the piece's own thread
    qint64 firstLine = 1;
    DelimitedReader *reader = nullptr;
    std::unique_ptr<DelimitedReader> ownReader;
    TableImportWorker *worker = nullptr;
    std::unique_ptr<TableImportWorker> ownWorker;
    std::unique_ptr<TaskControl> step;
    std::atomic<bool> wanted{false}; // another thread waits for part of it
    // Guarded by the mutex:
    bool taken = false;    // a thread reads it (or is about to)
    bool beingCut = false; // a thread waits for the rest of it
    bool finished = false;
    bool declined = false; // too little left to cut: not asked again
    Piece *offer = nullptr;
};

size_t TextPieces::splitPoint(std::string_view text, size_t from, size_t to,
                              const DelimitedFormat &format)
{
    if (format.spaceRuns || to <= from)
        return 0;
    const char *p = text.data() + from;
    const char *const mid = text.data() + from + (to - from) / 2;
    // Pages read here are read again by the reader: mapped in one call, not page by page.
    MemoryAdvice::prefault(p, size_t(mid - p));
    size_t quotes = 0;
    for (const char *q; (q = static_cast<const char *>(std::memchr(p, format.quote, size_t(mid - p))));
         p = q + 1)
        ++quotes;
    const char *const end = text.data() + to;
    for (const char *q = mid; q < end && q < mid + (4 << 20); ++q) {
        if (*q == format.quote)
            ++quotes;
        else if (*q == '\n' && quotes % 2 == 0)
            return q + 1 < end ? size_t(q - text.data()) + 1 : 0;
    }
    return 0;
}

qint64 TextPieces::lineBreaks(std::string_view text, size_t from, size_t to)
{
    // Counted sixteen bytes at a time (ByteScan): a memchr call per line was noticeable for the
    // first half of a large file.
    const qint64 n = qint64(ByteScan::count(text.data(), from, to, '\n'));
    const char *p = text.data() + from;
    const char *const end = text.data() + to;
    for (; p < end; ++p) {
        p = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
        if (!p)
            break;
        if (p + 1 >= end || p[1] != '\n')
            return -1;
    }
    return n;
}

namespace {
// Rows reserved beyond a piece's estimate, for a piece of short lines.
constexpr qsizetype kSpareRows = 1024;
// More readers than this gain little: each holds its own columns until they are merged into
// the first worker, and the merge runs after all of them.
constexpr int kMostThreads = 8;
} // namespace

int TextPieces::defaultThreadCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, kMostThreads);
}

TextPieces::TextPieces(DelimitedReader &firstReader, TableImportWorker &firstWorker, size_t split,
                       qint64 secondLine, double rowsPerByte, WorkerFactory makeWorker,
                       TaskControl *control, size_t minimumToCut)
    : m_buffer(firstReader.buffer()), m_format(firstReader.format()), m_rowsPerByte(rowsPerByte),
      m_makeWorker(std::move(makeWorker)), m_control(control),
      m_minimumToCut(std::max<size_t>(minimumToCut, 2))
{
    const size_t textEnd = m_buffer->text().size();
    auto first = std::make_unique<Piece>();
    first->from = firstReader.position();
    first->end = split;
    first->reader = &firstReader;
    first->worker = &firstWorker;
    firstReader.stopAt(split);
    auto second = std::make_unique<Piece>();
    second->from = split;
    second->end = textEnd;
    second->firstLine = secondLine;
    m_total = textEnd - first->from;
    m_pieces.push_back(std::move(first));
    m_pieces.push_back(std::move(second));
    setThreadCount(defaultThreadCount());
}

TextPieces::~TextPieces() = default;

void TextPieces::setThreadCount(int threads)
{
    // Thread 0 starts on the first piece and thread 1 (if any) on the second; the others
    // start by cutting one of them.
    m_current.assign(size_t(std::max(threads, 1)), nullptr);
    for (size_t p = 0; p < m_pieces.size(); ++p) {
        m_pieces[p]->taken = p < m_current.size();
        if (m_pieces[p]->taken)
            m_current[p] = m_pieces[p].get();
    }
}

void TextPieces::prepare(Piece &piece)
{
    piece.ownReader = std::make_unique<DelimitedReader>(m_buffer, m_format);
    piece.ownReader->restrict(piece.from, piece.end, piece.firstLine);
    piece.reader = piece.ownReader.get();
    piece.ownWorker
        = m_makeWorker(qsizetype(double(piece.end - piece.from) * m_rowsPerByte) + kSpareRows);
    piece.worker = piece.ownWorker.get();
}

void TextPieces::readPieces(int thread, std::vector<std::atomic<double>> &done)
{
    Piece *piece = nullptr;
    {
        std::lock_guard lock(m_mutex);
        piece = m_current[size_t(thread)];
    }
    if (!piece)
        piece = takeNext(thread);
    double before = 0; // bytes of this thread's earlier pieces
    while (piece) {
        if (!piece->reader)
            prepare(*piece);
        piece->step = std::make_unique<TaskControl>(m_control, 0.0, 0.0);
        piece->step->setProgressFunction([&, thread, piece, before](double f) {
            done[size_t(thread)] = before + f * double(piece->end - piece->from);
            if (m_control && m_total > 0) {
                double all = 0;
                for (const std::atomic<double> &d : done)
                    all += d;
                m_control->reportProgress(all / double(m_total));
            }
        });
        piece->worker->consume(*piece->reader, piece->step.get(), m_buffer.get(), [this, piece] {
            if (piece->wanted.load(std::memory_order_relaxed))
                offerRest(*piece);
        });
        before += double(piece->end - piece->from);
        {
            std::lock_guard lock(m_mutex);
            piece->finished = true;
        }
        m_changed.notify_all();
        if (piece->worker->cancelled)
            return;
        piece = takeNext(thread);
    }
}

Message TextPieces::error() const
{
    for (const std::unique_ptr<Piece> &piece : m_pieces)
        if (piece->reader)
            if (Message stopped = piece->reader->error(); !stopped.isEmpty())
                return stopped;
    return {};
}

void TextPieces::run()
{
    std::vector<std::atomic<double>> done(m_current.size());
    std::vector<std::future<void>> others;
    for (int thread = 1; thread < threadCount(); ++thread)
        others.push_back(std::async(std::launch::async, [this, thread, &done] {
            readPieces(thread, done);
        }));
    readPieces(0, done);
    for (std::future<void> &other : others)
        other.get();
}

void TextPieces::offerRest(Piece &piece)
{
    // Between records: position() is where the next one starts, a record boundary.
    const size_t pos = piece.reader->position();
    const size_t end = piece.end;
    const std::string_view text = m_buffer->text();
    size_t cut = end - pos >= m_minimumToCut ? splitPoint(text, pos, end, m_format) : 0;
    const qint64 breaks = cut ? lineBreaks(text, pos, cut) : -1;
    std::unique_ptr<Piece> rest;
    if (breaks >= 0) {
        rest = std::make_unique<Piece>();
        rest->taken = true; // by the thread that asked for it
        rest->from = cut;
        rest->end = end;
        rest->firstLine = piece.reader->line() + breaks;
        piece.reader->stopAt(cut);
        piece.end = cut;
    }
    {
        std::lock_guard lock(m_mutex);
        piece.wanted = false;
        if (rest) {
            piece.offer = rest.get();
            for (auto it = m_pieces.begin(); it != m_pieces.end(); ++it) {
                if (it->get() == &piece) {
                    m_pieces.insert(it + 1, std::move(rest));
                    break;
                }
            }
        } else {
            piece.declined = true;
        }
    }
    m_changed.notify_all();
}

TextPieces::Piece *TextPieces::pieceToCut() const
{
    Piece *largest = nullptr;
    for (Piece *piece : m_current) {
        if (!piece || piece->finished || piece->declined || piece->beingCut)
            continue;
        if (!largest || piece->end - piece->from > largest->end - largest->from)
            largest = piece;
    }
    return largest;
}

bool TextPieces::someoneIsCutting() const
{
    return std::any_of(m_current.begin(), m_current.end(), [](const Piece *piece) {
        return piece && piece->beingCut;
    });
}

TextPieces::Piece *TextPieces::takeNext(int thread)
{
    std::unique_lock lock(m_mutex);
    m_current[size_t(thread)] = nullptr;
    while (true) {
        // A piece no thread has started (with one thread, the second piece).
        for (auto &piece : m_pieces) {
            if (!piece->taken) {
                piece->taken = true;
                m_current[size_t(thread)] = piece.get();
                return piece.get();
            }
        }
        Piece *other = pieceToCut();
        if (!other) {
            // A piece being cut for another thread may be worth cutting again afterwards.
            if (!someoneIsCutting())
                return nullptr;
            m_changed.wait(lock);
            continue;
        }
        other->offer = nullptr;
        other->beingCut = true;
        other->wanted = true;
        m_changed.wait(lock, [other] { return other->offer || other->declined || other->finished; });
        Piece *next = other->offer;
        other->offer = nullptr;
        other->wanted = false;
        other->beingCut = false;
        if (next)
            m_current[size_t(thread)] = next;
        // Whoever waits for a piece to cut may choose this one again.
        m_changed.notify_all();
        if (next)
            return next;
    }
}

void TextPieces::mergeInto(TableImportWorker &first)
{
    for (auto &piece : m_pieces) {
        if (piece->worker == &first || !piece->worker)
            continue;
        first.merge(std::move(*piece->worker));
        piece->ownWorker.reset();
        piece->worker = nullptr;
    }
}

} // namespace Segmenta
