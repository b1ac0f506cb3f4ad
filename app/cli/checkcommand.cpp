// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "assignedsegments.h"
#include "clioutput.h"
#include "commandline.h"
#include "dateoption.h"

#include "project/projectsettings.h"
#include "segments/segmenthealth.h"
#include "project/snapshotstore.h"

#include <QJsonArray>

#include <cstdio>

namespace Segmenta::Cli {

namespace {

qint32 settingDay(const QJsonObject &settings, const QString &key)
{
    // Dates or date-times (ISO); the first ten characters are the date either way.
    const QDate d = QDate::fromString(settings.value(key).toString().left(10),
                                      Qt::ISODate);
    return d.isValid() ? Column::toDays(d) : Column::kMissingDate;
}

void printReadable(const QList<HealthFinding> &findings)
{
    QByteArray out;
    if (findings.isEmpty())
        out = "No segmentation mistakes found.\n";
    for (const HealthFinding &f : findings) {
        const QString where =
            f.segment.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(f.segment);
        out += QStringLiteral("%1 %2%3: %4\n")
                   .arg(healthSeverityName(f.severity), f.code, where, f.reason.toString())
                   .toUtf8();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

void addCheckOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Checks the project's segments for the classic segmentation mistakes: no objective, "
        "never used or stale, defined only by product, assets or signup date, too optimistic "
        "a forecast, growth ignored, frequent low-asset customers in a low tier, customers in "
        "two segments, empty segments, many customers in none."));
    addAnalysisOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the findings as JSON.")});
    parser.addOption({QStringLiteral("stale-days"), QStringLiteral("Data or segments older than this many days are stale (default 90)."), QStringLiteral("N"), QStringLiteral("90")});
    parser.addOption({QStringLiteral("today"), QStringLiteral("The date to measure staleness from (yyyy-MM-dd; default: today)."), QStringLiteral("DATE")});
}

// --stale-days and --today; false (after a message) when one is invalid.
bool readHealthOptions(const QCommandLineParser &parser, const QString &command,
                       HealthOptions &options)
{
    bool ok = false;
    options.staleDays = parser.value(QStringLiteral("stale-days")).toInt(&ok);
    if (!ok || options.staleDays < 0) {
        printError(QStringLiteral("%1: --stale-days must be a whole number of days.").arg(command));
        return false;
    }
    return readDateOption(parser, command, QStringLiteral("today"), options.today);
}

// Used: the last target list export. Refreshed: the later of the recorded refresh and the
// newest snapshot (taking one records the segments as they are). False (after a message) when
// the snapshots cannot be read.
bool readLastDays(const QJsonObject &settings, const QString &path, const QString &command,
                  HealthOptions &options)
{
    options.lastUsedDay = settingDay(settings, ProjectSettings::kLastExport);
    options.lastRefreshDay = settingDay(settings, ProjectSettings::kLastRefresh);
    auto snapshots = SnapshotStore::list(path);
    if (!snapshots) {
        printError(QStringLiteral("%1: %2").arg(command, snapshots.errorString()));
        return false;
    }
    for (const SnapshotStore::Entry &e : *snapshots)
        options.lastRefreshDay = std::max(options.lastRefreshDay,
                                          Column::toDays(e.takenAt.date()));
    return true;
}

void printFindingsJson(const QList<HealthFinding> &findings, const HealthOptions &options,
                       qsizetype customers, qsizetype segments)
{
    QJsonArray list;
    QJsonObject bySeverity{{QStringLiteral("info"), 0}, {QStringLiteral("warning"), 0},
                           {QStringLiteral("error"), 0}};
    for (const HealthFinding &f : findings) {
        list.append(f.toJson());
        const QString s = healthSeverityName(f.severity);
        bySeverity.insert(s, bySeverity.value(s).toInt() + 1);
    }
    const qint32 today = options.today != Column::kMissingDate
                             ? options.today
                             : Column::toDays(QDate::currentDate());
    printJson({{QStringLiteral("customers"), customers},
               {QStringLiteral("segments"), segments},
               {QStringLiteral("today"), Column::fromDays(today).toString(Qt::ISODate)},
               {QStringLiteral("stale_days"), options.staleDays},
               {QStringLiteral("findings"), list},
               {QStringLiteral("severities"), bySeverity}});
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCheckOptions(parser);
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    const QString command = QStringLiteral("check");

    HealthOptions options;
    if (!readHealthOptions(parser, command, options))
        return 2;
    auto prepared = prepareProject(parser, command);
    if (!prepared)
        return 1;
    const QString path = parser.positionalArguments().constFirst();
    const Dataset &data = prepared->project.data;
    const auto segments = assignStoredSegments(*prepared, command);
    if (!segments)
        return 1;
    if (!readLastDays(prepared->project.settings, path, command, options))
        return 1;

    HealthInput input;
    input.data = &data;
    input.segmentation = &segments->segmentation;
    input.assignment = &segments->assignment;
    input.analysis = &*prepared->analysis;
    input.fields = &segments->fields;
    const QList<HealthFinding> findings = SegmentHealth::run(input, options);

    if (parser.isSet(QStringLiteral("json")))
        printFindingsJson(findings, options, data.customerCount(),
                          segments->segmentation.size());
    else
        printReadable(findings);
    return 0;
}

} // namespace Segmenta::Cli
