// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/xlsx/xlsxcells.h"
#include "import/xlsx/xlsxxmlbytes.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace Segmenta::Xlsx {

// One <row> of a sheet as SheetScanner found it: the cells' text decoded to UTF-8, before any
// conversion (shared-string indices, numbers, dates).
struct ScannedRow
{
    struct Cell
    {
        int column;   // from r="C5", else one after the previous cell
        CellType type;
        int style;    // s="..."
        bool hasValue; // a <v> or <is> was present (even empty)
        size_t offset; // of the text in ScannedRow::text
        size_t length;
    };
    qint64 number = 0; // r="..." of the row; 0 when missing or not a positive number
    std::vector<Cell> cells;
    std::string text;

    std::string_view textOf(const Cell &cell) const { return {text.data() + cell.offset, cell.length}; }
};

// The fast path of XlsxReader (docs/architecture.md, import pipeline): scans the worksheet XML
// as UTF-8 bytes, a whole <row> at a time, without building QStrings for every token. It reads
// the structure sheets have (elements, attributes, text, the five predefined entities and
// character references, namespace prefixes) and is strict about it; anything else (comments,
// CDATA, DOCTYPE, other encodings, malformed or over-long XML) is Unsupported, and the reader then
// reads the sheet again with QXmlStreamReader, which accepts or reports it as before.
class SheetScanner
{
public:
    enum class Step { Row, End, NeedMore, Unsupported };
    // A worksheet (rows in <sheetData>), or the shared strings (<si> in <sst>).
    enum class Part { Sheet, SharedStrings };

    explicit SheetScanner(Part part = Part::Sheet) : m_part(part) {}

    // Inflated bytes of the sheet, in order. Bytes already scanned are dropped.
    void append(const char *data, size_t size);
    // No bytes will follow: what is incomplete now is Unsupported.
    void finish() { m_finished = true; }
    // Bytes held and not scanned yet: an incomplete row waits here.
    size_t pending() const { return m_buffer.size() - m_pos; }

    // Up to and including the start tag of <sheetData> (or <sst>); width receives the last column + 1 of
    // <dimension ref="A1:H9">, or stays as it is. Row: rows may follow (nextRow() reads them);
    // End: <sheetData/> is empty.
    Step prologue(int &width);
    // The next <row>; End at </sheetData>.
    Step nextRow(ScannedRow &row);
    // Part::SharedStrings: appends the text of the next <si> to out (Row); End after </sst>
    // and the end of the part.
    Step nextString(std::string &out);

private:
    using Status = XmlBytes::Status;
    using Tag = XmlBytes::Tag;
    using Cursor = XmlBytes::Cursor;

    Status skipElement(Cursor &cursor, const Tag &tag, int depth) const;
    Status collectText(Cursor &cursor, const Tag &tag, std::string &out) const;
    Status richText(Cursor &cursor, const Tag &tag, std::string &out, int depth) const;
    Status cell(Cursor &cursor, const Tag &tag, ScannedRow &row, int &column) const;
    Status row(Cursor &cursor, const Tag &tag, ScannedRow &row) const;
    Status declaration(Cursor &cursor);
    Status prologueToken(Cursor &cursor, int &width, bool &found);
    bool prefixDeclared(std::string_view qualifiedName) const;
    bool namesDeclared(const Tag &tag) const;
    Step stepOf(Status status) const;

    Part m_part = Part::Sheet;
    std::string m_buffer;
    size_t m_pos = 0;
    bool m_finished = false;
    bool m_declared = false;       // the byte order mark and XML declaration are behind
    bool m_started = false;        // the root element has begun
    bool m_inSheetData = false;    // or in <sst>
    std::string m_sheetDataName;   // qualified name of the open <sheetData> or <sst>
    std::vector<std::string> m_open; // qualified names of the elements open in the prologue
    // Namespace prefixes declared, with the depth (in m_open) of the element declaring them.
    std::vector<std::pair<size_t, std::string>> m_prefixes;
};

} // namespace Segmenta::Xlsx
