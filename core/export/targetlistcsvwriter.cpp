// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistcsvwriter.h"

#include "base/csvwriter.h"
#include "export/spreadsheetcell.h"
#include "export/targetlistnames.h"
#include "export/targetlistoptions.h"
#include "export/targetlistplan.h"
#include "export/targetlistreport.h"
#include "export/targetlistrowloop.h"
#include "base/taskcontrol.h"

#include <QDir>

#include <cmath>

#include <memory>
#include <string>
#include <vector>

namespace Segmenta {

namespace {

// Rows collect in one buffer flushed at a quarter megabyte: few write calls, and the buffer
// stays in cache. The reserve leaves room for the row that crosses the mark.
constexpr size_t kFlushBytes = size_t(1) << 18;
constexpr size_t kBufferBytes = size_t(1) << 19;

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

// Names style: the CSV stays numeric, so a probability is written as the percent its header
// names ("购买概率 (%)"), one decimal (docs/export.md).
TargetListCell percentCell(TargetListCell cell)
{
    cell.number = std::round(cell.number * 1000.0) / 10.0;
    return cell;
}

void appendHeaderRow(std::string &out, const TargetListColumns &columns)
{
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (c)
            out.push_back(',');
        const QByteArray header = columns.entries()[size_t(c)].header.toUtf8();
        SpreadsheetCell::appendCsvText(out,
                                       std::string_view(header.constData(), size_t(header.size())));
    }
    out.append("\r\n");
}

Result<std::unique_ptr<CsvWriter>> openFile(const QString &path, bool gb18030)
{
    auto writer = std::make_unique<CsvWriter>(path, !gb18030);
    if (gb18030)
        writer->setEncoding("GB18030");
    if (Status st = writer->open(); !st)
        return st.error();
    return writer;
}

// Commits the files in order; after a failure the rest are cancelled (their temporary files
// removed) and the error returned.
Status commitAll(std::vector<std::unique_ptr<CsvWriter>> &writers, TargetListReport &report)
{
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

} // namespace

Status TargetListCsvWriter::write(const TargetListPlan &plan, const TargetListOptions &options,
                                  TargetListReport &report, TaskControl *control)
{
    TargetListRowLoop loop(plan, control);
    const QStringList fileNames = TargetListNames::fileNames(loop.listNames());
    const bool gb18030 = options.encoding == TargetListOptions::Encoding::Gb18030;
    const QDir folder(options.folder);

    // Until every file is complete none is committed; destroying an uncommitted QSaveFile
    // removes its temporary file.
    std::vector<std::unique_ptr<CsvWriter>> writers;
    std::string buffer;
    buffer.reserve(kBufferBytes);

    for (size_t l = 0; l < plan.lists.size(); ++l) {
        const QString path =
            folder.absoluteFilePath(fileNames[qsizetype(l)] + QStringLiteral(".csv"));
        auto opened = openFile(path, gb18030);
        if (!opened)
            return opened.error();
        std::unique_ptr<CsvWriter> writer = opened.takeValue();
        buffer.clear();
        appendHeaderRow(buffer, plan.columns);
        const Status rows = loop.writeList(
            l,
            [&](qsizetype c, const TargetListCell &cell) {
                if (c)
                    buffer.push_back(',');
                if (plan.columns.entries()[size_t(c)].unit == ListLanguage::Unit::Probability
                    && cell.type == TargetListCell::Type::Number) {
                    appendCell(buffer, percentCell(cell));
                    return;
                }
                appendCell(buffer, cell);
            },
            [&] {
                buffer.append("\r\n");
                if (buffer.size() >= kFlushBytes) {
                    writer->writeRaw(buffer.data(), qsizetype(buffer.size()));
                    buffer.clear();
                }
            });
        if (!rows)
            return rows;
        writer->writeRaw(buffer.data(), qsizetype(buffer.size()));
        writers.push_back(std::move(writer));
        report.lists[qsizetype(l)].file = path;
    }
    if (Status st = loop.checkCancelled(); !st)
        return st;
    return commitAll(writers, report);
}

} // namespace Segmenta
