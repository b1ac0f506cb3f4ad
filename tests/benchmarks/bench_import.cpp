// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: generates N customers with about 7N order lines (the demo generator,
// English headers), then measures (1) import into memory, analysis-ready, and (2) import plus
// saving the project file. Prints one JSON object with seconds, MB/s and peak memory.
//
//   bench_import [--customers N] [--folder DIR] [--keep]
#include "import/datasetimporter.h"
#include "demo/demogenerator.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Segmenta;
using Segmenta::Bench::peakMegabytes;

namespace {

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers to generate."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("folder"), QStringLiteral("Where to write the data (default: a temporary folder)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("import-only"), QStringLiteral("Stop after the import to memory (for profiling).")});
    parser.process(app);

    QTemporaryDir temp;
    const QString folder = parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : temp.path();
    QDir().mkpath(folder);
    DemoOptions demo;
    demo.customers = parser.value(QStringLiteral("customers")).toLongLong();
    demo.chineseHeaders = false;

    QElapsedTimer timer;
    timer.start();
    DemoFiles files;
    const QString customersPath = QDir(folder).filePath(QStringLiteral("customers.csv"));
    if (QFileInfo::exists(customersPath) && parser.isSet(QStringLiteral("folder"))) {
        files.customersPath = customersPath;
        files.ordersPath = QDir(folder).filePath(QStringLiteral("orders.csv"));
    } else {
        auto generated = DemoGenerator::write(folder, demo);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.errorString()));
            return 1;
        }
        files = *generated;
    }
    const double generateSeconds = timer.nsecsElapsed() / 1e9;
    const double megabytes = double(QFileInfo(files.customersPath).size() + QFileInfo(files.ordersPath).size()) / 1e6;

    TableImportOptions customers, orders;
    customers.kind = TableKind::Customers;
    customers.path = files.customersPath;
    orders.kind = TableKind::Transactions;
    orders.path = files.ordersPath;

    timer.restart();
    auto dataset = DatasetImporter::run(customers, orders);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (!dataset) {
        std::fprintf(stderr, "%s\n", qPrintable(dataset.errorString()));
        return 1;
    }
    const double peakAfterImport = peakMegabytes();
    if (parser.isSet(QStringLiteral("import-only"))) {
        std::printf("{\"import_to_memory_s\": %.3f, \"peak_mb_after_import\": %.0f}\n",
                    importSeconds, peakAfterImport);
        return 0;
    }

    timer.restart();
    ProjectContents project;
    project.data = dataset.takeValue();
    const QString projectPath = QDir(folder).filePath(QStringLiteral("bench.segmenta"));
    if (Status st = ProjectFile::save(projectPath, project); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.errorString()));
        return 1;
    }
    const double saveSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    auto loaded = ProjectFile::load(projectPath);
    const double loadSeconds = timer.nsecsElapsed() / 1e9;

    const QJsonObject out{
        {QStringLiteral("customers"), qint64(project.data.customerCount())},
        {QStringLiteral("transactions"), qint64(project.data.transactionCount())},
        {QStringLiteral("csv_mb"), megabytes},
        {QStringLiteral("generate_s"), generateSeconds},
        {QStringLiteral("import_to_memory_s"), importSeconds},
        {QStringLiteral("import_mb_per_s"), megabytes / importSeconds},
        {QStringLiteral("save_s"), saveSeconds},
        {QStringLiteral("import_and_save_s"), importSeconds + saveSeconds},
        {QStringLiteral("project_mb"), double(QFileInfo(projectPath).size()) / 1e6},
        {QStringLiteral("load_project_s"), loaded ? loadSeconds : -1.0},
        {QStringLiteral("peak_mb_after_import"), peakAfterImport},
        {QStringLiteral("peak_mb"), peakMegabytes()}};
    std::printf("%s", QJsonDocument(out).toJson().constData());
    return 0;
}
