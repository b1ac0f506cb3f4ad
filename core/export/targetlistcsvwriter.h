// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

namespace Segmenta {

class TaskControl;
class TargetListPlan;
struct TargetListOptions;
struct TargetListReport;

// One CSV file per list (UTF-8 with BOM, or GB18030), each through a QSaveFile. All files are
// written completely before any is committed, so a failure or a cancel leaves every existing
// file as it was and no temporary file behind.
class TargetListCsvWriter
{
public:
    static Status write(const TargetListPlan &plan, const TargetListOptions &options,
                        TargetListReport &report, TaskControl *control = nullptr);
};

} // namespace Segmenta
