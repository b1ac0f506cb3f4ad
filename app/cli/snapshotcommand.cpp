// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcommand.h"

#include "assignedsegments.h"
#include "clioutput.h"
#include "commandline.h"

#include "segments/migrationmatrix.h"
#include "segments/segmentsnapshot.h"
#include "project/snapshotstore.h"

#include <QJsonArray>

namespace Segmenta::Cli {

namespace {

int listSnapshots(const QString &path)
{
    auto list = SnapshotStore::list(path);
    if (!list) {
        printError(QStringLiteral("snapshot: %1").arg(list.errorString()));
        return 1;
    }
    QJsonArray out;
    for (const SnapshotStore::Entry &e : *list)
        out.append(e.toJson());
    printJson({{QStringLiteral("snapshots"), out}});
    return 0;
}

bool snapshotId(const QCommandLineParser &parser, const QString &option, qint64 &id)
{
    bool ok = false;
    id = parser.value(option).toLongLong(&ok);
    if (!ok || id <= 0) {
        printError(QStringLiteral("migration: --%1 must be a snapshot number (see "
                                  "'segmenta-cli snapshot PROJECT --list').")
                       .arg(option));
        return false;
    }
    return true;
}

} // namespace

int runSnapshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Saves a dated copy of every customer's segment and value tier in the project, so a "
        "later import shows how customers moved (segmenta-cli migration)."));
    addAnalysisOptions(parser);
    parser.addOption({QStringLiteral("name"), QStringLiteral("A name for the snapshot (default: \"Snapshot\" and the date)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the stored snapshots instead of taking one.")});
    parser.addOption({QStringLiteral("delete"), QStringLiteral("Delete the snapshot with this number."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format; accepted for clarity).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    const QString command = QStringLiteral("snapshot");
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("%1: name one project.").arg(command));
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (parser.isSet(QStringLiteral("list")))
        return listSnapshots(path);
    if (parser.isSet(QStringLiteral("delete"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("delete")).toLongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("%1: --delete must be a snapshot number.").arg(command));
            return 2;
        }
        if (Status st = SnapshotStore::remove(path, id); !st) {
            printError(QStringLiteral("%1: %2").arg(command, st.errorString()));
            return 1;
        }
        return listSnapshots(path);
    }

    auto prepared = prepareProject(parser, command);
    if (!prepared)
        return 1;
    const auto segments = assignStoredSegments(*prepared, command);
    if (!segments)
        return 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = parser.isSet(QStringLiteral("name"))
                             ? parser.value(QStringLiteral("name"))
                             : QStringLiteral("Snapshot %1").arg(now.date().toString(Qt::ISODate));
    auto snapshot = SegmentSnapshot::take(prepared->project.data, segments->segmentation,
                                          segments->assignment, &*prepared->analysis, name, now);
    if (!snapshot) {
        printError(QStringLiteral("%1: %2").arg(command, snapshot.errorString()));
        return 1;
    }
    auto id = SnapshotStore::save(path, *snapshot);
    if (!id) {
        printError(QStringLiteral("%1: %2").arg(command, id.errorString()));
        return 1;
    }
    snapshot->id = *id;
    printJson(snapshot->summaryJson());
    return 0;
}

int runMigration(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "How customers moved between two snapshots: rows are the segments (or tiers) of the "
        "older one, columns those of the newer, plus customers new since and gone since."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The .segmenta project."));
    parser.addOption({QStringLiteral("from"), QStringLiteral("The older snapshot's number."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("The newer snapshot's number."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("by"), QStringLiteral("segment (default) or tier."), QStringLiteral("WHAT"), QStringLiteral("segment")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format; accepted for clarity).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("migration: name one project."));
        return 2;
    }
    qint64 from = 0;
    qint64 to = 0;
    if (!snapshotId(parser, QStringLiteral("from"), from)
        || !snapshotId(parser, QStringLiteral("to"), to))
        return 2;
    MigrationMatrix::By by = MigrationMatrix::By::Segment;
    const QString byName = parser.value(QStringLiteral("by"));
    if (byName == u"tier")
        by = MigrationMatrix::By::Tier;
    else if (byName != u"segment") {
        printError(QStringLiteral("migration: --by must be segment or tier."));
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto older = SnapshotStore::load(path, from);
    auto newer = older ? SnapshotStore::load(path, to) : older;
    if (!older || !newer) {
        printError(QStringLiteral("migration: %1")
                       .arg(older ? newer.errorString() : older.errorString()));
        return 1;
    }
    auto matrix = MigrationMatrix::compute(*older, *newer, by);
    if (!matrix) {
        printError(QStringLiteral("migration: %1").arg(matrix.errorString()));
        return 1;
    }
    printJson(matrix->toJson());
    return 0;
}

} // namespace Segmenta::Cli
