// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <memory>
#include <optional>

namespace Segmenta {

// Writes RFC 4180 CSV through QSaveFile: the text goes to a temporary file that replaces the
// target only on commit(), so a failed write never leaves half a file behind. Callers that
// write several files as one unit open them all and commit only when all are complete.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path, bool utf8Bom = true);

    // Another encoding than UTF-8 (e.g. "GB18030" for old Excel): no BOM; what is written is
    // still UTF-8 and is converted as it is flushed, so writeRaw() must pass whole characters.
    // Call before open(). False when Qt does not know the encoding.
    bool setEncoding(const QByteArray &name);

    Status open();
    void writeRow(const QStringList &fields);
    void writeRaw(const QByteArray &bytes) { writeRaw(bytes.constData(), bytes.size()); }
    void writeRaw(const char *utf8, qsizetype size)
    {
        m_buffer.append(utf8, size);
        flushIfLarge();
    }
    Status commit();
    // Drops the temporary file; the target stays as it was.
    void cancel();

    // RFC 4180 field, neutralised when a spreadsheet could read it as a formula
    // (base/formulaguard.h); a plain number stays a number. writeRow() passes every field
    // through it; writeRaw() is for callers that neutralise themselves (SpreadsheetCell).
    static QByteArray quoted(const QString &field);

private:
    void flushIfLarge();
    void flush();

    QString m_path;
    bool m_bom;
    std::optional<QStringEncoder> m_encoder;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
    int m_writeError = 0; // errno of the first failed write, reported by commit()
};

} // namespace Segmenta
