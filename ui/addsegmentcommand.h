// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addremovesegmentcommand.h"

namespace Segmenta {

class AddSegmentCommand : public AddRemoveSegmentCommand
{
public:
    AddSegmentCommand(SegmentDocument *document, qsizetype index, const Segment &segment);

    void redo() override { insertSegment(); }
    void undo() override { takeSegment(); }
};

} // namespace Segmenta
