// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistcsvwriter.h"

#include "base/csvwriter.h"
#include "export/spreadsheetcell.h"
#include "export/targetlistnames.h"
#include "export/targetlistoptions.h"
#include "export/targetlistplan.h"
#include "export/targetlistreport.h"
#include "base/taskcontrol.h"
#include "data/uniquecustomercheck.h"

#include <QDir>

#include <memory>
#include <string>
#include <vector>

namespace Segmenta {

namespace {

void appendCell(std::string &out, const TargetListCell &cell)
{
    switch (cell.type) {
    case TargetListCell::Type::Empty:
        break;
    case TargetListCell::Type::Number:
        SpreadsheetCell::appendNumber(out, cell.number);
        break;
    case TargetListCell::Type::Date:
        SpreadsheetCell::appendDate(out, cell.days, cell.seconds);
        break;
    case TargetListCell::Type::Text:
        SpreadsheetCell::appendCsvText(out, cell.text);
        break;
    }
}

} // namespace

Status TargetListCsvWriter::write(const TargetListPlan &plan, const TargetListOptions &options,
                                  TargetListReport &report, TaskControl *control)
{
    QStringList segmentNames;
    for (const TargetListPlan::List &list : plan.lists)
        segmentNames << list.name;
    const QStringList fileNames = TargetListNames::fileNames(segmentNames);
    const bool gb18030 = options.encoding == TargetListOptions::Encoding::Gb18030;
    const QDir folder(options.folder);
    const TargetListColumns &columns = plan.columns;
    const qsizetype columnCount = columns.size();

    // Until every file is complete none is committed; destroying an uncommitted QSaveFile
    // removes its temporary file.
    std::vector<std::unique_ptr<CsvWriter>> writers;
    UniqueCustomerCheck unique(plan.ids ? plan.ids->size() : 0, plan.ids);
    std::string buffer;
    buffer.reserve(1 << 19);
    qint64 written = 0;
    const double total = double(std::max<qint64>(1, plan.rowCount));

    for (size_t l = 0; l < plan.lists.size(); ++l) {
        const TargetListPlan::List &list = plan.lists[l];
        const QString path =
            folder.absoluteFilePath(fileNames[qsizetype(l)] + QStringLiteral(".csv"));
        auto writer = std::make_unique<CsvWriter>(path, !gb18030);
        if (gb18030)
            writer->setEncoding("GB18030");
        if (Status st = writer->open(); !st)
            return st;
        buffer.clear();
        for (qsizetype c = 0; c < columnCount; ++c) {
            if (c)
                buffer.push_back(',');
            const QByteArray header = columns.entries()[size_t(c)].header.toUtf8();
            SpreadsheetCell::appendCsvText(buffer,
                                           std::string_view(header.constData(),
                                                            size_t(header.size())));
        }
        buffer.append("\r\n");
        const size_t count = list.rows.size();
        for (size_t k = 0; k < count; ++k) {
            const qint32 row = list.rows[k];
            columns.prefetchAhead(list.rows, k);
            if (!unique.admit(row, int(l)))
                return unique.error(plan.lists[size_t(unique.firstList())].name, list.name);
            for (qsizetype c = 0; c < columnCount; ++c) {
                if (c)
                    buffer.push_back(',');
                appendCell(buffer, columns.cell(c, row, list.segment));
            }
            buffer.append("\r\n");
            if (buffer.size() >= (1u << 18)) {
                writer->writeRaw(buffer.data(), qsizetype(buffer.size()));
                buffer.clear();
            }
            if ((++written & 0x3FFF) == 0 && control) {
                if (control->isCancelled())
                    return TargetListPlan::cancelledError();
                control->reportProgress(double(written) / total);
            }
        }
        writer->writeRaw(buffer.data(), qsizetype(buffer.size()));
        writers.push_back(std::move(writer));
        report.lists[qsizetype(l)].file = path;
    }
    if (control && control->isCancelled())
        return TargetListPlan::cancelledError();
    for (size_t l = 0; l < writers.size(); ++l) {
        if (Status st = writers[l]->commit(); !st) {
            for (size_t rest = l + 1; rest < writers.size(); ++rest)
                writers[rest]->cancel();
            return st;
        }
        report.files << report.lists[qsizetype(l)].file;
    }
    return {};
}

} // namespace Segmenta
