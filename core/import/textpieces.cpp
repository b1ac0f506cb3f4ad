// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textpieces.h"

#include "import/text/delimitedreader.h"
#include "base/memoryadvice.h"
#include "import/text/sourcebuffer.h"
#include "import/tableimportworker.h"
#include "base/taskcontrol.h"

#include <atomic>
#include <bit>
#include <cstring>
#include <future>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

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
    bool finished = false;
    bool declined = false;
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
    // Counted 16 bytes at a time: a memchr call per line was a tenth of a second for the
    // first half of a 550 MB file.
    qint64 n = 0;
    const char *p = text.data() + from;
    const char *const end = text.data() + to;
#if defined(__SSE2__) || defined(_M_X64)
    const __m128i lf = _mm_set1_epi8('\n');
    for (; p + 16 <= end; p += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        n += std::popcount(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, lf))));
    }
#endif
    for (; p < end; ++p)
        n += *p == '\n';
    for (p = text.data() + from; p < end; ++p) {
        p = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
        if (!p)
            break;
        if (p + 1 >= end || p[1] != '\n')
            return -1;
    }
    return n;
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
    m_current[0] = first.get();
    m_current[1] = second.get();
    m_pieces.push_back(std::move(first));
    m_pieces.push_back(std::move(second));
}

TextPieces::~TextPieces() = default;

void TextPieces::run()
{
    std::atomic<double> done[2] = {0.0, 0.0};
    auto readAll = [&](int thread) {
        Piece *piece = m_current[thread];
        double before = 0; // bytes of this thread's earlier pieces
        while (piece) {
            if (!piece->reader) {
                piece->ownReader = std::make_unique<DelimitedReader>(m_buffer, m_format);
                piece->ownReader->restrict(piece->from, piece->end, piece->firstLine);
                piece->reader = piece->ownReader.get();
                piece->ownWorker = m_makeWorker(
                    qsizetype(double(piece->end - piece->from) * m_rowsPerByte) + 1024);
                piece->worker = piece->ownWorker.get();
            }
            piece->step = std::make_unique<TaskControl>(m_control, 0.0, 0.0);
            piece->step->setProgressFunction([&, thread, piece, before](double f) {
                done[thread] = before + f * double(piece->end - piece->from);
                if (m_control && m_total > 0)
                    m_control->reportProgress((done[0] + done[1]) / double(m_total));
            });
            piece->worker->consume(*piece->reader, piece->step.get(), m_buffer.get(),
                                   [this, piece] {
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
            piece = takeFromOther(thread);
        }
    };
    auto other = std::async(std::launch::async, readAll, 1);
    readAll(0);
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

TextPieces::Piece *TextPieces::takeFromOther(int thread)
{
    std::unique_lock lock(m_mutex);
    Piece *other = m_current[1 - thread];
    m_current[thread] = nullptr;
    if (!other || other->finished)
        return nullptr;
    other->declined = false;
    other->offer = nullptr;
    other->wanted = true;
    m_changed.wait(lock, [other] { return other->offer || other->declined || other->finished; });
    Piece *next = other->offer;
    other->offer = nullptr;
    other->wanted = false;
    m_current[thread] = next;
    return next;
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
