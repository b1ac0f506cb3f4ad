// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/warehouseimportjob.h"

#include "base/taskcontrol.h"
#include "project/projectfile.h"
#include "project/projectsettings.h"
#include "project/snapshotstore.h"
#include "segments/compiledsegmentation.h"
#include "segments/segmentsnapshot.h"
#include "warehouse/confirmedqueries.h"
#include "warehouse/warehouseimporter.h"

#include <QDateTime>

namespace Segmenta {

void WarehouseImportJob::run(TaskControl &control)
{
    // Most of the time is the server's; saving and the snapshot's analysis share the rest.
    const double importShare = snapshotName.isEmpty() ? 0.85 : 0.6;
    TaskControl importing(&control, 0.0, importShare);
    // Typed by this user, or confirmed before a refresh: not to be asked about again. Failing to
    // remember only means being asked once more.
    (void)ConfirmedQueries::confirm(source);
    auto imported = WarehouseImporter::run(source, password, &importing);
    if (!imported || control.isCancelled()) {
        if (!control.isCancelled())
            data = std::move(imported);
        return;
    }
    settings.insert(ProjectSettings::kWarehouse, source.toJson());
    ProjectContents project;
    project.data = imported.takeValue(); // moved, not copied: one row per customer, maybe millions
    project.settings = settings;
    if (saving)
        saving();
    saved = ProjectFile::save(projectPath, project);
    data = std::move(project.data);
    control.reportProgress(importShare + 0.1);
    if (saved && !snapshotName.isEmpty())
        takeSnapshot(control);
    control.reportProgress(1.0);
}

void WarehouseImportJob::takeSnapshot(TaskControl &control)
{
    const Dataset &dataset = data->value();
    TaskControl analysing(&control, 0.7, 0.25);
    // The desktop adopts this analysis for its pages, the Clusters page included.
    AnalysisOptions options;
    options.clusters = true;
    auto analysed = CustomerAnalysis::run(dataset, options, &analysing);
    if (!analysed) {
        snapshot = analysed.error();
        return;
    }
    auto shared = std::make_shared<const CustomerAnalysis>(analysed.takeValue());
    auto builtFields = std::make_shared<const CustomerFields>(CustomerFields::build(dataset, shared.get()));
    // The segments as the segment editor counts them: those whose rule compiles, in order.
    if (auto stored = ProjectSettings::segmentation(settings); !stored) {
        snapshot = stored.error(); // no snapshot of segments that do not read
    } else {
        CompiledSegmentation compiled = CompiledSegmentation::compile(*stored, *builtFields);
        if (auto assignment = compiled.assign()) {
            auto taken = SegmentSnapshot::take(dataset, compiled.valid, *assignment, shared.get(),
                                               snapshotName, QDateTime::currentDateTimeUtc());
            if (!taken)
                snapshot = taken.error();
            else if (auto id = SnapshotStore::save(projectPath, *taken); !id)
                snapshot = id.error();
        }
    }
    analysis = std::move(shared);
    fields = std::move(builtFields);
}

} // namespace Segmenta
