// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxarchive.h"

#include <QFile>

#include <algorithm>
#include <memory>
#include <vector>

namespace Segmenta::Xlsx {

namespace {

// Zip entry names are compared the way Excel does: case-insensitively, either slash.
QString entryKey(QString name)
{
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.toLower();
}

// minizip file callbacks over QFile, so that paths with non-ASCII names open on every platform.
voidpf ZCALLBACK openFile(voidpf, const void *filename, int mode)
{
    if (mode & ZLIB_FILEFUNC_MODE_WRITE)
        return nullptr;
    auto file = std::make_unique<QFile>(*static_cast<const QString *>(filename));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file.release();
}

uLong ZCALLBACK readFile(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QFile *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK writeFile(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile *>(stream)->pos());
}

long ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto file = static_cast<QFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    return file->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

} // namespace

Archive::~Archive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool Archive::open(const QString &path)
{
    zlib_filefunc64_def io = {openFile, readFile, writeFile, tellFile,
                              seekFile, closeFile, fileError, nullptr};
    m_zip = unzOpen2_64(&path, &io);
    if (!m_zip)
        return false;
    std::vector<char> name(65536);
    for (int rc = unzGoToFirstFile(m_zip); rc == UNZ_OK; rc = unzGoToNextFile(m_zip)) {
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, name.data(), uLong(name.size()), nullptr, 0,
                                    nullptr, 0) != UNZ_OK) {
            break;
        }
        unz64_file_pos position;
        if (unzGetFilePos64(m_zip, &position) != UNZ_OK)
            break;
        const qsizetype length = qsizetype(std::min<uLong>(info.size_filename, 65535));
        m_entries.insert(entryKey(QString::fromUtf8(name.data(), length)), position);
    }
    return true;
}

bool Archive::contains(const QString &name) const
{
    return m_entries.contains(entryKey(name));
}

bool Archive::openEntry(const QString &name, quint64 *size, quint64 *compressed)
{
    const auto it = m_entries.constFind(entryKey(name));
    if (it == m_entries.constEnd() || unzGoToFilePos64(m_zip, &it.value()) != UNZ_OK)
        return false;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    *size = info.uncompressed_size;
    if (compressed)
        *compressed = info.compressed_size;
    return unzOpenCurrentFile(m_zip) == UNZ_OK;
}

} // namespace Segmenta::Xlsx
