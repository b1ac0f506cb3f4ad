// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxscannerfeed.h"

#include "import/importlimits.h"
#include "import/xlsx/xlsxarchive.h"
#include "import/xlsx/xlsxsheetscanner.h"

#include <algorithm>

namespace Segmenta::Xlsx {

namespace {
constexpr size_t kChunk = 64 * 1024;        // XmlPart's chunk
constexpr size_t kBlock = 256 * 1024;       // inflated bytes asked for at a time
}

bool ScannerFeed::open(const QString &name)
{
    close();
    m_read = 0;
    m_open = m_archive.openEntry(name, &m_size, &m_compressed);
    return m_open;
}

void ScannerFeed::close()
{
    if (m_open)
        m_archive.closeEntry();
    m_open = false;
}

double ScannerFeed::progress() const
{
    return m_size ? std::min(1.0, double(m_read) / double(m_size)) : 1.0;
}

void ScannerFeed::feed(SheetScanner &scanner)
{
    const size_t pending = scanner.pending();
    if (!m_open || pending > size_t(ImportLimits::kMaxRecordBytes)) {
        scanner.finish(); // a row this long: the slow path applies its limits
        return;
    }
    // A row longer than a block is scanned again from its start: doubling bounds the rescans.
    const size_t want = (std::max(kBlock, pending) + kChunk - 1) / kChunk * kChunk;
    m_block.resize(want);
    const int n = m_archive.read(m_block.data(), unsigned(want));
    if (n <= 0) {
        scanner.finish(); // the end, or damage: the slow path says which
        return;
    }
    size_t usable = 0;
    bool limited = false;
    while (usable < size_t(n)) {
        const size_t chunk = std::min(kChunk, size_t(n) - usable);
        if (ImportLimits::inflatesTooMuch(qint64(m_compressed), qint64(m_read + usable + chunk))) {
            limited = true;
            break;
        }
        usable += chunk;
    }
    m_read += usable;
    scanner.append(m_block.data(), usable);
    if (limited)
        scanner.finish();
}

} // namespace Segmenta::Xlsx
