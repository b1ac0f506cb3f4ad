// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an .xlsx workbook (zip + XML), listed, opened and read to the
// end by XlsxReader. Must never crash, hang or allocate by a size the file states; every
// record must hold fields no longer than the field limit (docs/user/import.md, "Limits").
#include "import/importlimits.h"
#include "import/xlsx/xlsxreader.h"

#include <QDir>
#include <QTemporaryFile>

#include <cstdlib>

using namespace Segmenta;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/fuzz-XXXXXX.xlsx"));
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    (void)XlsxReader::sheetNames(file.fileName());
    auto reader = XlsxReader::open(file.fileName());
    if (!reader)
        return 0;
    Record record;
    while ((*reader)->next(record)) {
        if (record.fields.size() > size_t(ImportLimits::kMaxColumns))
            std::abort();
        for (std::string_view field : record.fields)
            if (field.size() > size_t(ImportLimits::kMaxFieldBytes))
                std::abort();
        (void)(*reader)->progress();
    }
    return 0;
}
