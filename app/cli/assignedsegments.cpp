// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignedsegments.h"

#include "clioutput.h"
#include "project/projectsettings.h"
#include "segments/compiledsegmentation.h"

namespace Segmenta::Cli {

namespace {

enum class BadRules { LeaveOut, Refuse };

std::optional<AssignedSegments> assign(PreparedProject &prepared,
                                       const Segmentation &segmentation, BadRules bad,
                                       const QString &command,
                                       const ClustersNeeded &columnsNeedClusters)
{
    AssignedSegments out;
    out.fields = CustomerFields::build(prepared.project.data, &*prepared.analysis);
    std::optional<CompiledSegmentation> compiledFirst =
        CompiledSegmentation::compile(segmentation, out.fields);
    // The clusters are computed only when asked for (docs/user/cli.md, "analyze and scores"): a rule naming them
    // is compiled again on fields that have them.
    if (!prepared.options.clusters
        && (compiledFirst->namesField(QStringLiteral("cluster"))
            || (columnsNeedClusters && columnsNeedClusters(out.fields)))) {
        compiledFirst.reset();
        if (!addClusters(prepared, command))
            return std::nullopt;
        out.fields = CustomerFields::build(prepared.project.data, &*prepared.analysis);
        compiledFirst = CompiledSegmentation::compile(segmentation, out.fields);
    }
    CompiledSegmentation &compiled = *compiledFirst;
    const QList<Message> errors = compiled.errors();
    if (bad == BadRules::Refuse && !errors.isEmpty()) {
        printError(QStringLiteral("%1: %2").arg(command, errors.constFirst().toString()));
        return std::nullopt;
    }
    for (const Message &error : errors)
        printLine(QStringLiteral("%1: warning: left out, its rule does not compile: %2")
                      .arg(command, error.toString()));
    // A value no customer has is most likely a typo: the rule runs, but say so
    // (docs/rules.md, "Warnings").
    for (size_t i = 0; i < compiled.rules.size(); ++i)
        for (const Message &warning : compiled.rules[i].warnings())
            printLine(QStringLiteral("%1: warning: segment “%2”: %3")
                          .arg(command, compiled.valid.segments[qsizetype(i)].name,
                               warning.toString()));
    out.segmentation = compiled.valid;
    auto assignment = compiled.assign();
    if (!assignment) {
        printError(QStringLiteral("%1: %2").arg(command, assignment.errorString()));
        return std::nullopt;
    }
    out.assignment = assignment.takeValue();
    return out;
}

} // namespace

std::optional<AssignedSegments> assignStoredSegments(PreparedProject &prepared,
                                                     const QString &command,
                                                     const ClustersNeeded &columnsNeedClusters)
{
    auto segmentation = ProjectSettings::segmentation(prepared.project.settings);
    if (!segmentation) {
        printError(QStringLiteral("%1: %2").arg(command, segmentation.errorString()));
        return std::nullopt;
    }
    return assign(prepared, *segmentation, BadRules::LeaveOut, command, columnsNeedClusters);
}

std::optional<AssignedSegments> assignAllSegments(PreparedProject &prepared,
                                                  const Segmentation &segmentation,
                                                  const QString &command)
{
    return assign(prepared, segmentation, BadRules::Refuse, command, {});
}

} // namespace Segmenta::Cli
