// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse/warehousecancelwatcher.h"

#include "base/taskcontrol.h"
#include "warehouse/warehouseconnection.h"
#include "warehouse/warehousesource.h"

#include <QSqlQuery>
#include <QVariant>

#include <chrono>

namespace Segmenta {

namespace {

// How often the control is looked at: a cancel is sent within this time of the click.
constexpr std::chrono::milliseconds kPollInterval{50};

} // namespace

WarehouseCancelWatcher::WarehouseCancelWatcher(const WarehouseSource &source,
                                               const QString &password, qint64 backendPid,
                                               TaskControl *control)
{
    if (!control)
        return;
    m_thread = std::thread([this, source, password, backendPid, control] {
        while (!m_done.load()) {
            if (control->isCancelled()) {
                WarehouseConnection second(source, password);
                if (second.error().isEmpty()) {
                    QSqlQuery q(second.db());
                    q.prepare(QStringLiteral("SELECT pg_cancel_backend(?)"));
                    q.addBindValue(backendPid);
                    q.exec();
                }
                return;
            }
            std::this_thread::sleep_for(kPollInterval);
        }
    });
}

WarehouseCancelWatcher::~WarehouseCancelWatcher()
{
    m_done.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Segmenta
