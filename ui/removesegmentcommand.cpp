// SPDX-License-Identifier: GPL-3.0-or-later
#include "removesegmentcommand.h"

#include <QCoreApplication>

namespace Segmenta {

RemoveSegmentCommand::RemoveSegmentCommand(SegmentDocument *document, qsizetype index)
    : AddRemoveSegmentCommand(document, index, Segment(),
                              QCoreApplication::translate("Segmenta::SegmentsPage",
                                                          "Remove Segment"))
{}

} // namespace Segmenta
