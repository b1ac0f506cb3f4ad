// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxsheetscanner.h"

#include "import/importlimits.h"

#include <QString>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>

namespace Segmenta::Xlsx {

using namespace XmlBytes;

void SheetScanner::append(const char *data, size_t size)
{
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(data, size);
}

SheetScanner::Step SheetScanner::stepOf(Status status) const
{
    if (status == Status::NeedMore)
        return m_finished ? Step::Unsupported : Step::NeedMore;
    return Step::Unsupported;
}

// Inside <sheetData>: prefixes declared further out, and no declarations of its own.
bool SheetScanner::namesDeclared(const Tag &tag) const
{
    if (!tag.prefixed)
        return true;
    if (!prefixDeclared(tag.name) || prefixOf(tag.name) == "xml")
        return false;
    for (size_t i = 0; i < tag.count; ++i) {
        const std::string_view name = tag.attributes[i].name();
        if (name == "xmlns" || prefixOf(name) == "xmlns" || !prefixDeclared(name))
            return false;
    }
    return true;
}

bool SheetScanner::prefixDeclared(std::string_view qualifiedName) const
{
    const std::string_view prefix = prefixOf(qualifiedName);
    if (prefix.empty() || prefix == "xml")
        return true;
    return std::any_of(m_prefixes.begin(), m_prefixes.end(),
                       [&](const auto &entry) { return entry.second == prefix; });
}

SheetScanner::Status SheetScanner::skipElement(Cursor &cursor, const Tag &tag, int depth) const
{
    if (tag.selfClosing)
        return Status::Ok;
    for (;;) {
        if (Status status = text(cursor, nullptr); status != Status::Ok)
            return status;
        if (!cursor.need(2))
            return Status::NeedMore;
        if (cursor.p[1] == '/')
            return endTag(cursor, tag.name);
        if (cursor.p[1] == '!' || cursor.p[1] == '?')
            return Status::Unsupported;
        Tag child;
        if (Status status = startTag(cursor, child); status != Status::Ok)
            return status;
        if (!namesDeclared(child) || depth >= kMaxDepth)
            return Status::Unsupported;
        if (Status status = skipElement(cursor, child, depth + 1); status != Status::Ok)
            return status;
    }
}

// The text of a <v> or <t>; elements inside them are left to the slow path.
SheetScanner::Status SheetScanner::collectText(Cursor &cursor, const Tag &tag, std::string &out) const
{
    if (tag.selfClosing)
        return Status::Ok;
    const size_t start = out.size();
    if (Status status = text(cursor, &out); status != Status::Ok)
        return status;
    if (out.size() - start > size_t(ImportLimits::kMaxFieldBytes))
        return Status::Unsupported;
    if (!cursor.need(2))
        return Status::NeedMore;
    if (cursor.p[1] != '/')
        return Status::Unsupported;
    return endTag(cursor, tag.name);
}

// An <is> (or a run <r> in it): the <t> of its runs; phonetic guides (<rPh>) are not the value.
SheetScanner::Status SheetScanner::richText(Cursor &cursor, const Tag &tag, std::string &out,
                                            int depth) const
{
    if (tag.selfClosing)
        return Status::Ok;
    for (;;) {
        if (Status status = text(cursor, nullptr); status != Status::Ok)
            return status;
        if (!cursor.need(2))
            return Status::NeedMore;
        if (cursor.p[1] == '/')
            return endTag(cursor, tag.name);
        if (cursor.p[1] == '!' || cursor.p[1] == '?')
            return Status::Unsupported;
        Tag child;
        if (Status status = startTag(cursor, child); status != Status::Ok)
            return status;
        if (!namesDeclared(child) || depth >= kMaxDepth)
            return Status::Unsupported;
        Status status;
        if (child.local == "t")
            status = collectText(cursor, child, out);
        else if (child.local == "r")
            status = richText(cursor, child, out, depth + 1);
        else
            status = skipElement(cursor, child, depth + 1);
        if (status != Status::Ok)
            return status;
    }
}

namespace {

// Attribute values here are ASCII (startTag leaves the rest to the slow path); plain digits are
// read here, anything else the way the slow path reads it.
qint64 integerOf(std::string_view value, bool &ok)
{
    if (value.empty()) {
        ok = false;
        return 0;
    }
    if (!value.empty() && value.size() <= 18
        && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 number = 0;
        for (char c : value)
            number = number * 10 + (c - '0');
        ok = true;
        return number;
    }
    return QString::fromLatin1(value.data(), qsizetype(value.size())).toLongLong(&ok);
}

CellType cellTypeOf(std::string_view type)
{
    if (type == "s") return CellType::Shared;
    if (type == "inlineStr") return CellType::Inline;
    if (type == "str") return CellType::FormulaText;
    if (type == "b") return CellType::Boolean;
    if (type == "e") return CellType::Error;
    if (type == "d") return CellType::IsoDate;
    return CellType::Number;
}

} // namespace

SheetScanner::Status SheetScanner::cell(Cursor &cursor, const Tag &tag, ScannedRow &row,
                                        int &column) const
{
    const int index = columnIndex(tag.value("r"));
    column = index >= 0 ? index : column + 1;
    bool ok = false;
    const qint64 style = integerOf(tag.value("s"), ok);
    ScannedRow::Cell scanned{column, cellTypeOf(tag.value("t")),
                             ok && style >= INT_MIN && style <= INT_MAX ? int(style) : 0,
                             false, row.text.size(), 0};
    if (!tag.selfClosing) {
        for (;;) {
            if (Status status = text(cursor, nullptr); status != Status::Ok)
                return status;
            if (!cursor.need(2))
                return Status::NeedMore;
            if (cursor.p[1] == '/') {
                if (Status status = endTag(cursor, tag.name); status != Status::Ok)
                    return status;
                break;
            }
            if (cursor.p[1] == '!' || cursor.p[1] == '?')
                return Status::Unsupported;
            Tag child;
            if (Status status = startTag(cursor, child); status != Status::Ok)
                return status;
            if (!namesDeclared(child))
                return Status::Unsupported;
            Status status;
            if (child.local == "v") {
                status = collectText(cursor, child, row.text);
                scanned.hasValue = true;
            } else if (child.local == "is") {
                status = richText(cursor, child, row.text, 1);
                scanned.hasValue = true;
            } else {
                status = skipElement(cursor, child, 1); // <f>: the cached result in <v> is shown
            }
            if (status != Status::Ok)
                return status;
        }
    }
    scanned.length = row.text.size() - scanned.offset;
    if (scanned.length > size_t(ImportLimits::kMaxFieldBytes))
        return Status::Unsupported; // the slow path says which limit
    row.cells.push_back(scanned);
    return Status::Ok;
}

SheetScanner::Status SheetScanner::row(Cursor &cursor, const Tag &tag, ScannedRow &row) const
{
    bool ok = false;
    const qint64 number = integerOf(tag.value("r"), ok);
    row.number = ok && number > 0 ? number : 0;
    row.cells.clear();
    row.text.clear();
    if (tag.selfClosing)
        return Status::Ok;
    int column = -1;
    for (;;) {
        if (Status status = text(cursor, nullptr); status != Status::Ok)
            return status;
        if (!cursor.need(2))
            return Status::NeedMore;
        if (cursor.p[1] == '/')
            return endTag(cursor, tag.name);
        if (cursor.p[1] == '!' || cursor.p[1] == '?')
            return Status::Unsupported;
        Tag child;
        if (Status status = startTag(cursor, child); status != Status::Ok)
            return status;
        if (!namesDeclared(child))
            return Status::Unsupported;
        const Status status = child.local == "c" ? cell(cursor, child, row, column)
                                                 : skipElement(cursor, child, 1);
        if (status != Status::Ok)
            return status;
    }
}

SheetScanner::Step SheetScanner::nextRow(ScannedRow &scanned)
{
    if (!m_inSheetData)
        return Step::End;
    Cursor cursor{m_buffer.data() + m_pos, m_buffer.data() + m_buffer.size()};
    for (;;) {
        if (Status status = text(cursor, nullptr); status != Status::Ok)
            return stepOf(status);
        if (!cursor.need(2))
            return stepOf(Status::NeedMore);
        if (cursor.p[1] == '/') {
            if (Status status = endTag(cursor, m_sheetDataName); status != Status::Ok)
                return stepOf(status);
            m_inSheetData = false;
            m_pos = size_t(cursor.p - m_buffer.data());
            return Step::End;
        }
        if (cursor.p[1] == '!' || cursor.p[1] == '?')
            return Step::Unsupported;
        Tag tag;
        if (Status status = startTag(cursor, tag); status != Status::Ok)
            return stepOf(status);
        if (!namesDeclared(tag))
            return Step::Unsupported;
        const bool isRow = tag.local == "row";
        const Status status = isRow ? row(cursor, tag, scanned) : skipElement(cursor, tag, 1);
        if (status != Status::Ok)
            return stepOf(status);
        m_pos = size_t(cursor.p - m_buffer.data());
        if (isRow)
            return Step::Row;
    }
}

SheetScanner::Step SheetScanner::nextString(std::string &out)
{
    Cursor cursor{m_buffer.data() + m_pos, m_buffer.data() + m_buffer.size()};
    if (!m_inSheetData) {
        // After </sst>, white space to the end, as QXmlStreamReader reads on to the end.
        while (cursor.p < cursor.end && isSpace(static_cast<unsigned char>(*cursor.p)))
            ++cursor.p;
        if (cursor.p != cursor.end)
            return Step::Unsupported;
        m_pos = m_buffer.size();
        return m_finished ? Step::End : Step::NeedMore;
    }
    const size_t start = out.size();
    const auto stop = [&](Status status) {
        out.resize(start);
        return stepOf(status);
    };
    if (Status status = text(cursor, nullptr); status != Status::Ok)
        return stop(status);
    if (!cursor.need(2))
        return stop(Status::NeedMore);
    if (cursor.p[1] == '/') {
        if (Status status = endTag(cursor, m_sheetDataName); status != Status::Ok)
            return stop(status);
        m_inSheetData = false;
        m_pos = size_t(cursor.p - m_buffer.data());
        return nextString(out);
    }
    if (cursor.p[1] == '!' || cursor.p[1] == '?')
        return Step::Unsupported;
    Tag tag;
    if (Status status = startTag(cursor, tag); status != Status::Ok)
        return stop(status);
    if (!namesDeclared(tag) || tag.local != "si")
        return stop(Status::Unsupported);
    if (Status status = richText(cursor, tag, out, 1); status != Status::Ok)
        return stop(status);
    m_pos = size_t(cursor.p - m_buffer.data());
    return Step::Row;
}

// The byte order mark and XML declaration: UTF-8 only, other encodings go the slow path.
SheetScanner::Status SheetScanner::declaration(Cursor &cursor)
{
    if (!cursor.need(6))
        return Status::NeedMore;
    if (std::memcmp(cursor.p, "\xEF\xBB\xBF", 3) == 0)
        cursor.p += 3;
    if (!cursor.need(6))
        return Status::NeedMore;
    if (std::memcmp(cursor.p, "<?xml", 5) != 0)
        return Status::Ok;
    if (!isSpace(static_cast<unsigned char>(cursor.p[5])))
        return Status::Unsupported; // a processing instruction, not the declaration
    const size_t closeAt = std::string_view(cursor.p, size_t(cursor.end - cursor.p)).find("?>");
    if (closeAt == std::string_view::npos)
        return cursor.end - cursor.p > 1024 ? Status::Unsupported : Status::NeedMore;
    const char *close = cursor.p + closeAt;
    // Pseudo-attributes in their order: version, then optional encoding and standalone.
    const std::string_view body(cursor.p + 5, size_t(close - cursor.p - 5));
    std::string_view rest = body;
    int order = 0;
    for (;;) {
        const size_t start = rest.find_first_not_of(" \t\r\n");
        if (start == std::string_view::npos)
            break;
        if (start == 0)
            return Status::Unsupported;
        rest.remove_prefix(start);
        const size_t eq = rest.find('=');
        if (eq == std::string_view::npos || eq + 1 >= rest.size())
            return Status::Unsupported;
        const std::string_view name = rest.substr(0, eq);
        const char quote = rest[eq + 1];
        const size_t end = rest.find(quote, eq + 2);
        if ((quote != '"' && quote != '\'') || end == std::string_view::npos)
            return Status::Unsupported;
        std::string value(rest.substr(eq + 2, end - eq - 2));
        std::transform(value.begin(), value.end(), value.begin(),
                       [](char c) { return char(c >= 'A' && c <= 'Z' ? c + 32 : c); });
        if (name == "version" && order == 0 && value == "1.0")
            order = 1;
        else if (name == "encoding" && order == 1 && value == "utf-8")
            order = 2;
        else if (name == "standalone" && order >= 1 && order < 3
                 && (value == "yes" || value == "no"))
            order = 3;
        else
            return Status::Unsupported;
        rest.remove_prefix(end + 1);
    }
    if (order == 0)
        return Status::Unsupported;
    cursor.p = close + 2;
    return Status::Ok;
}

// One token of what comes before <sheetData>: white space, a start or an end tag.
SheetScanner::Status SheetScanner::prologueToken(Cursor &cursor, int &width, bool &found)
{
    if (m_open.empty()) {
        // Before the root only white space (comments and the like go the slow path).
        while (cursor.p < cursor.end && isSpace(static_cast<unsigned char>(*cursor.p)))
            ++cursor.p;
        if (cursor.p == cursor.end)
            return Status::NeedMore;
        if (*cursor.p != '<' || m_started)
            return Status::Unsupported; // text, or a second root after the first one closed
    } else if (Status status = text(cursor, nullptr); status != Status::Ok) {
        return status;
    }
    if (!cursor.need(2))
        return Status::NeedMore;
    if (cursor.p[1] == '/') {
        if (m_open.empty())
            return Status::Unsupported;
        if (Status status = endTag(cursor, m_open.back()); status != Status::Ok)
            return status;
        m_open.pop_back();
        while (!m_prefixes.empty() && m_prefixes.back().first > m_open.size())
            m_prefixes.pop_back();
        // The root closed without a <sheetData>: rare enough for the slow path.
        return m_open.empty() ? Status::Unsupported : Status::Ok;
    }
    if (cursor.p[1] == '!' || cursor.p[1] == '?')
        return Status::Unsupported;
    Tag tag;
    if (Status status = startTag(cursor, tag); status != Status::Ok)
        return status;
    m_started = true;
    const size_t depth = m_open.size() + 1;
    const size_t declared = m_prefixes.size();
    for (size_t i = 0; i < tag.count; ++i) {
        const std::string_view name = tag.attributes[i].name();
        if (prefixOf(name) != "xmlns")
            continue;
        const std::string_view prefix = localOf(name);
        if (prefix == "xml" || prefix == "xmlns" || tag.attributes[i].value().empty())
            return Status::Unsupported;
        m_prefixes.emplace_back(depth, std::string(prefix));
    }
    bool names = prefixDeclared(tag.name) && prefixOf(tag.name) != "xml"
                 && prefixOf(tag.name) != "xmlns";
    for (size_t i = 0; i < tag.count && names; ++i)
        names = prefixOf(tag.attributes[i].name()) == "xmlns" || prefixDeclared(tag.attributes[i].name());
    if (!names) {
        m_prefixes.resize(declared);
        return Status::Unsupported;
    }
    if (tag.local == "dimension") {
        const std::string_view ref = tag.value("ref");
        const size_t colon = ref.find(':');
        const int last = columnIndex(colon == std::string_view::npos ? ref : ref.substr(colon + 1));
        // A dimension up to XFD means "the whole sheet", not the extent of the data.
        if (last >= 0 && last < ImportLimits::kMaxColumns - 1)
            width = last + 1;
    }
    const bool sst = m_part == Part::SharedStrings;
    if (tag.local == (sst ? "sst" : "sheetData")) {
        found = true;
        m_inSheetData = !tag.selfClosing;
        m_sheetDataName = std::string(tag.name);
        if (sst && tag.selfClosing)
            return Status::Unsupported;
    } else if (sst) {
        return Status::Unsupported; // the slow path finds <si> wherever they are
    }
    if (tag.selfClosing)
        m_prefixes.resize(declared);
    else if (m_open.size() >= size_t(kMaxDepth))
        return Status::Unsupported;
    else
        m_open.emplace_back(tag.name);
    return Status::Ok;
}

SheetScanner::Step SheetScanner::prologue(int &width)
{
    Cursor cursor{m_buffer.data() + m_pos, m_buffer.data() + m_buffer.size()};
    if (!m_declared) {
        if (Status status = declaration(cursor); status != Status::Ok)
            return stepOf(status);
        m_declared = true;
        m_pos = size_t(cursor.p - m_buffer.data());
    }
    for (bool found = false; !found;) {
        if (Status status = prologueToken(cursor, width, found); status != Status::Ok)
            return stepOf(status);
        m_pos = size_t(cursor.p - m_buffer.data());
        if (found)
            return m_inSheetData ? Step::Row : Step::End;
    }
    return Step::End;
}

} // namespace Segmenta::Xlsx
