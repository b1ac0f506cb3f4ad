// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli: the command-line face of Segmenta. Parsing only; the work is in core.
#include "analyzecommand.h"
#include "checkcommand.h"
#include "clusterscommand.h"
#include "clioutput.h"
#include "democommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "segmentscommand.h"
#include "settingscommand.h"
#include "snapshotcommand.h"
#include "warehousecommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace Segmenta;

namespace {

const char kUsage[] =
    "Usage: segmenta-cli COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  import   Import customer and order files into a project (.segmenta), or summarise\n"
    "           the orders of a PostgreSQL database or warehouse (--source)\n"
    "  refresh  Summarise a warehouse project's orders again (optionally saving a snapshot)\n"
    "  demo     Generate the demo data and build its project\n"
    "  analyze  Run the analyses of a project and print them as JSON\n"
    "  scores   Write one row of scores per customer to a CSV file\n"
    "  clusters Groups found on chosen attributes (lifestyle, age, region, value ...), profiled\n"
    "           by what sets them apart and by their value; suggested segments\n"
    "  drivers  Regression and principal components: what sets valuable customers apart\n"
    "  segments Show or replace a project's segments (rules in a segment file)\n"
    "  export   Write a target list per segment for sales (CSV or XLSX)\n"
    "  check    Health checks of the segments: the classic segmentation mistakes\n"
    "  snapshot Save every customer's segment and tier in the project, or list snapshots\n"
    "  migration  How customers moved between two snapshots\n"
    "  settings Show or change a project's currency and list language\n"
    "\n"
    "Run 'segmenta-cli COMMAND --help' for the options of a command.\n"
    "  --version  Print the version\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmenta-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        std::fputs(kUsage, args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == u"--version" || args[1] == u"-v") {
        std::printf("segmenta-cli %s\n", SEGMENTA_VERSION);
        return 0;
    }
    const QString command = args[1];
    // The subcommand parsers see "segmenta-cli COMMAND" as their program name.
    args[0] = args[0] + u' ' + command;
    args.removeAt(1);
    if (command == u"import")
        return Cli::runImport(args);
    if (command == u"refresh")
        return Cli::runRefresh(args);
    if (command == u"demo")
        return Cli::runDemo(args);
    if (command == u"analyze")
        return Cli::runAnalyze(args);
    if (command == u"scores")
        return Cli::runScores(args);
    if (command == u"clusters")
        return Cli::runClusters(args);
    if (command == u"drivers")
        return Cli::runDrivers(args);
    if (command == u"check")
        return Cli::runCheck(args);
    if (command == u"snapshot")
        return Cli::runSnapshot(args);
    if (command == u"migration")
        return Cli::runMigration(args);
    if (command == u"export")
        return Cli::runExport(args);
    if (command == u"segments")
        return Cli::runSegments(args);
    if (command == u"settings")
        return Cli::runSettings(args);
    Cli::printError(QStringLiteral("unknown command “%1”. Run 'segmenta-cli --help'.").arg(command));
    return 2;
}
