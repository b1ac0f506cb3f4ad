// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Segmenta::Xlsx {

class Archive;
class SheetScanner;

// Inflates one entry of the archive for a SheetScanner, in blocks of whole 64 KiB chunks of
// XmlPart with the inflation limit checked per chunk as XmlPart does, so that the scanner never
// sees a byte the QXmlStreamReader path would not have read (docs/architecture.md, "XLSX fast
// path"). At the end of the entry, damage or a limit, the scanner is told that nothing follows.
class ScannerFeed
{
public:
    explicit ScannerFeed(Archive &archive) : m_archive(archive) {}
    ScannerFeed(const ScannerFeed &) = delete;
    ScannerFeed &operator=(const ScannerFeed &) = delete;
    ~ScannerFeed() { close(); }

    // False when the archive has no such entry.
    bool open(const QString &name);
    void close();
    void feed(SheetScanner &scanner);
    double progress() const;

private:
    Archive &m_archive;
    std::vector<char> m_block;
    quint64 m_size = 0; // of the entry, inflated, as the zip states it
    quint64 m_compressed = 0;
    quint64 m_read = 0; // bytes inflated for the scanner
    bool m_open = false;
};

} // namespace Segmenta::Xlsx
