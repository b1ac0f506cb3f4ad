// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <unzip.h>

namespace Segmenta::Xlsx {

// A zip file with an index of its entries. Entry names are compared the way Excel does:
// case-insensitively, either slash. Part of XlsxReader.
class Archive
{
public:
    Archive() = default;
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;
    ~Archive();

    bool open(const QString &path);
    bool contains(const QString &name) const;

    // One entry at a time: size receives its uncompressed size as the zip states it,
    // compressed its size in the zip.
    bool openEntry(const QString &name, quint64 *size, quint64 *compressed = nullptr);
    int read(char *data, unsigned size) { return unzReadCurrentFile(m_zip, data, size); }
    void closeEntry() { unzCloseCurrentFile(m_zip); }

private:
    unzFile m_zip = nullptr;
    QHash<QString, unz64_file_pos> m_entries;
};

} // namespace Segmenta::Xlsx
