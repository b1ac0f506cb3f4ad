// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace Segmenta::Xlsx {

class Archive;

// Parses one XML entry of the archive, decompressing it as the reader asks for more. Part of
// XlsxReader.
class XmlPart
{
public:
    explicit XmlPart(Archive &archive) : m_archive(archive) {}
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;
    ~XmlPart() { close(); }

    // False when the archive has no such entry.
    bool open(const QString &name);
    void close();

    QXmlStreamReader &xml() { return m_xml; }
    const QXmlStreamReader &xml() const { return m_xml; }
    const QString &name() const { return m_name; }
    // The compressed data was corrupt, as opposed to the XML in it.
    bool isDamaged() const { return m_damaged; }
    // Reading stopped at a limit of importlimits.h (the reader then reports an error).
    enum class Limit { None, Inflation, Field };
    Limit limit() const { return m_limit; }
    // Stops reading at a limit: the XML reader reports an error from here on.
    void stop(Limit limit);
    double progress() const;

    QXmlStreamReader::TokenType readNext();
    // Reads past the end of the element whose start was just read.
    void skipElement();
    // Appends the text of the element whose start was just read. Text may come in several
    // tokens when it straddles two decompressed chunks.
    void readText(QString &out);
    // Appends the text of an <si> or <is>: its <t>, or the <t> of each <r> run. Phonetic
    // guides (<rPh>) are annotations, not part of the value.
    void readRichText(QString &out);

private:
    void feed();
    // Stops when text read into out has grown past the field limit.
    bool textTooLong(const QString &out);

    Archive &m_archive;
    QXmlStreamReader m_xml;
    QString m_name;
    quint64 m_size = 0;
    quint64 m_read = 0;
    quint64 m_compressed = 0;
    quint64 m_sinceToken = 0; // bytes fed since the XML reader last returned a token
    Limit m_limit = Limit::None;
    bool m_open = false;
    bool m_end = false;
    bool m_damaged = false;
};

} // namespace Segmenta::Xlsx
