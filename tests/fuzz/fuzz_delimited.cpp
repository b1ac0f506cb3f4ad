// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through encoding detection, format sniffing, the delimited
// reader and the whole table import. Must never crash, hang or read out of bounds, and the
// import's counts must always add up.
#include "import/text/delimitedformat.h"
#include "import/text/delimitedreader.h"
#include "import/text/sourcebuffer.h"
#include "import/tableimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstdlib>

using namespace Segmenta;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto buffer = SourceBuffer::fromBytes(bytes);
    if (buffer.ok()) {
        const std::string_view text = (*buffer)->text();
        const DelimitedFormat format = DelimitedFormat::sniff(text);
        DelimitedReader reader(text, format);
        Record r;
        size_t guard = 0;
        size_t checksum = 0;
        while (reader.next(r) && ++guard < 1000000) {
            // Touch every byte of every field, so that AddressSanitizer sees a view into freed
            // or foreign memory; an unescaped field can never be longer than the text.
            for (std::string_view f : r.fields) {
                if (f.size() > text.size())
                    std::abort();
                for (char c : f)
                    checksum += static_cast<unsigned char>(c);
            }
        }
        if (guard >= 1000000 && text.size() < 1000000)
            std::abort(); // more records than bytes: the reader is not advancing
        (void)checksum;
    }
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/fuzz-XXXXXX.csv"));
    if (file.open()) {
        file.write(bytes);
        file.flush();
        for (TableKind kind : {TableKind::Transactions, TableKind::Customers}) {
            TableImportOptions o;
            o.path = file.fileName();
            o.kind = kind;
            o.dateOrder = DateOrder::DayMonthYear;
            auto t = TableImporter::run(o);
            if (t.ok() && !t->report.countsAddUp())
                std::abort();
        }
    }
    return 0;
}
