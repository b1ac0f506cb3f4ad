// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text/sourcebuffer.h"

#include "base/memoryadvice.h"
#include "import/importlimits.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <zlib.h>
#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Import";

bool startsWith(std::string_view s, std::string_view p)
{
    return s.substr(0, p.size()) == p;
}

QByteArray wholeLines(QByteArray bytes)
{
    const qsizetype end = bytes.lastIndexOf('\n');
    if (end > 0)
        bytes.truncate(end + 1);
    return bytes;
}

// The length of the line that runs on at the end of [data, data + size), given the length
// it had before; CR counts as a line end, as DelimitedReader reads it.
qint64 openLineLength(const char *data, qsizetype size, qint64 before)
{
    for (qsizetype i = size; i > 0; --i)
        if (data[i - 1] == '\n' || data[i - 1] == '\r')
            return qint64(size - i);
    return before + size;
}

// Inflates a whole .gz in steps of a few megabytes, stopping at the first step past a limit
// (docs/user/import.md, "Limits"): a bomb is refused before it fills the memory.
Result<QByteArray> gunzip(std::string_view raw, const QString &path, qint64 maxBytes = 0)
{
    constexpr qsizetype kStep = qsizetype(4) << 20;
    z_stream zs;
    std::memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, 15 + 32) != Z_OK)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                   "“%1” could not be decompressed."),
                       {path});
    QByteArray out;
    out.resize(qsizetype(std::clamp<size_t>(raw.size() * 4, 1 << 16, size_t(kStep))));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.data()));
    zs.avail_in = uInt(raw.size());
    qsizetype produced = 0;
    qint64 openLine = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END && (maxBytes <= 0 || produced < maxBytes)) {
        if (produced == out.size())
            out.resize(out.size() * 2);
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = uInt(std::min<qsizetype>(out.size() - produced, kStep));
        const uInt before = zs.avail_out;
        rc = inflate(&zs, Z_NO_FLUSH);
        const qsizetype fresh = qsizetype(before - zs.avail_out);
        openLine = openLineLength(out.constData() + produced, fresh, openLine);
        produced += fresh;
        if (rc == Z_STREAM_END && zs.avail_in > 0) {
            inflateReset(&zs); // concatenated gzip members
            rc = Z_OK;
        } else if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && zs.avail_in > 0)) {
            inflateEnd(&zs);
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                       "“%1” is a damaged compressed file."),
                           {path});
        }
        if (maxBytes > 0)
            continue; // a preview stops at maxBytes anyway
        if (ImportLimits::inflatesTooMuch(qint64(raw.size()), produced)) {
            inflateEnd(&zs);
            return ImportLimits::inflationBomb(path);
        }
        if (openLine > ImportLimits::kMaxRecordBytes) {
            inflateEnd(&zs);
            const std::string_view text(out.constData(), size_t(produced - openLine));
            const qint64 line = 1 + qint64(std::count(text.begin(), text.end(), '\n'));
            return ImportLimits::recordTooLong(path, line);
        }
    }
    inflateEnd(&zs);
    out.resize(produced);
    if (maxBytes > 0 && rc != Z_STREAM_END)
        return wholeLines(out.left(maxBytes));
    return out;
}

// Whether the last UTF-8 sequence of raw is complete (from the last lead byte on).
bool endsComplete(std::string_view raw)
{
    size_t k = raw.size() > 4 ? raw.size() - 4 : 0;
    while (k > 0 && (static_cast<unsigned char>(raw[k]) & 0xC0) == 0x80)
        --k;
    return SourceBuffer::isCompleteUtf8(raw.data() + k, qsizetype(raw.size() - k));
}

} // namespace

bool SourceBuffer::isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Skip ASCII eight bytes at a time: most exports are mostly ASCII.
        if (i + 8 <= size) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        int n;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
        } else {
            return false;
        }
        if (i + n >= size)
            return true; // a sequence cut by the end of a sample still counts as valid
        for (int k = 1; k <= n; ++k)
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
        if (n == 2 && ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] > 0x9F)))
            return false;
        if (n == 3 && ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] > 0x8F)))
            return false;
        i += n + 1;
    }
    return true;
}

bool SourceBuffer::isCompleteUtf8(const char *data, qsizetype size)
{
    if (!isValidUtf8(data, size))
        return false;
    // isValidUtf8 accepts a sequence cut by the end; Qt's stateless decoder does not. Its
    // decode() converts only when the result is read: an unread result never sets hasError().
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(QByteArrayView(data, size));
    return !decoder.hasError();
}

QByteArray SourceBuffer::detectEncoding(const char *data, qsizetype size)
{
    const std::string_view s(data, size_t(size));
    if (startsWith(s, "\xEF\xBB\xBF"))
        return "UTF-8";
    if (startsWith(s, "\xFF\xFE"))
        return "UTF-16LE";
    if (startsWith(s, "\xFE\xFF"))
        return "UTF-16BE";
    // UTF-16 without BOM: ASCII text has a zero in every other byte.
    const qsizetype probe = std::min<qsizetype>(size, 4096);
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < probe; ++i)
        if (s[size_t(i)] == 0)
            ++(i % 2 ? zeroOdd : zeroEven);
    if (probe >= 4 && zeroOdd > probe / 4 && zeroEven < probe / 50)
        return "UTF-16LE";
    if (probe >= 4 && zeroEven > probe / 4 && zeroOdd < probe / 50)
        return "UTF-16BE";
    if (isValidUtf8(data, size))
        return "UTF-8";

    // GBK and Big5 share lead bytes; they differ in trail bytes. GB2312 text (most of real
    // GBK) uses trail bytes 0xA1-0xFE, while a third of common Big5 characters have trail
    // bytes 0x40-0x7E. Big5 also never has lead bytes 0x81-0xA0.
    qsizetype pairs = 0, lowTrail = 0, gbOnlyLead = 0;
    const auto *u = reinterpret_cast<const unsigned char *>(data);
    for (qsizetype i = 0; i + 1 < size; ++i) {
        if (u[i] < 0x81)
            continue;
        ++pairs;
        if (u[i] <= 0xA0)
            ++gbOnlyLead;
        if (u[i + 1] >= 0x40 && u[i + 1] <= 0x7E)
            ++lowTrail;
        ++i;
    }
    if (pairs > 0 && gbOnlyLead == 0 && lowTrail * 10 > pairs) {
        QStringDecoder big5("Big5");
        if (big5.isValid()) {
            const QString decoded = big5.decode(QByteArrayView(data, size)); // read: see above
            if (!big5.hasError())
                return "Big5";
        }
    }
    return "GB18030";
}

QByteArray SourceBuffer::chooseByLines(std::string_view raw)
{
    // Counted over every line, not a sample of the head: the line that disagrees may be the
    // last one, and the choice must not depend on where it is. The first line with text (a
    // header, most often) is counted apart: when it alone is in another encoding, the lines
    // below decide, and the header is reported (docs/user/import.md, "Encoding").
    qint64 utf8 = 0, invalid = 0;
    int first = 0; // the first line with text: 0 = ASCII, 1 = UTF-8, -1 = not UTF-8
    bool seenText = false;
    size_t from = 0;
    while (from < raw.size()) {
        size_t end = raw.find('\n', from);
        if (end == std::string_view::npos)
            end = raw.size();
        const char *line = raw.data() + from;
        const qsizetype size = qsizetype(end - from);
        from = end + 1;
        const bool ascii = std::all_of(line, line + size, [](char c) { return (c & 0x80) == 0; });
        const int kind = ascii ? 0 : isCompleteUtf8(line, size) ? 1 : -1;
        if (!seenText) {
            seenText = std::any_of(line, line + size,
                                   [](char c) { return c != ' ' && c != '\t' && c != '\r'; });
            if (seenText) {
                first = kind;
                continue;
            }
        }
        if (kind != 0)
            ++(kind > 0 ? utf8 : invalid);
    }
    const bool restDecides = utf8 + invalid > 0;
    const bool utf8Chosen = restDecides ? utf8 > invalid : first > 0;
    // detectEncoding() says UTF-8 only for a text that is valid but for a sequence cut by the
    // end of the file: that last line is rejected like any other line that is not UTF-8.
    const QByteArray chosen = utf8Chosen ? QByteArray("UTF-8")
                                         : detectEncoding(raw.data(), qsizetype(raw.size()));
    if (chosen == "UTF-8")
        m_invalidUtf8Lines = invalid + (first < 0 ? 1 : 0);
    m_firstLineInOtherEncoding = restDecides && first != 0 && (first > 0) != (chosen == "UTF-8");
    return chosen;
}

Status SourceBuffer::decode(std::string_view raw, const QByteArray &requested)
{
    // Detection has validated UTF-8 over the whole text already; only a requested UTF-8 is
    // checked below.
    const bool detected = requested.isEmpty();
    m_encoding = detected ? detectEncoding(raw.data(), qsizetype(raw.size())) : requested;
    if (detected && m_encoding != "UTF-8" && !m_encoding.startsWith("UTF-16"))
        m_encoding = chooseByLines(raw);
    else if (detected && m_encoding == "UTF-8" && !endsComplete(raw))
        m_encoding = chooseByLines(raw); // detection let a sequence cut by the end pass
    const QByteArray upper = m_encoding.toUpper();
    if (upper == "UTF-8" || upper == "UTF8") {
        m_encoding = "UTF-8";
        if (startsWith(raw, "\xEF\xBB\xBF")) {
            raw.remove_prefix(3);
            m_hadBom = true;
        }
        if (!detected && !isValidUtf8(raw.data(), qsizetype(raw.size())))
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                       "The file is not valid UTF-8. Choose its "
                                                       "encoding (for example GB18030 or Big5)."));
        m_text = raw;
        return {};
    }
    QStringDecoder decoder(m_encoding.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                   "The encoding “%1” is not supported."),
                       {QString::fromLatin1(m_encoding)});
    // The BOM is dropped by the decoder for UTF-16; remember that it was there.
    m_hadBom = startsWith(raw, "\xFF\xFE") || startsWith(raw, "\xFE\xFF");
    QString text = decoder.decode(QByteArrayView(raw.data(), qsizetype(raw.size())));
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    m_storage = text.toUtf8();
    m_text = std::string_view(m_storage.constData(), size_t(m_storage.size()));
    return {};
}

Result<std::shared_ptr<SourceBuffer>> SourceBuffer::open(const QString &path,
                                                         const QByteArray &encoding,
                                                         qint64 maxBytes)
{
    if (Status regular = ImportLimits::checkSourceFile(path); !regular)
        return regular.error();
    auto buffer = std::make_shared<SourceBuffer>();
    buffer->m_path = path;
    const auto named = [&path](Result<std::shared_ptr<SourceBuffer>> inflated) {
        if (inflated)
            (*inflated)->m_path = path;
        return inflated;
    };
    buffer->m_file = std::make_unique<QFile>(path);
    // ReadOnly: the source is never written to.
    if (!buffer->m_file->open(QIODevice::ReadOnly))
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import",
                                                   "The file “%1” cannot be read: %2."),
                       {path, buffer->m_file->errorString()});
    const qint64 size = buffer->m_file->size();
    buffer->m_sourceBytes = size;
    if (maxBytes > 0 && size > maxBytes) {
        const QByteArray head = buffer->m_file->read(maxBytes);
        if (head.startsWith("\x1F\x8B")) {
            buffer->m_file->seek(0);
            const QByteArray all = buffer->m_file->readAll();
            auto inflated = gunzip(std::string_view(all.constData(), size_t(all.size())), path, maxBytes);
            if (!inflated)
                return inflated.error();
            return named(fromBytes(inflated.takeValue(), encoding));
        }
        return named(fromBytes(wholeLines(head), encoding));
    }
    std::string_view raw;
    QByteArray readBytes;
    if (size > 0) {
        if (uchar *mapped = buffer->m_file->map(0, size)) {
            raw = std::string_view(reinterpret_cast<const char *>(mapped), size_t(size));
            buffer->m_mapped = raw.data();
#ifdef Q_OS_UNIX
            ::madvise(mapped, size_t(size), MADV_SEQUENTIAL);
#endif
        } else {
            readBytes = buffer->m_file->readAll();
            raw = std::string_view(readBytes.constData(), size_t(readBytes.size()));
        }
    }
    if (startsWith(raw, "\x1F\x8B")) {
        auto inflated = gunzip(raw, path, maxBytes);
        if (!inflated)
            return inflated.error();
        buffer->m_file.reset();
        return named(fromBytes(inflated.takeValue(), encoding));
    }
    if (!readBytes.isEmpty()) {
        buffer->m_storage = readBytes;
        raw = std::string_view(buffer->m_storage.constData(), size_t(buffer->m_storage.size()));
    }
    // Decoding into m_storage would overwrite readBytes' copy; keep a handle alive meanwhile.
    const QByteArray keep = buffer->m_storage;
    if (Status st = buffer->decode(raw, encoding); !st)
        return st.error();
    // Decoded text lives on the heap, not in the mapping. (UTF-8 text starts after its BOM,
    // inside the mapping: comparing start pointers alone took it for decoded, and its pages
    // were never handed back while it was read.)
    if (buffer->m_mapped
        && (buffer->m_text.data() < raw.data() || buffer->m_text.data() > raw.data() + raw.size()))
        buffer->m_mapped = nullptr;
    return buffer;
}

void SourceBuffer::prefault(const char *from, qint64 bytes) const
{
    if (!m_mapped || from < m_text.data() || from >= m_text.data() + m_text.size())
        return;
    const qint64 left = qint64(m_text.data() + m_text.size() - from);
    MemoryAdvice::prefault(from, size_t(std::min(bytes, left)));
}

void SourceBuffer::release(const char *from, const char *to) const
{
#ifdef Q_OS_UNIX
    if (!m_mapped || from < m_text.data() || to > m_text.data() + m_text.size() || to <= from)
        return;
    static const size_t page = size_t(::sysconf(_SC_PAGESIZE));
    // Whole pages inside the range only: the neighbours may still be read by someone else.
    const quintptr start = (quintptr(from) + page - 1) / page * page;
    const quintptr end = quintptr(to) / page * page;
    if (end > start)
        ::madvise(reinterpret_cast<void *>(start), size_t(end - start), MADV_DONTNEED);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

Result<std::shared_ptr<SourceBuffer>> SourceBuffer::fromBytes(QByteArray bytes,
                                                              const QByteArray &encoding)
{
    auto buffer = std::make_shared<SourceBuffer>();
    buffer->m_sourceBytes = bytes.size();
    buffer->m_storage = std::move(bytes);
    const QByteArray keep = buffer->m_storage; // shared, so decode may replace m_storage
    const std::string_view raw(keep.constData(), size_t(keep.size()));
    if (Status st = buffer->decode(raw, encoding); !st)
        return st.error();
    if (buffer->m_encoding == "UTF-8")
        buffer->m_storage = keep; // m_text points into keep's data
    return buffer;
}

} // namespace Segmenta
