// SPDX-License-Identifier: GPL-3.0-or-later
#include "addsegmentcommand.h"

#include <QCoreApplication>

namespace Segmenta {

AddSegmentCommand::AddSegmentCommand(SegmentDocument *document, qsizetype index,
                                     const Segment &segment)
    : AddRemoveSegmentCommand(document, index, segment,
                              QCoreApplication::translate("Segmenta::SegmentsPage", "Add Segment"))
{}

} // namespace Segmenta
