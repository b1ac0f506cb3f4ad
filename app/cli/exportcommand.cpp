// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "assignedsegments.h"
#include "clioutput.h"
#include "commandline.h"
#include "outputguard.h"
#include "preparedproject.h"

#include "project/projectsettings.h"
#include "segments/rules/customerfields.h"
#include "segments/segmentassignment.h"
#include "export/listlanguage.h"
#include "export/suppressionlist.h"
#include "export/targetlistnames.h"
#include "export/targetlistcolumns.h"
#include "export/targetlistexporter.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>

namespace Segmenta::Cli {

namespace {

// The files the export will write (as TargetListCsvWriter and TargetListXlsxWriter name them),
// so that none of them can be one of its inputs.
QStringList filesToWrite(const TargetListOptions &options, const Segmentation &segmentation)
{
    const QDir folder(options.folder);
    if (options.format == TargetListOptions::Format::Xlsx)
        return {folder.absoluteFilePath(TargetListNames::safeFileName(options.workbookName)
                                        + QStringLiteral(".xlsx"))};
    QStringList names;
    for (const Segment &s : segmentation.segments)
        if (options.segments.isEmpty() || options.segments.contains(s.name))
            names << s.name;
    QStringList files;
    for (const QString &name : TargetListNames::fileNames(names))
        files << folder.absoluteFilePath(name + QStringLiteral(".csv"));
    return files;
}

void addExportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Writes a target list per segment for sales: the segment's customers, best prospects "
        "first (purchase probability, then value), without the suppressed ones, never one "
        "customer on two lists. CSV files (UTF-8 with BOM, or GB18030) or one XLSX workbook "
        "with a sheet per segment. Prints a JSON summary. See docs/export.md."));
    addAnalysisOptions(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("The folder to write to (created when missing)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv (default: one file per segment) or xlsx (one workbook, a sheet per segment)."), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("CSV encoding: utf-8 (default, with BOM) or gb18030 (old Excel)."), QStringLiteral("NAME"), QStringLiteral("utf-8")});
    parser.addOption({QStringLiteral("segment"), QStringLiteral("A segment to export (repeatable); default: all."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("columns"), QStringLiteral("Comma-separated columns; default: id, name, phone, email, region, segment, offer, message, purchase_probability, expected_value, tier, owner."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("suppress"), QStringLiteral("A file of customer ids, phone numbers or e-mail addresses to leave out (one per line or first CSV column)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Header and value language for people: en (default), zh_CN or zh_TW."), QStringLiteral("LANG"), QStringLiteral("en")});
    parser.addOption({QStringLiteral("header-style"), QStringLiteral("names (default: headers and values for people, units, number formats) or codes (the column and value codes, for scripts)."), QStringLiteral("STYLE"), QStringLiteral("names")});
    parser.addOption({QStringLiteral("currency"), QStringLiteral("The money unit shown with names, e.g. ¥ (default: the project's, set at import from the amounts)."), QStringLiteral("SYMBOL")});
    parser.addOption({QStringLiteral("workbook"), QStringLiteral("XLSX file name without extension (default target_lists)."), QStringLiteral("NAME"), QStringLiteral("target_lists")});
}

// The target-list options of the command line; false (after a message) when one is invalid.
bool readExportOptions(const QCommandLineParser &parser, TargetListOptions &options)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(QStringLiteral("export: name the folder to write to with --out DIR."));
        return false;
    }
    options.folder = parser.value(QStringLiteral("out"));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format == u"csv")
        options.format = TargetListOptions::Format::Csv;
    else if (format == u"xlsx")
        options.format = TargetListOptions::Format::Xlsx;
    else {
        printError(QStringLiteral("export: --format must be csv or xlsx."));
        return false;
    }
    const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
    if (encoding == u"utf-8" || encoding == u"utf8")
        options.encoding = TargetListOptions::Encoding::Utf8;
    else if (encoding == u"gb18030")
        options.encoding = TargetListOptions::Encoding::Gb18030;
    else {
        printError(QStringLiteral("export: --encoding must be utf-8 or gb18030."));
        return false;
    }
    options.segments = parser.values(QStringLiteral("segment"));
    if (parser.isSet(QStringLiteral("columns")))
        for (const QString &c : parser.value(QStringLiteral("columns")).split(u','))
            if (!c.trimmed().isEmpty())
                options.columns << c.trimmed();
    options.workbookName = parser.value(QStringLiteral("workbook"));
    if (!ListLanguage::fromCode(parser.value(QStringLiteral("language")), options.language)) {
        printError(QStringLiteral("export: --language must be en, zh_CN or zh_TW."));
        return false;
    }
    if (!ListLanguage::styleFromName(parser.value(QStringLiteral("header-style")),
                                     options.headerStyle)) {
        printError(QStringLiteral("export: --header-style must be names or codes."));
        return false;
    }
    options.currency = parser.value(QStringLiteral("currency")).trimmed();
    return true;
}

// Reads --suppress, when given, into suppression; false (after a message) when it cannot.
bool readSuppression(const QCommandLineParser &parser, const QString &command,
                     std::optional<SuppressionList> &suppression, TargetListOptions &options)
{
    if (!parser.isSet(QStringLiteral("suppress")))
        return true;
    auto list = SuppressionList::readFile(parser.value(QStringLiteral("suppress")));
    if (!list) {
        printError(QStringLiteral("%1: %2").arg(command, list.errorString()));
        return false;
    }
    suppression = list.takeValue();
    options.suppression = &*suppression;
    return true;
}

// The health checks' "never used" looks at this date. The lists are written either way; false
// (after saying so) when the project could not record it.
bool recordExport(const QCommandLineParser &parser, const PreparedProject &prepared,
                  const QString &command)
{
    QJsonObject settings = prepared.project.settings;
    settings.insert(ProjectSettings::kLastExport, QDate::currentDate().toString(Qt::ISODate));
    if (Status st = ProjectFile::saveSettings(parser.positionalArguments().constFirst(), settings);
        !st) {
        printError(QStringLiteral("%1: the lists are written, but the project could not record "
                                  "the export: %2 Run the export again later to record it.")
                       .arg(command, st.errorString()));
        return false;
    }
    return true;
}

// docs/user/cli.md, "Exit status": the lists are there, the project does not know it.
constexpr int kExitNotRecorded = 3;

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addExportOptions(parser);
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    const QString command = QStringLiteral("export");

    TargetListOptions options;
    if (!readExportOptions(parser, options))
        return 2;
    std::optional<SuppressionList> suppression;
    if (!readSuppression(parser, command, suppression, options))
        return 1;

    auto prepared = prepareProject(parser, command);
    if (!prepared)
        return 1;
    // A list column naming the clusters needs them computed (docs/export.md).
    const auto columnsNeedClusters = [&](const CustomerFields &fields) {
        auto columns = TargetListColumns::resolve(options.columns, prepared->project.data, fields);
        const Column *cluster = fields.column(QStringLiteral("cluster"));
        if (columns && cluster)
            for (const TargetListColumns::Entry &e : columns->entries())
                if (e.column == cluster)
                    return true;
        return false;
    };
    auto assigned = assignStoredSegments(*prepared, command, columnsNeedClusters);
    if (!assigned)
        return 1;
    if (assigned->segmentation.isEmpty()) {
        printError(QStringLiteral("export: the project has no segments; define them first "
                                  "(segmenta-cli segments PROJECT --rules FILE.json)."));
        return 1;
    }
    // Without --language, the language the project's lists last went out in (the Export page's).
    if (!parser.isSet(QStringLiteral("language")))
        ListLanguage::fromCode(
            prepared->project.settings.value(ProjectSettings::kListLanguage).toString(),
            options.language);
    // Money in the lists carries the project's currency (set at import) unless one is given.
    if (!parser.isSet(QStringLiteral("currency")))
        options.currency = prepared->project.settings.value(ProjectSettings::kCurrency).toString();
    const QStringList inputs{parser.value(QStringLiteral("suppress")),
                             parser.positionalArguments().constFirst()};
    for (const QString &file : filesToWrite(options, assigned->segmentation))
        if (!outputIsNotAnInput(command, QStringLiteral("--out"), file, inputs))
            return 2;
    const Dataset &data = prepared->project.data;
    auto report = TargetListExporter::write(data, assigned->fields, assigned->segmentation,
                                            assigned->assignment.segment, options);
    if (!report) {
        printError(QStringLiteral("%1: %2").arg(command, report.errorString()));
        return 1;
    }
    const bool recorded = recordExport(parser, *prepared, command);
    printJson(report->toJson());
    return recorded ? 0 : kExitNotRecorded;
}

} // namespace Segmenta::Cli
