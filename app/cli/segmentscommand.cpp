// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentscommand.h"

#include "assignedsegments.h"
#include "clioutput.h"
#include "commandline.h"
#include "outputguard.h"
#include "preparedproject.h"

#include "project/projectsettings.h"
#include "segments/rules/customerfields.h"
#include "data/query/customerlookup.h"
#include "base/message.h"
#include "segments/segmentassignment.h"
#include "segments/segmentfigures.h"

#include <QJsonArray>

namespace Segmenta::Cli {

namespace {

// The customer's value as JSON: numbers stay numbers, dates ISO text, missing null.
QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue();
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODate);
    return value.toString();
}

QJsonObject explanationJson(const Segmentation &segmentation, const SegmentAssignment &assignment,
                            qsizetype row, const QString &id)
{
    const SegmentAssignment::Explanation e = assignment.explain(row);
    QJsonArray rules;
    for (qsizetype s = 0; s < segmentation.size(); ++s) {
        QJsonArray conditions;
        for (const RuleConditionOutcome &c : e.conditions.value(s))
            conditions.append(QJsonObject{{QStringLiteral("condition"), c.text},
                                          {QStringLiteral("held"), c.held},
                                          {QStringLiteral("field"), c.field},
                                          {QStringLiteral("value"), jsonValue(c.value)}});
        rules.append(QJsonObject{{QStringLiteral("segment"), segmentation.segments[s].name},
                                 {QStringLiteral("matched"), bool(e.matched[size_t(s)])},
                                 {QStringLiteral("conditions"), conditions}});
    }
    return {{QStringLiteral("customer"), id},
            {QStringLiteral("segment"), e.segment >= 0
                                            ? QJsonValue(segmentation.segments[e.segment].name)
                                            : QJsonValue()},
            {QStringLiteral("rules"), rules}};
}

} // namespace

int runSegments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows or replaces the segments of a project. Every customer is in exactly one segment: "
        "the first in priority order whose rule matches; the others are unassigned."));
    addAnalysisOptions(parser);
    parser.addOption({QStringLiteral("rules"), QStringLiteral("Replace the project's segments with those of this segment file (see docs/segments.md). Nothing changes when a rule is invalid."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("write-rules"), QStringLiteral("Write the project's segments to this segment file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("explain"), QStringLiteral("Show which rule matched this customer and which of its conditions held."), QStringLiteral("CUSTOMER_ID")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only format; accepted for clarity).")});
    if (auto status = parseCommandLine(parser, arguments))
        return *status;
    const QString command = QStringLiteral("segments");
    if (!outputIsNotAnInput(command, QStringLiteral("--write-rules"), parser.value(QStringLiteral("write-rules")),
                            parser.positionalArguments() << parser.value(QStringLiteral("rules"))))
        return 2;
    auto prepared = prepareProject(parser, command);
    if (!prepared)
        return 1;
    const Dataset &data = prepared->project.data;
    const QString path = parser.positionalArguments().constFirst();

    auto segmentation = ProjectSettings::segmentation(prepared->project.settings);
    const bool replacing = parser.isSet(QStringLiteral("rules"));
    if (replacing)
        segmentation = Segmentation::readFile(parser.value(QStringLiteral("rules")));
    if (!segmentation) {
        printError(QStringLiteral("%1: %2").arg(command, segmentation.errorString()));
        return 1;
    }
    // New rules go in whole or not at all; stored ones that do not compile are left out.
    auto assigned = replacing ? assignAllSegments(*prepared, *segmentation, command)
                              : assignStoredSegments(*prepared, command);
    if (!assigned)
        return 1;
    const SegmentAssignment *assignment = &assigned->assignment;
    const Segmentation &inUse = assigned->segmentation; // those whose rule compiles
    if (replacing) {
        QJsonObject settings = prepared->project.settings;
        ProjectSettings::setSegmentation(settings, *segmentation);
        if (Status st = ProjectFile::saveSettings(path, settings); !st) {
            printError(QStringLiteral("%1: %2").arg(command, st.errorString()));
            return 1;
        }
    }
    if (parser.isSet(QStringLiteral("write-rules"))) {
        if (Status st = segmentation->writeFile(parser.value(QStringLiteral("write-rules"))); !st) {
            printError(QStringLiteral("%1: %2").arg(command, st.errorString()));
            return 1;
        }
    }

    const SegmentFigures figures =
        SegmentFigures::compute(data, *prepared->analysis, inUse, *assignment);
    QJsonArray overlaps;
    for (qsizetype i = 0; i < assignment->segmentCount(); ++i) {
        QJsonArray row;
        for (qsizetype j = 0; j < assignment->segmentCount(); ++j)
            row.append(assignment->overlap(i, j));
        overlaps.append(row);
    }
    QJsonObject out{{QStringLiteral("customers"), data.customerCount()},
                    {QStringLiteral("segments"), inUse.toJson().value(QStringLiteral("segments"))},
                    {QStringLiteral("figures"), figures.toJson()},
                    {QStringLiteral("unassigned"), assignment->unassigned},
                    {QStringLiteral("overlaps"), overlaps},
                    {QStringLiteral("replaced"), replacing}};
    if (parser.isSet(QStringLiteral("explain"))) {
        const QString id = parser.value(QStringLiteral("explain"));
        const qsizetype row = findCustomerRow(data, id);
        if (row < 0) {
            printError(QStringLiteral("%1: no customer has the id “%2”.").arg(command, id));
            return 1;
        }
        out.insert(QStringLiteral("explain"), explanationJson(inUse, *assignment, row, id));
    }
    printJson(out);
    return 0;
}

} // namespace Segmenta::Cli
