// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/csvwriter.h"

#include "base/atomicfile.h"
#include "base/formulaguard.h"

#include <cerrno>

namespace Segmenta {

CsvWriter::CsvWriter(const QString &path, bool utf8Bom) : m_path(path), m_bom(utf8Bom) {}

bool CsvWriter::setEncoding(const QByteArray &name)
{
    if (name.compare("UTF-8", Qt::CaseInsensitive) == 0) {
        m_encoder.reset();
        return true;
    }
    m_encoder.emplace(name.constData());
    if (!m_encoder->isValid()) {
        m_encoder.reset();
        return false;
    }
    m_bom = false;
    return true;
}

void CsvWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_buffer.clear();
}

void CsvWriter::flush()
{
    if (!m_file || m_buffer.isEmpty())
        return;
    const QByteArray bytes = m_encoder ? QByteArray(m_encoder->encode(QString::fromUtf8(m_buffer))) : m_buffer;
    m_buffer.clear();
    if (m_writeError != 0)
        return;
    // Pushed to the disk now, so a full disk is seen here, with its errno: QSaveFile would
    // report it only as "Unknown error", or not at all.
    errno = 0;
    if (m_file->write(bytes) != bytes.size() || !m_file->flush())
        m_writeError = errno != 0 ? errno : EIO;
}

Status CsvWriter::open()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return Message("Segmenta::Export",
                       QT_TRANSLATE_NOOP("Segmenta::Export", "“%1” cannot be written: %2."),
                       {m_path, m_file->errorString()});
    if (m_bom)
        m_buffer.append("\xEF\xBB\xBF");
    return {};
}

QByteArray CsvWriter::quoted(const QString &field)
{
    QByteArray bytes = field.toUtf8();
    const std::string_view view(bytes.constData(), size_t(bytes.size()));
    if (FormulaGuard::needsNeutralising(view) && !FormulaGuard::isPlainNumber(view))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_buffer.append(',');
        m_buffer.append(quoted(fields[i]));
    }
    m_buffer.append("\r\n");
    flushIfLarge();
}

void CsvWriter::flushIfLarge()
{
    if (m_buffer.size() >= (1 << 20))
        flush();
}

Status CsvWriter::commit()
{
    if (!m_file)
        return open();
    flush();
    if (m_writeError != 0) {
        cancel();
        return AtomicFile::writeError(m_path, m_writeError);
    }
    errno = 0;
    if (!m_file->commit())
        return AtomicFile::writeError(m_path, errno != 0 ? errno : EIO);
    return {};
}

} // namespace Segmenta
