// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistxlsxwriter.h"

#include "export/spreadsheetcell.h"
#include "export/targetlistnames.h"
#include "export/targetlistoptions.h"
#include "export/targetlistplan.h"
#include "export/targetlistreport.h"
#include "base/taskcontrol.h"
#include "data/uniquecustomercheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <cstdio>
#include <string>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Export";
constexpr double kExcelDaysTo1970 = 25569; // serial of 1970-01-01 in the 1900 date system
constexpr size_t kMaxCellBytes = 32767;    // Excel's limit is 32767 characters

Message cannotWrite(const QString &path, const QString &reason)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Export", "“%1” cannot be written: %2."),
                   {path, reason});
}

double columnWidth(const QString &header)
{
    if (header == u"message" || header == u"offer")
        return 40;
    if (header == u"email")
        return 28;
    return std::max<double>(12, double(header.size()) + 2);
}

// Owns the workbook until it is closed; on failure frees it and removes the part file.
class Workbook
{
public:
    Workbook(const QString &part) : m_part(part) {}
    ~Workbook()
    {
        if (m_book)
            lxw_workbook_free(m_book);
        if (!m_done)
            QFile::remove(m_part);
    }
    lxw_workbook *m_book = nullptr;
    bool m_done = false;

private:
    QString m_part;
};

} // namespace

Status TargetListXlsxWriter::write(const TargetListPlan &plan, const TargetListOptions &options,
                                   TargetListReport &report, TaskControl *control)
{
    const QDir folder(options.folder);
    const QString name = TargetListNames::safeFileName(options.workbookName);
    const QString path = folder.absoluteFilePath(name + QStringLiteral(".xlsx"));
    const QString part = path + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());

    // libxlsxwriter opens the file only when closing: find an unwritable folder before the work.
    {
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly))
            return cannotWrite(path, probe.errorString());
    }
    Workbook guard(part);
    const QByteArray partName = QFile::encodeName(part);
    QByteArray tmpdir = QFile::encodeName(folder.absolutePath());
    lxw_workbook_options lxwOptions{};
    lxwOptions.constant_memory = LXW_TRUE;
    // Its temporary files (deleted as soon as opened) beside the result, not in a RAM /tmp.
    lxwOptions.tmpdir = tmpdir.data();
    lxwOptions.use_zip64 = plan.rowCount > 4000000 ? LXW_TRUE : LXW_FALSE;
    guard.m_book = workbook_new_opt(partName.constData(), &lxwOptions);
    if (!guard.m_book)
        return cannotWrite(path, QStringLiteral("libxlsxwriter"));

    lxw_format *headerFormat = workbook_add_format(guard.m_book);
    format_set_bold(headerFormat);
    lxw_format *dateFormat = workbook_add_format(guard.m_book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *dateTimeFormat = workbook_add_format(guard.m_book);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm:ss");

    QStringList segmentNames;
    for (const TargetListPlan::List &list : plan.lists)
        segmentNames << list.name;
    const QStringList sheetNames = TargetListNames::sheetNames(segmentNames);
    const TargetListColumns &columns = plan.columns;
    const auto columnCount = lxw_col_t(columns.size());
    UniqueCustomerCheck unique(plan.ids ? plan.ids->size() : 0, plan.ids);
    std::string text;
    qint64 written = 0;
    const double total = double(std::max<qint64>(1, plan.rowCount));
    int failures = 0; // lxw_error codes other than LXW_NO_ERROR
    lxw_error firstError = LXW_NO_ERROR;
    auto check = [&](lxw_error e) {
        if (e != LXW_NO_ERROR && failures++ == 0)
            firstError = e;
    };

    for (size_t l = 0; l < plan.lists.size(); ++l) {
        const TargetListPlan::List &list = plan.lists[l];
        if (qint64(list.rows.size()) >= qint64(LXW_ROW_MAX))
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Export",
                                             "The segment “%1” has %2 customers, more than a "
                                             "worksheet holds; export it as CSV."),
                           {list.name, QString::number(list.rows.size())})
                .withCode("too-many-rows");
        const QByteArray sheetName = sheetNames[qsizetype(l)].toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(guard.m_book, sheetName.constData());
        if (!sheet)
            return cannotWrite(path, sheetNames[qsizetype(l)]);
        worksheet_freeze_panes(sheet, 1, 0);
        for (lxw_col_t c = 0; c < columnCount; ++c) {
            const QString &header = columns.entries()[c].header;
            check(worksheet_set_column(sheet, c, c, columnWidth(header), nullptr));
            text.clear();
            const QByteArray h = header.toUtf8();
            SpreadsheetCell::appendText(text, std::string_view(h.constData(), size_t(h.size())));
            check(worksheet_write_string(sheet, 0, c, text.c_str(), headerFormat));
        }
        lxw_row_t r = 1;
        const size_t count = list.rows.size();
        for (size_t k = 0; k < count; ++k) {
            const qint32 row = list.rows[k];
            columns.prefetchAhead(list.rows, k);
            if (!unique.admit(row, int(l)))
                return unique.error(plan.lists[size_t(unique.firstList())].name, list.name);
            for (lxw_col_t c = 0; c < columnCount; ++c) {
                const TargetListCell cell = columns.cell(c, row, list.segment);
                switch (cell.type) {
                case TargetListCell::Type::Empty:
                    break;
                case TargetListCell::Type::Number:
                    check(worksheet_write_number(sheet, r, c, cell.number, nullptr));
                    break;
                case TargetListCell::Type::Date: {
                    double serial = kExcelDaysTo1970 + cell.days;
                    if (cell.seconds >= 0)
                        serial += cell.seconds / 86400.0;
                    check(worksheet_write_number(sheet, r, c, serial,
                                                 cell.seconds >= 0 ? dateTimeFormat
                                                                   : dateFormat));
                    break;
                }
                case TargetListCell::Type::Text: {
                    text.clear();
                    SpreadsheetCell::appendText(text, cell.text);
                    if (text.size() > kMaxCellBytes) { // cut on a character boundary
                        size_t cut = kMaxCellBytes;
                        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
                            --cut;
                        text.resize(cut);
                    }
                    check(worksheet_write_string(sheet, r, c, text.c_str(), nullptr));
                    break;
                }
                }
            }
            ++r;
            if ((++written & 0x3FFF) == 0 && control) {
                if (control->isCancelled())
                    return TargetListPlan::cancelledError();
                control->reportProgress(double(written) / total);
            }
        }
        check(worksheet_autofilter(sheet, 0, 0, r - 1, columnCount - 1));
        if (failures)
            return cannotWrite(path, QString::fromUtf8(lxw_strerror(firstError)));
        report.lists[qsizetype(l)].file = path;
        report.lists[qsizetype(l)].sheet = sheetNames[qsizetype(l)];
    }
    if (control && control->isCancelled())
        return TargetListPlan::cancelledError();

    lxw_workbook *book = guard.m_book;
    guard.m_book = nullptr; // workbook_close frees it, whatever it returns
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return cannotWrite(path, QString::fromUtf8(lxw_strerror(e)));
    // rename() replaces atomically on POSIX; QFile::rename refuses to overwrite.
#ifdef Q_OS_UNIX
    if (std::rename(partName.constData(), QFile::encodeName(path).constData()) != 0)
        return cannotWrite(path, QString::fromLocal8Bit(std::strerror(errno)));
#else
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return cannotWrite(path, QStringLiteral("rename"));
#endif
    guard.m_done = true;
    report.files << path;
    return {};
}

} // namespace Segmenta
