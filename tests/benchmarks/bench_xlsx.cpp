// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX reading benchmark: reads one sheet of a workbook to the end with XlsxReader and prints one
// JSON object with rows, seconds, rows/s, peak memory and a checksum of every field (equal
// checksums: both ways of reading gave the same records). bench_xlsx.py runs it next to pandas.
//
//   bench_xlsx FILE.xlsx [--xml-reader] [--dump OUT.tsv]
#include "import/xlsx/xlsxreader.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Segmenta;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workbook."));
    parser.addOption({QStringLiteral("xml-reader"),
                      QStringLiteral("Read with QXmlStreamReader alone (the slow path).")});
    parser.addOption({QStringLiteral("dump"), QStringLiteral("Write every record as tab-separated text."),
                      QStringLiteral("OUT")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);

    QFile dump(parser.value(QStringLiteral("dump")));
    if (parser.isSet(QStringLiteral("dump")) && !dump.open(QIODevice::WriteOnly))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const auto scanning = parser.isSet(QStringLiteral("xml-reader")) ? XlsxReader::Scanning::XmlReader
                                                                     : XlsxReader::Scanning::Fast;
    auto reader = XlsxReader::open(parser.positionalArguments().constFirst(), {}, scanning);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    Record record;
    qint64 rows = 0;
    quint64 checksum = 1469598103934665603ULL; // FNV-1a over fields and separators
    std::string line;
    while ((*reader)->next(record)) {
        ++rows;
        line.clear();
        line += std::to_string(record.line);
        for (std::string_view field : record.fields) {
            line += '\t';
            line += field;
        }
        line += '\n';
        for (char c : line)
            checksum = (checksum ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        if (dump.isOpen())
            dump.write(line.data(), qint64(line.size()));
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!(*reader)->error().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable((*reader)->error().toString()));
        return 1;
    }
    std::printf("{\"rows\": %lld, \"seconds\": %.3f, \"rows_per_s\": %.0f, \"peak_mb\": %.0f, "
                "\"checksum\": \"%016llx\"}\n",
                static_cast<long long>(rows), seconds, double(rows) / seconds,
                Bench::peakMegabytes(), static_cast<unsigned long long>(checksum));
    return 0;
}
