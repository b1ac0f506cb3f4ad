// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "export/targetlistoptions.h"
#include "export/targetlistreport.h"

#include <vector>

namespace Segmenta {

class CustomerFields;
class Dataset;
class Segmentation;
class TaskControl;

// Target lists for sales (docs/domain.md, "Call lists"; docs/export.md): one list per segment, the
// segment's customers minus the suppressed ones, best prospects first, as CSV files or one
// workbook. Nothing is replaced unless everything was written: a failure or a cancel leaves the
// folder as it was.
class TargetListExporter
{
public:
    // segmentOfCustomer: per customer row the winning segment index, -1 for unassigned
    // (SegmentAssignment::segment).
    static Result<TargetListReport> write(const Dataset &data, const CustomerFields &fields,
                                          const Segmentation &segmentation,
                                          const std::vector<qint16> &segmentOfCustomer,
                                          const TargetListOptions &options,
                                          TaskControl *control = nullptr);
};

} // namespace Segmenta
