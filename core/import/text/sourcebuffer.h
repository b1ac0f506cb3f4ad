// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>
#include <string_view>

namespace Segmenta {

// The whole text of a source file as UTF-8, read without ever writing to the file: mapped
// when it is already UTF-8, otherwise decoded (GB18030, Big5, UTF-16) or gunzipped into memory.
class SourceBuffer
{
public:
    // encoding: empty = detect; otherwise a name such as "UTF-8", "GB18030", "Big5", "UTF-16LE".
    // maxBytes > 0 reads only the start of the file (whole lines), for previews: a preview
    // must not read or decode half a gigabyte on the GUI thread.
    static Result<std::shared_ptr<SourceBuffer>> open(const QString &path,
                                                       const QByteArray &encoding = {},
                                                       qint64 maxBytes = 0);
    static Result<std::shared_ptr<SourceBuffer>> fromBytes(QByteArray bytes,
                                                            const QByteArray &encoding = {});

    std::string_view text() const { return m_text; }
    const QByteArray &encoding() const { return m_encoding; }
    bool hadBom() const { return m_hadBom; }
    qint64 sourceBytes() const { return m_sourceBytes; }
    // The file it was read from; empty for fromBytes().
    const QString &path() const { return m_path; }
    // Lines that are not valid UTF-8 in a file detected as UTF-8 from the rest of its lines
    // (a GB18030 line pasted into a UTF-8 export). Readers reject those lines; the text keeps
    // their bytes as they are (docs/user/import.md).
    qint64 invalidUtf8Lines() const { return m_invalidUtf8Lines; }
    // Whether the file's first line with text is in another encoding than the one chosen for
    // the file (a GB18030 header over UTF-8 lines, or the reverse). Known only when the
    // encoding was detected and the file is not one encoding throughout.
    bool firstLineInOtherEncoding() const { return m_firstLineInOtherEncoding; }

    // Encoding detection on raw bytes: BOM, then UTF-16 by zero bytes, then valid UTF-8, then
    // GB18030 or Big5 by which one's double-byte patterns the text follows.
    static QByteArray detectEncoding(const char *data, qsizetype size);

    // Tells the OS that the mapped text in [from, to) will not be read again, so its pages
    // leave the process's memory. A no-op for text decoded into memory.
    void release(const char *from, const char *to) const;
    // Maps the next stretch of a mapped file in one call rather than a fault per page.
    void prefault(const char *from, qint64 bytes) const;
    static bool isValidUtf8(const char *data, qsizetype size);
    // Valid UTF-8 whose last sequence is complete: for whole lines and fields, not samples.
    static bool isCompleteUtf8(const char *data, qsizetype size);

private:
    Status decode(std::string_view raw, const QByteArray &encoding);
    // The encoding of a text that is not valid UTF-8 as a whole, decided line by line: UTF-8
    // when more lines with non-ASCII text are valid UTF-8 than not, else GB18030 or Big5.
    QByteArray chooseByLines(std::string_view raw);

    std::unique_ptr<QFile> m_file; // kept open while mapped
    QByteArray m_storage;          // decoded or decompressed text, when not mapped
    std::string_view m_text;
    const char *m_mapped = nullptr; // start of the mapping when m_text is mapped
    QByteArray m_encoding;
    QString m_path;
    bool m_hadBom = false;
    qint64 m_sourceBytes = 0;
    qint64 m_invalidUtf8Lines = 0;
    bool m_firstLineInOtherEncoding = false;
};

} // namespace Segmenta
