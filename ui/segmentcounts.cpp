// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentcounts.h"

namespace Segmenta {

Segmentation SegmentCounts::validSegmentation() const
{
    Segmentation valid;
    for (qsizetype s = 0; s < segmentation.size(); ++s)
        if (validIndex[size_t(s)] >= 0)
            valid.segments.append(segmentation.segments[s]);
    return valid;
}

} // namespace Segmenta
