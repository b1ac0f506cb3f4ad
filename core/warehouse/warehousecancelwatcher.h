// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Watches a TaskControl while a warehouse's statements run; on cancel, asks the server to cancel
// the backend's running statement from a connection of its own (the first one is blocked in
// the driver until the statement ends).

#include <QString>

#include <atomic>
#include <thread>

namespace Segmenta {

class TaskControl;
struct WarehouseSource;

class WarehouseCancelWatcher
{
public:
    // Does nothing without a control.
    WarehouseCancelWatcher(const WarehouseSource &source, const QString &password,
                           qint64 backendPid, TaskControl *control);
    ~WarehouseCancelWatcher();
    WarehouseCancelWatcher(const WarehouseCancelWatcher &) = delete;
    WarehouseCancelWatcher &operator=(const WarehouseCancelWatcher &) = delete;

private:
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

} // namespace Segmenta
