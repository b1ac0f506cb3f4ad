// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

namespace Segmenta {

class TaskControl;
class TargetListPlan;
struct TargetListOptions;
struct TargetListReport;

// One workbook with a worksheet per list, through libxlsxwriter in constant-memory mode (rows
// stream to disk, so a million rows need little memory). Header row frozen with filters;
// numbers and dates stored as numbers, text as inline strings (neutralised like the CSV).
// The workbook is written as NAME.xlsx.part-PID and renamed over NAME.xlsx only when complete;
// on any failure the part file is removed and an existing NAME.xlsx is left alone.
class TargetListXlsxWriter
{
public:
    static Status write(const TargetListPlan &plan, const TargetListOptions &options,
                        TargetListReport &report, TaskControl *control = nullptr);
};

} // namespace Segmenta
