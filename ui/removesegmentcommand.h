// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "addremovesegmentcommand.h"

namespace Segmenta {

class RemoveSegmentCommand : public AddRemoveSegmentCommand
{
public:
    RemoveSegmentCommand(SegmentDocument *document, qsizetype index);

    void redo() override { takeSegment(); }
    void undo() override { insertSegment(); }
};

} // namespace Segmenta
