// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistrowloop.h"

#include "base/taskcontrol.h"

#include <algorithm>

namespace Segmenta {

TargetListRowLoop::TargetListRowLoop(const TargetListPlan &plan, TaskControl *control)
    : m_plan(plan), m_control(control), m_unique(plan.ids ? plan.ids->size() : 0, plan.ids),
      m_total(double(std::max<qint64>(1, plan.rowCount)))
{
}

Status TargetListRowLoop::reportProgress() const
{
    if (!m_control)
        return {};
    if (m_control->isCancelled())
        return TargetListPlan::cancelledError();
    m_control->reportProgress(double(m_written) / m_total);
    return {};
}

Status TargetListRowLoop::checkCancelled() const
{
    if (m_control && m_control->isCancelled())
        return TargetListPlan::cancelledError();
    return {};
}

QStringList TargetListRowLoop::listNames() const
{
    QStringList names;
    for (const TargetListPlan::List &list : m_plan.lists)
        names << list.name;
    return names;
}

} // namespace Segmenta
