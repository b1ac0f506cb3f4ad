// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousecommand.h"

#include "clioutput.h"
#include "commandline.h"
#include "dateoption.h"
#include "mappingoptions.h"
#include "snapshotcommand.h"

#include "base/taskcontrol.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "project/warehouseimportjob.h"
#include "warehouse/confirmedqueries.h"

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

QList<QCommandLineOption> sampleOptions()
{
    return {{QStringLiteral("max-customers"),
             QStringLiteral("Beyond this many customers, bring a uniform sample of this size plus exact "
                            "totals over all of them (default 1000000; 0 = no limit)."),
             QStringLiteral("N")},
            {QStringLiteral("sample-seed"),
             QStringLiteral("Seed of the sample (default 0); the same seed samples the same customers."),
             QStringLiteral("N")}};
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
    parser.addOptions(warehouseImportOptions());
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The project file to create (.segmenta)."), QStringLiteral("PROJECT")});
}

// --as-of and --timeout; false (after a message naming the option) when one is invalid.
bool readWindowOptions(const QCommandLineParser &parser, WarehouseSource &source)
{
    const QString command = QStringLiteral("import");
    if (!readDateOption(parser, command, QStringLiteral("as-of"), source.asOfDay))
        return false;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        source.statementTimeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || source.statementTimeoutSeconds < WarehouseSource::kMinTimeoutSeconds
            || source.statementTimeoutSeconds > WarehouseSource::kMaxTimeoutSeconds) {
            printError(QStringLiteral("import: --timeout must be a whole number of seconds from %1 to %2; "
                                      "a time limit is required.")
                           .arg(WarehouseSource::kMinTimeoutSeconds)
                           .arg(WarehouseSource::kMaxTimeoutSeconds));
            return false;
        }
    }
    return true;
}

// The relations, roles, window and time limit of the command line; false (after a message)
// when one is invalid.
bool readSourceOptions(const QCommandLineParser &parser, WarehouseSource &source)
{
    for (const char *name : {"orders-table", "orders-query", "customers-table", "customers-query"}) {
        const QString option = QLatin1String(name);
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty()) {
            printError(QStringLiteral("import: --%1 is empty; give %2.")
                           .arg(option, option.endsWith(u"query") ? QStringLiteral("a SELECT statement")
                                                                  : QStringLiteral("a table name")));
            return false;
        }
    }
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
        if (!eachColumnHasOneRole(*list, QStringLiteral("import")))
            return false;
    }
    return readWindowOptions(parser, source);
}

// A query this user has not typed or confirmed runs only with --yes, after it is shown.
bool mayRunStoredQuery(const WarehouseSource &source, bool yes)
{
    if (!ConfirmedQueries::needsConfirmation(source))
        return true;
    std::fprintf(stderr, "%s\n\n", qPrintable(ConfirmedQueries::describe(source)));
    if (!yes) {
        printError(QStringLiteral("refresh: the project's query (above) was not written or confirmed by you "
                                  "here; it may have been changed outside Segmenta. Read it, then run the "
                                  "refresh again with --yes to run it."));
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> warehouseImportOptions()
{
    QList<QCommandLineOption> options{
        {QStringLiteral("source"), QStringLiteral("postgresql://user@host:port/database[?sslmode=require]: "
                                                  "summarise the orders of this database instead of files."),
         QStringLiteral("URL")},
        {QStringLiteral("orders-table"), QStringLiteral("With --source: the orders table: table, schema.table or "
                                                        "\"Schema\".\"Table\"."), QStringLiteral("NAME")},
        {QStringLiteral("orders-query"), QStringLiteral("With --source: a single read-only SELECT giving the order lines."), QStringLiteral("SQL")},
        {QStringLiteral("customers-table"), QStringLiteral("With --source: the customers table (optional)."), QStringLiteral("NAME")},
        {QStringLiteral("customers-query"), QStringLiteral("With --source: a SELECT giving one row per customer (optional)."), QStringLiteral("SQL")},
        {QStringLiteral("map"), QStringLiteral("Column role: ROLE=COLUMN, as for files; the rest are detected from the column names."), QStringLiteral("ROLE=COLUMN")},
        {QStringLiteral("customers-map"), QStringLiteral("With --source: column role in the customers relation when its names differ from the orders' (e.g. customer=id); default: the --map roles."), QStringLiteral("ROLE=COLUMN")},
        {QStringLiteral("as-of"), QStringLiteral("With --source: end of the window (exclusive, yyyy-MM-dd); default: the day after the last order."), QStringLiteral("DATE")},
        {QStringLiteral("timeout"), QStringLiteral("With --source: time limit of each statement in seconds, %1 to %2 (default 600).")
                                        .arg(WarehouseSource::kMinTimeoutSeconds)
                                        .arg(WarehouseSource::kMaxTimeoutSeconds),
         QStringLiteral("SECONDS")}};
    return options + sampleOptions();
}

int runWarehouseImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addWarehouseImportOptions(parser);
    if (auto status = parseCommandLine(parser, arguments))
        return *status;

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
    parser.addOptions(sampleOptions());
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Run the stored query even when it was changed outside Segmenta (it is printed first).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
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
    if (!mayRunStoredQuery(*source, parser.isSet(QStringLiteral("yes"))))
        return 1;
    if (int rc = importAndSave(*source, path, *settings, command); rc != 0)
        return rc;
    if (!parser.isSet(QStringLiteral("snapshot")))
        return 0;
    return runSnapshot({arguments.constFirst(), path, QStringLiteral("--name"),
                        parser.value(QStringLiteral("snapshot"))});
}

} // namespace Segmenta::Cli
