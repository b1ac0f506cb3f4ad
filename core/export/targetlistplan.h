// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "export/targetlistcolumns.h"

#include <QString>

#include <vector>

namespace Segmenta {

class CustomerFields;
class Dataset;
class Segmentation;
class TaskControl;
struct TargetListOptions;

// Which customers go on which list, in which order: built before anything is written.
// Per list: the customers of one segment, minus the suppressed ones, best prospects first
// (purchase probability descending, then value descending, then customer row; a missing
// probability or value sorts after every present one).
class TargetListPlan
{
public:
    struct List
    {
        qsizetype segment = -1; // index in the segmentation
        QString name;
        std::vector<qint32> rows; // customer rows in the order written
        qint64 suppressed = 0;
    };

    static Result<TargetListPlan> build(const Dataset &data, const CustomerFields &fields,
                                        const Segmentation &segmentation,
                                        const std::vector<qint16> &segmentOfCustomer,
                                        const TargetListOptions &options,
                                        TaskControl *control = nullptr);

    // The error every export step returns when its TaskControl was cancelled.
    static Message cancelledError();

    std::vector<List> lists;
    TargetListColumns columns;
    const Column *ids = nullptr; // the customer ids, for the never-twice check
    qint64 rowCount = 0;
    qint64 suppressed = 0;
};

} // namespace Segmenta
