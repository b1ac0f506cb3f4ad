// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "data/uniquecustomercheck.h"
#include "export/targetlistplan.h"

#include <QStringList>

namespace Segmenta {

class TaskControl;

// The row loop the CSV and XLSX target-list writers share: the rows of each planned list in
// prospect order with their cells prefetched a little ahead, every customer on at most one
// list (UniqueCustomerCheck), progress and cancel checked every few thousand rows. A writer
// only says how one cell is written and what ends a row.
class TargetListRowLoop
{
public:
    TargetListRowLoop(const TargetListPlan &plan, TaskControl *control);

    // Calls writeCell(column, cell) for each cell of each row of list l in order, then
    // endRow() after every row. Returns the duplicate-customer or cancel error.
    template <typename WriteCell, typename EndRow>
    Status writeList(size_t l, WriteCell &&writeCell, EndRow &&endRow)
    {
        const TargetListPlan::List &list = m_plan.lists[l];
        const TargetListColumns &columns = m_plan.columns;
        const qsizetype columnCount = columns.size();
        const size_t count = list.rows.size();
        for (size_t k = 0; k < count; ++k) {
            const qint32 row = list.rows[k];
            columns.prefetchAhead(list.rows, k);
            if (!m_unique.admit(row, int(l)))
                return m_unique.error(m_plan.lists[size_t(m_unique.firstList())].name, list.name);
            for (qsizetype c = 0; c < columnCount; ++c)
                writeCell(c, columns.cell(c, row, list.segment));
            endRow();
            if ((++m_written & kProgressMask) == 0)
                if (Status st = reportProgress(); !st)
                    return st;
        }
        return {};
    }

    // After the last list, before anything is committed: a cancel that came after the last
    // progress check still leaves every file as it was.
    Status checkCancelled() const;

    // The segment names of the lists, in list order (for file and sheet names).
    QStringList listNames() const;

private:
    // Progress and cancel every 16384 rows: often enough for a responsive cancel, rarely
    // enough that the atomic reads do not show in the loop.
    static constexpr qint64 kProgressMask = 0x3FFF;

    Status reportProgress() const;

    const TargetListPlan &m_plan;
    TaskControl *m_control;
    UniqueCustomerCheck m_unique;
    qint64 m_written = 0;
    double m_total;
};

} // namespace Segmenta
