// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxpart.h"

#include "import/importlimits.h"
#include "import/xlsx/xlsxarchive.h"

#include <algorithm>

namespace Segmenta::Xlsx {

namespace {
constexpr int kChunkSize = 64 * 1024; // decompressed bytes handed to the XML reader at a time
}

bool XmlPart::open(const QString &name)
{
    close();
    m_xml.clear();
    m_name = name;
    m_size = 0;
    m_read = 0;
    m_end = false;
    m_damaged = false;
    m_compressed = 0;
    m_sinceToken = 0;
    m_limit = Limit::None;
    m_open = m_archive.openEntry(name, &m_size, &m_compressed);
    return m_open;
}

void XmlPart::close()
{
    if (m_open)
        m_archive.closeEntry();
    m_open = false;
}

double XmlPart::progress() const
{
    return m_size ? std::min(1.0, double(m_read) / double(m_size)) : 1.0;
}

QXmlStreamReader::TokenType XmlPart::readNext()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid || m_end
            || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            m_sinceToken = 0;
            return token;
        }
        // QXmlStreamReader holds a text token whole until its end arrives: a cell of a
        // gigabyte would be held as one. No field's XML is longer than a record may be, even
        // written as character references.
        if (m_sinceToken > quint64(ImportLimits::kMaxRecordBytes))
            stop(Limit::Field);
        else
            feed();
    }
}

void XmlPart::skipElement()
{
    for (int depth = 1; depth > 0;) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Invalid: return;
        default: break;
        }
    }
}

void XmlPart::readText(QString &out)
{
    for (int depth = 1; depth > 0;) {
        switch (readNext()) {
        case QXmlStreamReader::Characters:
            out += m_xml.text();
            if (textTooLong(out))
                return;
            break;
        case QXmlStreamReader::StartElement: ++depth; break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Invalid: return;
        default: break;
        }
    }
}

void XmlPart::readRichText(QString &out)
{
    for (int depth = 1; depth > 0;) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (name == u"t")
                readText(out);
            else if (name == u"r")
                ++depth;
            else
                skipElement();
            break;
        }
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Invalid: return;
        default: break;
        }
    }
}

void XmlPart::stop(Limit limit)
{
    m_limit = limit;
    m_end = true;
    m_xml.raiseError(QStringLiteral("limit"));
}

bool XmlPart::textTooLong(const QString &out)
{
    // UTF-16 units: at most as many as the field's UTF-8 bytes, so the check never refuses
    // text under the limit; the caller checks the UTF-8 length again.
    if (out.size() <= ImportLimits::kMaxFieldBytes)
        return false;
    stop(Limit::Field);
    return true;
}

void XmlPart::feed()
{
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    const int n = m_archive.read(chunk.data(), unsigned(chunk.size()));
    if (n <= 0) {
        m_damaged = n < 0;
        m_end = true;
        return;
    }
    chunk.truncate(n);
    m_read += quint64(n);
    m_sinceToken += quint64(n);
    if (ImportLimits::inflatesTooMuch(qint64(m_compressed), qint64(m_read))) {
        stop(Limit::Inflation);
        return;
    }
    m_xml.addData(chunk);
}

} // namespace Segmenta::Xlsx
