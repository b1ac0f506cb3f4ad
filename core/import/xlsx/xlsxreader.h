// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"
#include "import/text/recordsource.h"
#include "base/result.h"
#include "import/xlsx/xlsxcells.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Segmenta {

// Streams the rows of one worksheet of an .xlsx workbook. Shared strings and styles are read
// when the workbook is opened; the sheet is decompressed and parsed a row at a time in next(),
// so memory stays flat however long the sheet is.
//
// The sheet is scanned as UTF-8 bytes (Xlsx::SheetScanner); from anything the scanner leaves to
// QXmlStreamReader on, it is read again with XmlPart, so both paths give the same records and errors.
//
// Fields are the cells as text: numbers in the shortest form of their 15 significant digits
// (what Excel shows), numbers with a date format as "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or, for
// a time of day alone, "HH:mm:ss"; booleans as TRUE/FALSE, errors as Excel writes them ("#N/A").
// Skipped cells become empty fields, and every row is padded to the sheet's width (the wider of
// its <dimension> and its first non-blank row), so columns line up. Rows missing from the sheet
// are not emitted; Record::line is the sheet's 1-based row number.
class XlsxReader : public RecordSource
{
public:
    ~XlsxReader() override;

    // How the sheet's and shared strings' XML is read: Fast scans its bytes (what imports use);
    // XmlReader is the QXmlStreamReader path alone, which tests and benchmarks compare with.
    enum class Scanning { Fast, XmlReader };

    // Opens the workbook; sheet = sheet name, or empty for the first sheet (the first visible
    // one when the first is hidden).
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const QString &sheet = {},
                                                    Scanning scanning = Scanning::Fast);
    // The worksheets in workbook order; chart sheets are left out.
    static Result<QStringList> sheetNames(const QString &path);

    QString sheetName() const { return m_sheetName; }
    bool date1904() const { return m_date1904; }

    bool next(Record &record) override;
    double progress() const override;

    // Why next() returned false before the end of the sheet; empty when the whole sheet was read.
    Message error() const override { return m_error; }

private:
    struct Stream; // the zip archive and the XML reader of the sheet, defined in the .cpp
    struct Cell
    {
        int column;
        bool shared; // the text is in m_sharedText, else in m_rowText
        size_t offset;
        size_t length;
    };
    XlsxReader();
    Message openSheet();
    Message switchToSlowPath();
    bool nextSlow(Record &record);
    bool scannedRow(Record &record);
    bool readRow(Record &record);
    bool finishRow(Record &record);
    void readCell(int &column);
    void addCell(int column, Xlsx::CellType type, int style);
    void addCell(int column, Xlsx::CellType type, int style, std::string_view text);
    void appendNumberCell(std::optional<double> value, std::string_view text, int style);
    void fail();

    std::unique_ptr<Stream> m_stream;
    QString m_path;
    QString m_sheetName;
    bool m_date1904 = false;
    bool m_done = false;
    Message m_error;

    // Shared string i is m_sharedText[m_sharedOffsets[i], m_sharedOffsets[i + 1]).
    std::string m_sharedText;
    std::vector<size_t> m_sharedOffsets;
    std::vector<quint8> m_styleKinds; // whether a date or time format, per cellXfs index

    int m_width = 0; // fields per row: the <dimension>, widened by the first non-blank row
    bool m_sawData = false;
    qint64 m_row = 0;
    std::string m_rowText;
    std::vector<Cell> m_cells;
    QString m_text;
};

} // namespace Segmenta
