// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "clioutput.h"
#include "commandline.h"

#include "import/datasetimporter.h"
#include "demo/demogenerator.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Segmenta::Cli {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates the demo data (customers.csv, orders.csv: a Chinese retailer, ~20,000 "
        "customers, three years of orders) and imports it into FOLDER/demo.segmenta."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Folder to write into (default: segmenta-demo)."), QStringLiteral("FOLDER"), QStringLiteral("segmenta-demo")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Number of customers (default 20000)."), QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 20240305)."), QStringLiteral("N"), QStringLiteral("20240305")});
    parser.addOption({QStringLiteral("english-headers"), QStringLiteral("Write English column headers instead of Chinese ones.")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;

    const QString folder = parser.value(QStringLiteral("output"));
    if (!QDir().mkpath(folder)) {
        printError(QStringLiteral("demo: the folder “%1” cannot be created.").arg(folder));
        return 1;
    }
    DemoOptions options;
    bool ok = false;
    options.customers = parser.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || options.customers <= 0) {
        printError(QStringLiteral("demo: --customers must be a positive number."));
        return 2;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        printError(QStringLiteral("demo: --seed must be a number."));
        return 2;
    }
    options.chineseHeaders = !parser.isSet(QStringLiteral("english-headers"));
    auto files = DemoGenerator::write(folder, options);
    if (!files) {
        printError(files.errorString());
        return 1;
    }
    TableImportOptions customers;
    customers.kind = TableKind::Customers;
    customers.path = files->customersPath;
    TableImportOptions orders;
    orders.kind = TableKind::Transactions;
    orders.path = files->ordersPath;
    auto dataset = DatasetImporter::run(customers, orders);
    if (!dataset) {
        printError(dataset.errorString());
        return 1;
    }
    const QString projectPath = QDir(folder).absoluteFilePath(QStringLiteral("demo.segmenta"));
    ProjectContents project;
    project.data = dataset.takeValue();
    project.settings.insert(ProjectSettings::kCurrency, DemoGenerator::currency());
    if (Status st = ProjectFile::save(projectPath, project); !st) {
        printError(st.errorString());
        return 1;
    }
    qint64 rejected = 0;
    for (const TableImportReport &r : project.data.imports)
        rejected += r.rejected;
    printJson(QJsonObject{{QStringLiteral("folder"), QFileInfo(folder).absoluteFilePath()},
                          {QStringLiteral("customers_file"), files->customersPath},
                          {QStringLiteral("orders_file"), files->ordersPath},
                          {QStringLiteral("project"), projectPath},
                          {QStringLiteral("customers"), qint64(project.data.customerCount())},
                          {QStringLiteral("transactions"), qint64(project.data.transactionCount())},
                          {QStringLiteral("rejected"), rejected}});
    return 0;
}

} // namespace Segmenta::Cli
