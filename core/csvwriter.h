#pragma once

#include "result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace Segmenta {

// Writes RFC 4180 CSV through QSaveFile: the text goes to a temporary file that replaces the
// target only on commit(), so a failed write never leaves half a file behind.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path, bool utf8Bom = true);

    Status open();
    void writeRow(const QStringList &fields);
    void writeRaw(const QByteArray &bytes) { m_buffer.append(bytes); flushIfLarge(); }
    Status commit();

    static QByteArray quoted(const QString &field);

private:
    void flushIfLarge();

    QString m_path;
    bool m_bom;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
};

} // namespace Segmenta
