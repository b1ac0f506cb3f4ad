// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxreader.h"

#include "import/importlimits.h"
#include "import/xlsx/xlsxarchive.h"
#include "import/xlsx/xlsxcells.h"
#include "import/xlsx/xlsxmessages.h"
#include "import/xlsx/xlsxpart.h"
#include "import/xlsx/xlsxscannerfeed.h"
#include "import/xlsx/xlsxsharedstrings.h"
#include "import/xlsx/xlsxsheetscanner.h"
#include "import/xlsx/xlsxstyles.h"
#include "import/xlsx/xlsxworkbook.h"

#include <algorithm>

namespace Segmenta {

using namespace Qt::StringLiterals;
using namespace Segmenta::Xlsx;

namespace {
using ImportLimits::kMaxColumns; // column XFD, the last one Excel has

// The ASCII white space QString::trimmed() removes.
std::string_view trimmedAscii(std::string_view text)
{
    constexpr std::string_view space = " \t\n\r\v\f";
    const size_t first = text.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// A shared-string index of plain digits; nullopt for anything else.
std::optional<size_t> sharedIndex(std::string_view text)
{
    text = trimmedAscii(text);
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    size_t index = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        index = index * 10 + size_t(c - '0');
    }
    return index;
}

} // namespace

struct XlsxReader::Stream
{
    Archive archive;
    XmlPart sheet{archive}; // the slow path
    QString part;           // the sheet's entry in the archive
    bool fast = true;
    ScannerFeed feed{archive};
    SheetScanner scanner;
    ScannedRow row;
    qint64 emitted = 0;     // rows next() returned
};

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    Archive archive;
    if (Message error = Workbook::openArchive(archive, path); !error.isEmpty())
        return error;
    Result<Workbook> workbook = Workbook::read(archive, path);
    if (!workbook)
        return workbook.error();
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets)
        names.append(sheet.name);
    return names;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet,
                                                     Scanning scanning)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_path = path;
    reader->m_stream = std::make_unique<Stream>();
    Archive &archive = reader->m_stream->archive;
    if (Message error = Workbook::openArchive(archive, path); !error.isEmpty())
        return error;
    Result<Workbook> workbook = Workbook::read(archive, path);
    if (!workbook)
        return workbook.error();
    if (workbook->sheets.empty()) {
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” contains no worksheets."),
                       {fileNameOf(path)});
    }

    const SheetEntry *chosen = nullptr;
    if (sheet.isEmpty()) {
        const auto visible = std::find_if(workbook->sheets.begin(), workbook->sheets.end(),
                                          [](const SheetEntry &entry) { return !entry.hidden; });
        chosen = visible != workbook->sheets.end() ? &*visible : &workbook->sheets.front();
    } else {
        // Excel treats sheet names case-insensitively; an exact match still wins.
        for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const SheetEntry &entry : workbook->sheets) {
                if (!chosen && entry.name.compare(sheet, cs) == 0)
                    chosen = &entry;
            }
        }
    }
    if (!chosen) {
        QStringList names;
        for (const SheetEntry &entry : workbook->sheets)
            names.append(QChar(u'“') + entry.name + QChar(u'”'));
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "The workbook has no sheet named “%1”. Its sheets are: %2."),
                       {sheet, names.join(QStringLiteral(", "))});
    }
    reader->m_sheetName = chosen->name;
    reader->m_date1904 = workbook->date1904;

    if (Message error = readStyles(archive, workbook->styles, path, reader->m_styleKinds);
        !error.isEmpty()) {
        return error;
    }
    // Without the part, every text cell would come in empty (a header of blanks).
    if (workbook->sharedStringsListed && !archive.contains(workbook->sharedStrings))
        return missingSharedStrings(path, workbook->sharedStrings);
    if (Message error = readSharedStrings(archive, workbook->sharedStrings, path,
                                          reader->m_sharedText, reader->m_sharedOffsets,
                                          scanning == Scanning::Fast);
        !error.isEmpty()) {
        return error;
    }

    reader->m_stream->part = chosen->part;
    reader->m_stream->fast = scanning == Scanning::Fast;
    if (Message error = reader->openSheet(); !error.isEmpty())
        return error;
    return reader;
}

// The fast path first (SheetScanner); at anything it leaves to QXmlStreamReader, the slow path.
Message XlsxReader::openSheet()
{
    Stream &stream = *m_stream;
    if (!stream.fast)
        return switchToSlowPath();
    if (!stream.feed.open(stream.part))
        return damaged(m_path);
    for (;;) {
        switch (stream.scanner.prologue(m_width)) {
        case SheetScanner::Step::NeedMore:
            stream.feed.feed(stream.scanner);
            break;
        case SheetScanner::Step::Row:
            return {};
        case SheetScanner::Step::End:
            m_done = true;
            m_stream->feed.close();
            return {};
        case SheetScanner::Step::Unsupported:
            return switchToSlowPath();
        }
    }
}

// Reads the sheet again with XmlPart and QXmlStreamReader, past the rows already returned, so
// that what they accept or report (and the sentence saying so) is as it always was.
Message XlsxReader::switchToSlowPath()
{
    m_stream->feed.close();
    m_stream->fast = false;
    m_stream->scanner = SheetScanner();
    XmlPart &part = m_stream->sheet;
    if (!part.open(m_stream->part))
        return damaged(m_path);
    m_width = 0;
    m_sawData = false;
    m_row = 0;
    m_done = false;
    // Read up to <sheetData>, taking the width from <dimension ref="A1:H100"> on the way.
    for (;;) {
        const QXmlStreamReader::TokenType token = part.readNext();
        if (token == QXmlStreamReader::Invalid) {
            fail();
            return m_error;
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
            return {};
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (part.xml().name() == u"sheetData")
            break;
        if (part.xml().name() == u"dimension") {
            const QStringView ref = part.xml().attributes().value("ref"_L1);
            const int last = columnIndex(ref.mid(ref.indexOf(u':') + 1));
            // A dimension up to XFD means "the whole sheet", not the extent of the data.
            if (last >= 0 && last < kMaxColumns - 1)
                m_width = last + 1;
        }
    }
    Record skipped;
    for (qint64 i = 0; i < m_stream->emitted; ++i) {
        if (!nextSlow(skipped))
            return m_error;
    }
    return {};
}

bool XlsxReader::next(Record &record)
{
    if (m_done)
        return false;
    Stream &stream = *m_stream;
    while (stream.fast) {
        switch (stream.scanner.nextRow(stream.row)) {
        case SheetScanner::Step::Row:
            if (!scannedRow(record))
                break; // over a limit: the slow path reports it
            ++stream.emitted;
            return true;
        case SheetScanner::Step::End:
            m_done = true;
            m_stream->feed.close();
            return false;
        case SheetScanner::Step::NeedMore:
            stream.feed.feed(stream.scanner);
            continue;
        case SheetScanner::Step::Unsupported:
            break;
        }
        if (Message error = switchToSlowPath(); !error.isEmpty()) {
            m_error = error;
            m_done = true;
            return false;
        }
        if (m_done)
            return false;
    }
    const bool read = nextSlow(record);
    if (read)
        ++stream.emitted;
    return read;
}

bool XlsxReader::nextSlow(Record &record)
{
    if (m_done)
        return false;
    XmlPart &part = m_stream->sheet;
    for (;;) {
        switch (part.readNext()) {
        case QXmlStreamReader::StartElement:
            if (part.xml().name() != u"row") {
                part.skipElement();
                break;
            }
            if (readRow(record))
                return true;
            fail();
            return false;
        case QXmlStreamReader::EndElement: // </sheetData>: what follows holds no cells
        case QXmlStreamReader::EndDocument:
            m_done = true;
            part.close();
            return false;
        case QXmlStreamReader::Invalid:
            fail();
            return false;
        default:
            break;
        }
    }
}

double XlsxReader::progress() const
{
    if (m_done)
        return 1.0;
    const Stream &stream = *m_stream;
    if (!stream.fast)
        return stream.sheet.progress();
    return stream.feed.progress();
}

void XlsxReader::fail()
{
    const XmlPart &part = m_stream->sheet;
    if (part.isDamaged() || part.limit() != XmlPart::Limit::None) {
        m_error = partError(part, m_path);
    } else {
        m_error = malformedSheet(m_path, m_sheetName, part);
    }
    m_done = true;
    m_stream->sheet.close();
}

bool XlsxReader::readRow(Record &record)
{
    XmlPart &part = m_stream->sheet;
    bool ok = false;
    const qint64 number = part.xml().attributes().value("r"_L1).toLongLong(&ok);
    m_row = ok && number > 0 ? number : m_row + 1;
    m_rowText.clear();
    m_cells.clear();
    int column = -1;
    for (bool done = false; !done;) {
        switch (part.readNext()) {
        case QXmlStreamReader::StartElement:
            if (part.xml().name() == u"c")
                readCell(column);
            else
                part.skipElement();
            break;
        case QXmlStreamReader::EndElement:
            done = true;
            break;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    if (finishRow(record))
        return true;
    part.stop(XmlPart::Limit::Field);
    return false;
}

bool XlsxReader::scannedRow(Record &record)
{
    const ScannedRow &row = m_stream->row;
    m_row = row.number > 0 ? row.number : m_row + 1;
    m_rowText.clear();
    m_cells.clear();
    for (const ScannedRow::Cell &cell : row.cells) {
        if (cell.hasValue && cell.column < kMaxColumns)
            addCell(cell.column, cell.type, cell.style, row.textOf(cell));
    }
    return finishRow(record);
}

// The record of the cells of m_cells; false when one is over the field limit.
bool XlsxReader::finishRow(Record &record)
{
    int last = -1;
    for (const Cell &cell : m_cells) {
        if (cell.length > 0)
            last = std::max(last, cell.column);
        if (cell.length > size_t(ImportLimits::kMaxFieldBytes))
            return false;
    }
    // Without a <dimension>, the first row with data (the header) sets the width.
    if (!m_sawData && last >= 0) {
        m_width = std::max(m_width, last + 1);
        m_sawData = true;
    }
    const int width = std::max(m_width, last + 1);
    record.fields.assign(size_t(width), std::string_view());
    for (const Cell &cell : m_cells) {
        if (cell.column >= width)
            continue;
        const char *base = cell.shared ? m_sharedText.data() : m_rowText.data();
        record.fields[size_t(cell.column)] = std::string_view(base + cell.offset, cell.length);
    }
    record.line = m_row;
    record.blank = last < 0;
    record.raw = {};
    return true;
}

void XlsxReader::readCell(int &column)
{
    XmlPart &part = m_stream->sheet;
    int style = 0;
    CellType type = CellType::Number;
    {
        const QXmlStreamAttributes attributes = part.xml().attributes();
        const int index = columnIndex(attributes.value("r"_L1));
        column = index >= 0 ? index : column + 1;
        type = cellType(attributes.value("t"_L1));
        style = attributes.value("s"_L1).toInt();
    }
    m_text.clear();
    bool hasValue = false;
    for (bool done = false; !done;) {
        switch (part.readNext()) {
        case QXmlStreamReader::StartElement:
            if (part.xml().name() == u"v") {
                part.readText(m_text);
                hasValue = true;
            } else if (part.xml().name() == u"is") {
                part.readRichText(m_text);
                hasValue = true;
            } else {
                part.skipElement(); // <f>: the cached result in <v> is what Excel shows
            }
            break;
        case QXmlStreamReader::EndElement:
            done = true;
            break;
        case QXmlStreamReader::Invalid:
            return;
        default:
            break;
        }
    }
    if (!hasValue || column >= kMaxColumns)
        return;
    addCell(column, type, style);
}

// Converts the text of a cell from the fast path: plain ASCII here, the rest as readCell does.
void XlsxReader::addCell(int column, CellType type, int style, std::string_view text)
{
    const bool ascii = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        const size_t begin = m_rowText.size();
        switch (type) {
        case CellType::Shared:
            if (const std::optional<size_t> index = sharedIndex(text)) {
                if (*index + 1 < m_sharedOffsets.size()) {
                    const size_t start = m_sharedOffsets[*index];
                    m_cells.push_back({column, true, start, m_sharedOffsets[*index + 1] - start});
                }
                return;
            }
            break; // "+1", " 1" and the like: as QString reads them
        case CellType::Boolean:
            m_rowText += trimmedAscii(text) == "1" ? "TRUE" : "FALSE";
            m_cells.push_back({column, false, begin, m_rowText.size() - begin});
            return;
        case CellType::Number:
            appendNumberCell(parseNumber(text), text, style);
            m_cells.push_back({column, false, begin, m_rowText.size() - begin});
            return;
        case CellType::Inline:
        case CellType::FormulaText:
            if (text.find("_x") != std::string_view::npos)
                break; // escapes (_x000D_): decodeEscapes
            [[fallthrough]];
        case CellType::Error:
            m_rowText += text;
            m_cells.push_back({column, false, begin, m_rowText.size() - begin});
            return;
        case CellType::IsoDate:
            break;
        }
    }
    m_text = QString::fromUtf8(text.data(), qsizetype(text.size()));
    addCell(column, type, style);
}

void XlsxReader::appendNumberCell(std::optional<double> value, std::string_view text, int style)
{
    if (!value) {
        m_rowText += text;
        return;
    }
    const DateKind kind = size_t(style) < m_styleKinds.size() ? DateKind(m_styleKinds[size_t(style)])
                                                              : NoDate;
    if (kind == NoDate || !appendDate(m_rowText, *value, kind, m_date1904))
        appendNumber(m_rowText, *value);
}

// The text of the cell is in m_text.
void XlsxReader::addCell(int column, CellType type, int style)
{
    if (type == CellType::Shared) {
        bool ok = false;
        const qulonglong index = QStringView(m_text).trimmed().toULongLong(&ok);
        if (ok && index + 1 < m_sharedOffsets.size()) {
            const size_t begin = m_sharedOffsets[index];
            m_cells.push_back({column, true, begin, m_sharedOffsets[index + 1] - begin});
        }
        return;
    }

    const size_t begin = m_rowText.size();
    switch (type) {
    case CellType::Boolean:
        m_rowText += QStringView(m_text).trimmed() == u"1" ? "TRUE" : "FALSE";
        break;
    case CellType::Inline:
    case CellType::FormulaText:
        decodeEscapes(m_text);
        appendUtf8(m_rowText, m_text);
        break;
    case CellType::IsoDate:
        appendUtf8(m_rowText, normalizeIsoDate(m_text));
        break;
    case CellType::Number:
        if (const std::optional<double> value = parseNumber(m_text)) {
            appendNumberCell(value, {}, style);
        } else {
            appendUtf8(m_rowText, m_text);
        }
        break;
    default: // errors ("#N/A") and anything unknown, as written
        appendUtf8(m_rowText, m_text);
        break;
    }
    m_cells.push_back({column, false, begin, m_rowText.size() - begin});
}

} // namespace Segmenta
