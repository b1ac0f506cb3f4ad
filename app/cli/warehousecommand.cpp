// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousecommand.h"

#include "clioutput.h"
#include "snapshotcommand.h"

#include "base/taskcontrol.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "project/warehouseimportjob.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <utility>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace Segmenta::Cli {

namespace {

// The environment first (scripts, CI), then a prompt without echo when a person is there.
QString readPassword(const WarehouseSource &source)
{
    for (const char *name : {"SEGMENTA_PG_PASSWORD", "PGPASSWORD"})
        if (qEnvironmentVariableIsSet(name))
            return qEnvironmentVariable(name);
    if (!isatty(STDIN_FILENO))
        return {}; // libpq may still find ~/.pgpass or need none
    std::fprintf(stderr, "Password for %s: ", qPrintable(source.url()));
    std::fflush(stderr);
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

// Runs the source, saves the project with the source (no password) in its settings and
// prints the import summary.
int importAndSave(const WarehouseSource &source, const QString &output, QJsonObject settings,
                  const QString &command)
{
    printLine(QStringLiteral("Summarising the orders on %1…").arg(source.url()));
    // The same steps as the desktop's File → Import/Refresh from Database.
    WarehouseImportJob job;
    job.source = source;
    job.password = readPassword(source);
    job.projectPath = output;
    job.settings = std::move(settings);
    job.saving = [&output] { printLine(QStringLiteral("Saving %1…").arg(output)); };
    TaskControl control;
    job.run(control);
    if (!job.data || !*job.data) {
        printError(QStringLiteral("%1: %2").arg(command, job.data ? job.data->errorString() : QString()));
        return 1;
    }
    if (!job.saved) {
        printError(QStringLiteral("%1: %2").arg(command, job.saved.errorString()));
        return 1;
    }
    const Dataset &data = job.data->value();
    QJsonArray files;
    for (const TableImportReport &r : data.imports)
        files.append(r.toJson());
    QJsonObject out{{QStringLiteral("customers"), qint64(data.customerCount())},
                    {QStringLiteral("customers_with_orders"), data.imports.constFirst().loaded},
                    {QStringLiteral("transactions"), 0},
                    {QStringLiteral("source"), source.toJson()},
                    {QStringLiteral("as_of"), Column::fromDays(data.summaryAsOfDay).toString(Qt::ISODate)},
                    {QStringLiteral("files"), files},
                    {QStringLiteral("project"), QFileInfo(output).absoluteFilePath()}};
    if (data.sample) {
        printLine(data.sample->note().toString());
        out.insert(QStringLiteral("sample"), data.sample->toJson());
    }
    printJson(out);
    return 0;
}

void addSampleOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("max-customers"),
                      QStringLiteral("Beyond this many customers, bring a uniform sample of this size plus exact "
                                     "totals over all of them (default 1000000; 0 = no limit)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("sample-seed"),
                      QStringLiteral("Seed of the sample (default 0); the same seed samples the same customers."),
                      QStringLiteral("N")});
}

// Applies --max-customers and --sample-seed; false (after a message) when one is not a number.
bool readSampleOptions(const QCommandLineParser &parser, const QString &command, WarehouseSource &source)
{
    for (const auto &[name, target] : {std::pair{QStringLiteral("max-customers"), &source.maxCustomers},
                                       std::pair{QStringLiteral("sample-seed"), &source.sampleSeed}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *target = parser.value(name).toLongLong(&ok);
        if (!ok || (target == &source.maxCustomers && *target < 0)) {
            printError(QStringLiteral("%1: --%2 must be a whole number%3.")
                           .arg(command, name,
                                target == &source.maxCustomers ? QStringLiteral(" (0 = no limit)") : QString()));
            return false;
        }
    }
    return true;
}

void addWarehouseImportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Summarises the orders in a PostgreSQL-compatible database or warehouse on the server and "
        "brings one row per customer into a Segmenta project. The password is read from "
        "SEGMENTA_PG_PASSWORD or PGPASSWORD, or asked for on a terminal."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("source"), QStringLiteral("postgresql://user@host:port/database[?sslmode=require]"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("orders-table"), QStringLiteral("The orders table (schema.table)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("orders-query"), QStringLiteral("A read-only SELECT giving the order lines."), QStringLiteral("SQL")});
    parser.addOption({QStringLiteral("customers-table"), QStringLiteral("The customers table (optional)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("customers-query"), QStringLiteral("A SELECT giving one row per customer (optional)."), QStringLiteral("SQL")});
    parser.addOption({QStringLiteral("map"), QStringLiteral("Column role: ROLE=COLUMN, as for files; the rest are detected from the column names."), QStringLiteral("ROLE=COLUMN")});
    parser.addOption({QStringLiteral("customers-map"), QStringLiteral("Column role in the customers relation when its names differ from the orders' (e.g. customer=id); default: the --map roles."), QStringLiteral("ROLE=COLUMN")});
    parser.addOption({QStringLiteral("as-of"), QStringLiteral("End of the window (exclusive, yyyy-MM-dd); default: the day after the last order."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Time limit of each statement in seconds (default 600, 0 = none)."), QStringLiteral("SECONDS")});
    addSampleOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The project file to create (.segmenta)."), QStringLiteral("PROJECT")});
}

// The relations, roles, window and time limit of the command line; false (after a message)
// when one is invalid.
bool readSourceOptions(const QCommandLineParser &parser, WarehouseSource &source)
{
    source.ordersTable = parser.value(QStringLiteral("orders-table"));
    source.ordersQuery = parser.value(QStringLiteral("orders-query"));
    source.customersTable = parser.value(QStringLiteral("customers-table"));
    source.customersQuery = parser.value(QStringLiteral("customers-query"));
    for (const auto &[option, list] : {std::pair{QStringLiteral("map"), &source.mappings},
                                       std::pair{QStringLiteral("customers-map"), &source.customersMappings}}) {
        for (const QString &text : parser.values(option)) {
            const auto mapping = ColumnMapping::parse(text);
            if (!mapping) {
                printError(QStringLiteral("import: “%1” is not ROLE=COLUMN with a known role.").arg(text));
                return false;
            }
            list->append(*mapping);
        }
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QDate d = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!d.isValid()) {
            printError(QStringLiteral("import: --as-of must be a date such as 2011-12-10."));
            return false;
        }
        source.asOfDay = Column::toDays(d);
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        source.statementTimeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok) {
            printError(QStringLiteral("import: --timeout must be a number of seconds."));
            return false;
        }
    }
    return true;
}

} // namespace

int runWarehouseImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addWarehouseImportOptions(parser);
    parser.process(arguments);

    const QString command = QStringLiteral("import");
    if (!parser.isSet(QStringLiteral("output"))) {
        printError(QStringLiteral("import: name the project to create with -o PROJECT."));
        return 2;
    }
    auto source = WarehouseSource::fromUrl(parser.value(QStringLiteral("source")));
    if (!source) {
        printError(QStringLiteral("import: %1").arg(source.errorString()));
        return 2;
    }
    if (!readSourceOptions(parser, *source) || !readSampleOptions(parser, command, *source))
        return 2;
    if (Status st = source->validate(); !st) {
        printError(QStringLiteral("import: %1").arg(st.errorString()));
        return 2;
    }
    return importAndSave(*source, parser.value(QStringLiteral("output")), {}, command);
}

int runRefresh(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a project's warehouse source again and replaces its customer summary (the same "
        "sample, when the source is sampled); segments and snapshots are kept. --snapshot NAME then saves a snapshot, so 'segmenta-cli migration' "
        "shows how customers moved between refreshes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project to refresh."));
    parser.addOption({QStringLiteral("snapshot"), QStringLiteral("Save a snapshot with this name after the refresh."), QStringLiteral("NAME")});
    addSampleOptions(parser);
    parser.process(arguments);
    const QString command = QStringLiteral("refresh");
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("refresh: name one project."));
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto settings = ProjectFile::loadSettings(path);
    if (!settings) {
        printError(QStringLiteral("refresh: %1").arg(settings.errorString()));
        return 1;
    }
    if (!settings->contains(ProjectSettings::kWarehouse)) {
        printError(QStringLiteral("refresh: %1 was not imported from a warehouse; import the files again instead.").arg(path));
        return 1;
    }
    auto source = WarehouseSource::fromJson(settings->value(ProjectSettings::kWarehouse).toObject());
    if (!source) {
        printError(QStringLiteral("refresh: %1").arg(source.errorString()));
        return 1;
    }
    // Given here, they replace the stored ones and are stored for the next refresh.
    if (!readSampleOptions(parser, command, *source))
        return 2;
    if (int rc = importAndSave(*source, path, *settings, command); rc != 0)
        return rc;
    if (!parser.isSet(QStringLiteral("snapshot")))
        return 0;
    return runSnapshot({arguments.constFirst(), path, QStringLiteral("--name"),
                        parser.value(QStringLiteral("snapshot"))});
}

} // namespace Segmenta::Cli
