// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistexporter.h"

#include "export/suppressionlist.h"
#include "export/targetlistcsvwriter.h"
#include "export/targetlistplan.h"
#include "export/targetlistxlsxwriter.h"
#include "base/staletemporaries.h"
#include "base/taskcontrol.h"

#include <QDir>

namespace Segmenta {

Result<TargetListReport> TargetListExporter::write(const Dataset &data,
                                                   const CustomerFields &fields,
                                                   const Segmentation &segmentation,
                                                   const std::vector<qint16> &segmentOfCustomer,
                                                   const TargetListOptions &options,
                                                   TaskControl *control)
{
    TaskControl planning(control, 0, 0.1);
    auto plan = TargetListPlan::build(data, fields, segmentation, segmentOfCustomer, options,
                                      &planning);
    if (!plan)
        return plan.error();

    if (options.folder.isEmpty() || !QDir().mkpath(options.folder))
        return Message("Segmenta::Export",
                       QT_TRANSLATE_NOOP("Segmenta::Export",
                                         "The folder “%1” cannot be created."),
                       {options.folder})
            .withCode("folder");
    // Workbooks are written as NAME.part-PID first (targetlistxlsxwriter.h); those of an export
    // that was killed are removed here, those of a running one kept.
    StaleTemporaries::remove(options.folder, QString(), QStringLiteral(".part-"));

    TargetListReport report;
    const bool xlsx = options.format == TargetListOptions::Format::Xlsx;
    report.format = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    report.encoding = !xlsx && options.encoding == TargetListOptions::Encoding::Gb18030
                          ? QStringLiteral("gb18030")
                          : QStringLiteral("utf-8");
    report.columns = plan->columns.headers();
    report.expectedValue = plan->columns.valueBasis();
    report.rows = plan->rowCount;
    report.suppressed = plan->suppressed;
    report.suppressionEntries = options.suppression ? options.suppression->entryCount() : 0;
    for (const TargetListPlan::List &list : plan->lists)
        report.lists.append({list.name, qint64(list.rows.size()), list.suppressed, {}, {}});

    TaskControl writing(control, 0.1, 0.9);
    const Status written = xlsx ? TargetListXlsxWriter::write(*plan, options, report, &writing)
                                : TargetListCsvWriter::write(*plan, options, report, &writing);
    if (!written)
        return written.error();
    if (control)
        control->reportProgress(1.0);
    return report;
}

} // namespace Segmenta
