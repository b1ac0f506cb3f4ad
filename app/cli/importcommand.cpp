// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "clioutput.h"
#include "commandline.h"
#include "mappingoptions.h"
#include "outputguard.h"
#include "warehousecommand.h"

#include "base/csvwriter.h"
#include "import/datasetimporter.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "import/tableimporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace Segmenta::Cli {

namespace {

// What the command line asks for, once checked.
struct ImportRequest
{
    std::optional<TableImportOptions> customers;
    std::optional<TableImportOptions> transactions;
    QString output;
    QString rejected; // empty: no rejected-lines file
};

// The totals over both files, for the JSON summary.
struct ImportTotals
{
    qint64 lines = 0, rejected = 0, blank = 0;
    QJsonObject columns;
    QString encoding;
};

void addImportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Imports a customer list and/or a transactions file (CSV, TXT, XLSX, .gz) into a "
        "Segmenta project. Prints a JSON summary on stdout."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customer list file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("transactions"), QStringLiteral("Orders / transactions file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("map"),
                      QStringLiteral("Column role: ROLE=COLUMN[:FORMAT]; COLUMN is a header or #N "
                                     "(1-based), FORMAT a date pattern such as yyyyMMdd. Roles: "
                                     "customer, order, date, amount, quantity, unit_price, product, "
                                     "category, margin, channel; name, phone, email, region, city, "
                                     "customer_type, gender, age, birth_date, income, assets, credit, "
                                     "signup_date, cost_to_serve. Applies to the file that has the role."),
                      QStringLiteral("ROLE=COLUMN")});
    parser.addOption({QStringLiteral("no-header"), QStringLiteral("The files have no header row.")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("Text encoding (UTF-8, GB18030, Big5, UTF-16LE...); detected when absent."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("delimiter"), QStringLiteral("comma, semicolon, tab, pipe or spaces; detected when absent."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date-order"), QStringLiteral("dmy, mdy or ymd, for dates such as 05/03/2024 that read both ways."), QStringLiteral("ORDER")});
    parser.addOption({QStringLiteral("sheet"), QStringLiteral("Worksheet of an .xlsx file (default: the first)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("rejected"), QStringLiteral("Write the rejected lines, with the reason, to this CSV file."), QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The project file to create (.segmenta)."), QStringLiteral("PROJECT")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the output even when it is an existing file that is not a Segmenta project.")});
}

// The reading options both files share. Returns an exit code on a bad option.
std::optional<int> readBaseOptions(const QCommandLineParser &parser, TableImportOptions &base)
{
    base.encoding = parser.value(QStringLiteral("encoding")).toLatin1();
    if (parser.isSet(QStringLiteral("no-header")))
        base.hasHeader = false;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        DelimitedFormat f;
        if (!DelimitedFormat::fromDelimiterName(parser.value(QStringLiteral("delimiter")), f)) {
            printError(QStringLiteral("import: unknown delimiter “%1”; use comma, semicolon, tab, pipe or spaces.")
                           .arg(parser.value(QStringLiteral("delimiter"))));
            return 2;
        }
        base.format = f;
    }
    if (parser.isSet(QStringLiteral("date-order"))) {
        base.dateOrder = dateOrderFromName(parser.value(QStringLiteral("date-order")));
        if (base.dateOrder == DateOrder::Unknown) {
            printError(QStringLiteral("import: --date-order must be dmy, mdy or ymd."));
            return 2;
        }
    }
    base.sheet = parser.value(QStringLiteral("sheet"));
    return std::nullopt;
}

// Each --map goes to the file(s) whose table has that role.
std::optional<int> applyMappings(const QCommandLineParser &parser, ImportRequest &request)
{
    for (const QString &text : parser.values(QStringLiteral("map"))) {
        const auto mapping = ColumnMapping::parse(text);
        if (!mapping) {
            printError(QStringLiteral("import: “%1” is not ROLE=COLUMN with a known role.").arg(text));
            return 2;
        }
        // customer belongs to both tables; everything else to one.
        bool used = false;
        for (auto *opts : {&request.customers, &request.transactions}) {
            if (*opts && Roles::belongsTo(mapping->role, (*opts)->kind)) {
                (*opts)->mappings.append(*mapping);
                used = true;
            }
        }
        if (!used) {
            printError(QStringLiteral("import: the role “%1” belongs to a file that was not given.")
                           .arg(Roles::name(mapping->role)));
            return 2;
        }
    }
    for (const auto *opts : {&request.customers, &request.transactions})
        if (*opts && !eachColumnHasOneRole((*opts)->mappings, QStringLiteral("import")))
            return 2;
    return std::nullopt;
}

// Nothing the import reads may be replaced by what it writes, and -o replaces only a project.
std::optional<int> checkOutputs(const ImportRequest &request, bool force)
{
    const QString command = QStringLiteral("import");
    QStringList inputs;
    for (const auto *opts : {&request.customers, &request.transactions})
        if (*opts)
            inputs << (*opts)->path;
    if (!outputIsNotAnInput(command, QStringLiteral("-o"), request.output, inputs + QStringList{request.rejected})
        || !outputIsNotAnInput(command, QStringLiteral("--rejected"), request.rejected, inputs))
        return 2;
    if (!mayWriteProject(command, request.output, force))
        return 2;
    return std::nullopt;
}

std::optional<int> validateRequest(const QCommandLineParser &parser, ImportRequest &request)
{
    if (!parser.isSet(QStringLiteral("output"))) {
        printError(QStringLiteral("import: name the project to create with -o PROJECT."));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("customers")) && !parser.isSet(QStringLiteral("transactions"))) {
        printError(QStringLiteral("import: give --customers FILE, --transactions FILE, or both."));
        return 2;
    }
    TableImportOptions base;
    if (auto code = readBaseOptions(parser, base))
        return code;
    if (parser.isSet(QStringLiteral("customers"))) {
        request.customers = base;
        request.customers->kind = TableKind::Customers;
        request.customers->path = parser.value(QStringLiteral("customers"));
    }
    if (parser.isSet(QStringLiteral("transactions"))) {
        request.transactions = base;
        request.transactions->kind = TableKind::Transactions;
        request.transactions->path = parser.value(QStringLiteral("transactions"));
    }
    request.output = parser.value(QStringLiteral("output"));
    request.rejected = parser.value(QStringLiteral("rejected"));
    if (auto code = applyMappings(parser, request))
        return code;
    return checkOutputs(request, parser.isSet(QStringLiteral("force")));
}

ImportTotals totalsOf(const Dataset &dataset)
{
    ImportTotals totals;
    for (const TableImportReport &r : dataset.imports) {
        totals.lines += r.lines;
        totals.rejected += r.rejected;
        totals.blank += r.blank;
        for (auto it = r.roleColumns.cbegin(); it != r.roleColumns.cend(); ++it)
            if (!totals.columns.contains(it.key()) || r.kind == TableKind::Transactions)
                totals.columns.insert(it.key(), it.value());
        totals.encoding = totals.encoding.isEmpty() ? r.encoding : totals.encoding;
    }
    return totals;
}

// One file for both tables: the file column says where each line came from.
Status writeRejectedLines(const QString &path, const Dataset &dataset)
{
    CsvWriter writer(path);
    Status st = writer.open();
    if (!st)
        return st;
    writer.writeRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                     QStringLiteral("reason"), QStringLiteral("text")});
    for (const TableImportReport &r : dataset.imports)
        for (const RejectedLine &line : r.rejections)
            writer.writeRow({r.path, QString::number(line.line), line.column,
                             line.reason.toString(), line.text});
    return writer.commit();
}

void printSummary(const ProjectContents &project, const ImportTotals &totals,
                  const QJsonValue &rejectedFile, const QString &output)
{
    QJsonArray files;
    for (const TableImportReport &r : project.data.imports)
        files.append(r.toJson());
    printJson(QJsonObject{{QStringLiteral("customers"), qint64(project.data.customerCount())},
                          {QStringLiteral("transactions"), qint64(project.data.transactionCount())},
                          {QStringLiteral("rejected"), totals.rejected},
                          {QStringLiteral("blank"), totals.blank},
                          {QStringLiteral("lines"), totals.lines},
                          {QStringLiteral("encoding"), totals.encoding},
                          {QStringLiteral("columns"), totals.columns},
                          {QStringLiteral("rejected_file"), rejectedFile},
                          {QStringLiteral("customers_from_transactions_only"),
                           project.data.customersFromTransactionsOnly},
                          {QStringLiteral("files"), files},
                          {QStringLiteral("project"), QFileInfo(output).absoluteFilePath()}});
}

} // namespace

int runImport(const QStringList &arguments)
{
    // A database source has options of its own (warehousecommand.cpp).
    for (const QString &a : arguments)
        if (a == u"--source" || a.startsWith(u"--source="))
            return runWarehouseImport(arguments);
    QCommandLineParser parser;
    addImportOptions(parser);
    // The help lists the database options too, from the table that parser takes; they are not
    // accepted for files. Options both take (--map) are listed once.
    const QStringList helpNames{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("-?"),
                                QStringLiteral("--help-all")};
    if (std::any_of(arguments.cbegin(), arguments.cend(), [&](const QString &a) { return helpNames.contains(a); })) {
        parser.setApplicationDescription(parser.applicationDescription() + QStringLiteral(
            "\nWith --source URL the orders are summarised in a PostgreSQL-compatible database "
            "instead; the options marked “With --source” apply then."));
        for (const QCommandLineOption &option : warehouseImportOptions())
            if (option.names() != QStringList{QStringLiteral("map")}) // the files' --map says more
                parser.addOption(option);
    }
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    ImportRequest request;
    if (auto code = validateRequest(parser, request))
        return *code;

    printLine(QStringLiteral("Importing…"));
    auto dataset = DatasetImporter::run(request.customers, request.transactions);
    if (!dataset) {
        printError(dataset.errorString());
        return 1;
    }
    const ImportTotals totals = totalsOf(*dataset);
    const bool nothingLoaded = dataset->customerCount() == 0 && dataset->transactionCount() == 0;
    if (nothingLoaded)
        printError(QStringLiteral("import: no line could be loaded; %1 lines were rejected. Use --rejected FILE to see why.")
                       .arg(totals.rejected));

    QJsonValue rejectedFile = QJsonValue::Null;
    if (!request.rejected.isEmpty()) {
        if (Status st = writeRejectedLines(request.rejected, *dataset); !st) {
            printError(st.errorString());
            return 1;
        }
        rejectedFile = QFileInfo(request.rejected).absoluteFilePath();
    }
    if (nothingLoaded)
        return 1;

    ProjectContents project;
    project.data = dataset.takeValue();
    ProjectSettings::adoptImportedCurrency(project.settings, project.data);
    printLine(QStringLiteral("Saving %1…").arg(request.output));
    if (Status st = ProjectFile::save(request.output, project); !st) {
        printError(st.errorString());
        return 1;
    }
    printSummary(project, totals, rejectedFile, request.output);
    return 0;
}

} // namespace Segmenta::Cli
