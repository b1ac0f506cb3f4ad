// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistxlsxwriter.h"

#include "base/atomicfile.h"

#include "export/spreadsheetcell.h"
#include "export/targetlistnames.h"
#include "export/targetlistoptions.h"
#include "export/targetlistplan.h"
#include "export/targetlistreport.h"
#include "export/targetlistrowloop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <string>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Export";
constexpr double kExcelDaysTo1970 = 25569; // serial of 1970-01-01 in the 1900 date system
constexpr double kSecondsPerDay = 86400;
constexpr size_t kMaxCellBytes = 32767;    // Excel's limit is 32767 characters
// Past about this many rows the zipped sheets may pass 4 GB, which plain zip cannot record;
// below it zip64 is left off because older readers reject it.
constexpr qint64 kZip64Rows = 4000000;

Message cannotWrite(const QString &path, const QString &reason)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Export", "“%1” cannot be written: %2."),
                   {path, reason});
}

// What libxlsxwriter reports of a failed write: a full disk arrives as a zip error, while
// errno still says why, so the sentence is the one every other full disk gets.
Message libraryError(const QString &path, lxw_error error, int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
    case EFBIG:
    case EROFS:
        return AtomicFile::writeError(path, errorNumber);
    default:
        return cannotWrite(path, QString::fromUtf8(lxw_strerror(error)));
    }
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

// Writes header and cells, remembering the first libxlsxwriter error: the calls go on after
// one fails and the error is reported once, when the sheet is complete.
class CellWriter
{
public:
    CellWriter(lxw_workbook *book, const TargetListOptions &options)
    {
        m_headerFormat = workbook_add_format(book);
        format_set_bold(m_headerFormat);
        m_dateFormat = workbook_add_format(book);
        format_set_num_format(m_dateFormat, "yyyy-mm-dd");
        m_dateTimeFormat = workbook_add_format(book);
        format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
        if (options.headerStyle == ListLanguage::HeaderStyle::Names)
            addUnitFormats(book, options.currency);
    }

    // Names style: the cell stays a number and Excel shows the unit (docs/export.md).
    void addUnitFormats(lxw_workbook *book, const QString &currency)
    {
        m_percentFormat = workbook_add_format(book);
        format_set_num_format(m_percentFormat, "0.0%");
        m_moneyFormat = workbook_add_format(book);
        QString money = QStringLiteral("#,##0.00");
        if (!currency.isEmpty())
            money = u'"' + QString(currency).remove(u'"') + u'"' + money;
        m_moneyText = money.toUtf8();
        format_set_num_format(m_moneyFormat, m_moneyText.constData());
    }

    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_failures++ == 0)
            m_firstError = e;
    }
    bool failed() const { return m_failures > 0; }
    lxw_error firstError() const { return m_firstError; }

    void writeHeader(lxw_worksheet *sheet, const TargetListColumns &columns)
    {
        for (lxw_col_t c = 0; c < lxw_col_t(columns.size()); ++c) {
            const QString &header = columns.entries()[c].header;
            check(worksheet_set_column(sheet, c, c, columnWidth(header), nullptr));
            const QByteArray h = header.toUtf8();
            writeText(sheet, 0, c, std::string_view(h.constData(), size_t(h.size())),
                      m_headerFormat);
        }
    }

    void writeCell(lxw_worksheet *sheet, lxw_row_t r, lxw_col_t c, const TargetListCell &cell,
                   ListLanguage::Unit unit)
    {
        switch (cell.type) {
        case TargetListCell::Type::Empty:
            break;
        case TargetListCell::Type::Number:
            check(worksheet_write_number(sheet, r, c, cell.number,
                                         unit == ListLanguage::Unit::Probability ? m_percentFormat
                                         : unit == ListLanguage::Unit::Money     ? m_moneyFormat
                                                                                 : nullptr));
            break;
        case TargetListCell::Type::Date: {
            double serial = kExcelDaysTo1970 + cell.days;
            if (cell.seconds >= 0)
                serial += cell.seconds / kSecondsPerDay;
            check(worksheet_write_number(sheet, r, c, serial,
                                         cell.seconds >= 0 ? m_dateTimeFormat : m_dateFormat));
            break;
        }
        case TargetListCell::Type::Text:
            writeText(sheet, r, c, cell.text, nullptr);
            break;
        }
    }

private:
    // Neutralised like the CSV (SpreadsheetCell), cut to Excel's limit on a character boundary.
    void writeText(lxw_worksheet *sheet, lxw_row_t r, lxw_col_t c, std::string_view text,
                   lxw_format *format)
    {
        m_text.clear();
        SpreadsheetCell::appendText(m_text, text);
        if (m_text.size() > kMaxCellBytes) {
            size_t cut = kMaxCellBytes;
            while (cut > 0 && (static_cast<unsigned char>(m_text[cut]) & 0xC0) == 0x80)
                --cut;
            m_text.resize(cut);
        }
        check(worksheet_write_string(sheet, r, c, m_text.c_str(), format));
    }

    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_percentFormat = nullptr;
    lxw_format *m_moneyFormat = nullptr;
    QByteArray m_moneyText;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    std::string m_text;
    int m_failures = 0;
    lxw_error m_firstError = LXW_NO_ERROR;
};

// libxlsxwriter opens the file only when closing: find an unwritable folder before the work.
Status probeFolder(const QString &path, const QString &part)
{
    QFile probe(part);
    if (!probe.open(QIODevice::WriteOnly))
        return cannotWrite(path, probe.errorString());
    return {};
}

// Creates the workbook in constant-memory mode, writing to the part file.
Status openWorkbook(Workbook &guard, const QString &path, const QString &part,
                    const QDir &folder, qint64 rowCount)
{
    const QByteArray partName = QFile::encodeName(part);
    QByteArray tmpdir = QFile::encodeName(folder.absolutePath());
    lxw_workbook_options lxwOptions{};
    lxwOptions.constant_memory = LXW_TRUE;
    // Its temporary files (deleted as soon as opened) beside the result, not in a RAM /tmp.
    lxwOptions.tmpdir = tmpdir.data();
    lxwOptions.use_zip64 = rowCount > kZip64Rows ? LXW_TRUE : LXW_FALSE;
    guard.m_book = workbook_new_opt(partName.constData(), &lxwOptions);
    if (!guard.m_book)
        return cannotWrite(path, QStringLiteral("libxlsxwriter"));
    return {};
}

// One worksheet: the header row frozen, the rows of list l, filters over all of it.
Status writeSheet(lxw_workbook *book, TargetListRowLoop &loop, CellWriter &cells,
                  const TargetListPlan &plan, size_t l, const QString &sheetName,
                  const QString &path)
{
    const TargetListPlan::List &list = plan.lists[l];
    if (qint64(list.rows.size()) >= qint64(LXW_ROW_MAX))
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Export",
                                         "The segment “%1” has %2 customers, more than a "
                                         "worksheet holds; export it as CSV."),
                       {list.name, QString::number(list.rows.size())})
            .withCode("too-many-rows");
    const QByteArray sheetUtf8 = sheetName.toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetUtf8.constData());
    if (!sheet)
        return cannotWrite(path, sheetName);
    worksheet_freeze_panes(sheet, 1, 0);
    cells.writeHeader(sheet, plan.columns);
    lxw_row_t r = 1;
    const Status rows = loop.writeList(
        l,
        [&](qsizetype c, const TargetListCell &cell) {
            cells.writeCell(sheet, r, lxw_col_t(c), cell, plan.columns.entries()[size_t(c)].unit);
        },
        [&] { ++r; });
    if (!rows)
        return rows;
    cells.check(worksheet_autofilter(sheet, 0, 0, r - 1, lxw_col_t(plan.columns.size()) - 1));
    if (cells.failed())
        return cannotWrite(path, QString::fromUtf8(lxw_strerror(cells.firstError())));
    return {};
}

// Closes the workbook (which writes it) and renames the part file over the result.
Status closeWorkbook(Workbook &guard, const QString &part, const QString &path)
{
    lxw_workbook *book = guard.m_book;
    guard.m_book = nullptr; // workbook_close frees it, whatever it returns
    errno = 0;
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return libraryError(path, e, errno);
    // rename() replaces atomically on POSIX; QFile::rename refuses to overwrite.
#ifdef Q_OS_UNIX
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData())
        != 0)
        return cannotWrite(path, QString::fromLocal8Bit(std::strerror(errno)));
#else
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return cannotWrite(path, QStringLiteral("rename"));
#endif
    guard.m_done = true;
    return {};
}

} // namespace

Status TargetListXlsxWriter::write(const TargetListPlan &plan, const TargetListOptions &options,
                                   TargetListReport &report, TaskControl *control)
{
    const QDir folder(options.folder);
    const QString name = TargetListNames::safeFileName(options.workbookName);
    const QString path = folder.absoluteFilePath(name + QStringLiteral(".xlsx"));
    const QString part = path + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());

    if (Status st = probeFolder(path, part); !st)
        return st;
    Workbook guard(part);
    if (Status st = openWorkbook(guard, path, part, folder, plan.rowCount); !st)
        return st;
    CellWriter cells(guard.m_book, options);
    TargetListRowLoop loop(plan, control);
    const QStringList sheetNames = TargetListNames::sheetNames(loop.listNames());
    for (size_t l = 0; l < plan.lists.size(); ++l) {
        const QString &sheetName = sheetNames[qsizetype(l)];
        if (Status st = writeSheet(guard.m_book, loop, cells, plan, l, sheetName, path); !st)
            return st;
        report.lists[qsizetype(l)].file = path;
        report.lists[qsizetype(l)].sheet = sheetName;
    }
    if (Status st = loop.checkCancelled(); !st)
        return st;
    if (Status st = closeWorkbook(guard, part, path); !st)
        return st;
    report.files << path;
    return {};
}

} // namespace Segmenta
