// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignedsegments.h"

#include "clioutput.h"

namespace Segmenta::Cli {

std::optional<AssignedSegments> assignStoredSegments(const PreparedProject &prepared,
                                                     const QString &command)
{
    auto segmentation = storedSegmentation(prepared.project);
    if (!segmentation) {
        printError(QStringLiteral("%1: %2").arg(command, segmentation.errorString()));
        return std::nullopt;
    }
    return assignSegments(prepared, segmentation.takeValue(), command);
}

std::optional<AssignedSegments> assignSegments(const PreparedProject &prepared,
                                               Segmentation segmentation, const QString &command)
{
    AssignedSegments out;
    out.segmentation = std::move(segmentation);
    out.fields = CustomerFields::build(prepared.project.data, &*prepared.analysis);
    auto assignment = SegmentAssignment::assign(out.segmentation, out.fields);
    if (!assignment) {
        printError(QStringLiteral("%1: %2").arg(command, assignment.errorString()));
        return std::nullopt;
    }
    out.assignment = assignment.takeValue();
    return out;
}

} // namespace Segmenta::Cli
