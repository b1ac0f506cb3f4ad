// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/customeranalysis.h"
#include "base/result.h"
#include "data/dataset.h"
#include "segments/rules/customerfields.h"
#include "warehouse/warehousesource.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace Segmenta {

class TaskControl;

// An import from a warehouse, or a refresh of a project that came from one, as one task (the
// desktop's File → Import/Refresh from Database in the background, and `segmenta-cli import
// --source` and `segmenta-cli refresh`): the server's per-customer summary (WarehouseImporter),
// the project saved with the source in its settings (ProjectSettings::kWarehouse, never the
// password; segments, other settings and snapshots of a refreshed project are kept), and
// optionally a snapshot of the stored segments on the new data, so the Snapshots page shows how
// customers moved between refreshes. The analysis made for the snapshot is handed to the
// desktop's session, which then need not run it again. The source's queries are remembered as
// confirmed (ConfirmedQueries): a caller refreshing a query it has not seen asks first.
struct WarehouseImportJob
{
    // In
    WarehouseSource source;
    QString password; // held only in memory, for this run
    QString projectPath;
    QJsonObject settings; // the refreshed project's, or empty for a new one
    QString snapshotName; // empty: no snapshot
    bool refresh = false; // what the desktop's titles say; the steps are the same
    std::function<void()> saving; // called before the project is written (the CLI says so)

    // Out
    std::optional<Result<Dataset>> data; // empty when cancelled before the end
    Status saved;
    Status snapshot;
    std::shared_ptr<const CustomerAnalysis> analysis; // set when a snapshot was taken
    std::shared_ptr<const CustomerFields> fields;

    void run(TaskControl &control);

private:
    void takeSnapshot(TaskControl &control);
};

} // namespace Segmenta
