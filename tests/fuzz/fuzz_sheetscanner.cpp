// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a worksheet's (or the shared strings') XML for the fast path of
// the .xlsx reader (SheetScanner), fed whole and then in pieces whose sizes the first byte picks
// (its high bit: shared strings). Must never
// crash or hang, never return a cell over the field limit, and must read the same rows and end
// the same way however the bytes are split (docs/architecture.md, import pipeline).
#include "import/importlimits.h"
#include "import/xlsx/xlsxsheetscanner.h"

#include <cstdlib>
#include <string>

using namespace Segmenta;
using namespace Segmenta::Xlsx;

namespace {

std::string scan(const char *data, size_t size, size_t piece, SheetScanner::Part part)
{
    SheetScanner scanner(part);
    size_t fed = 0;
    const auto feed = [&] {
        if (fed >= size) {
            scanner.finish();
            return;
        }
        const size_t n = std::min(piece, size - fed);
        scanner.append(data + fed, n);
        fed += n;
    };
    std::string out;
    int width = 0;
    SheetScanner::Step step;
    while ((step = scanner.prologue(width)) == SheetScanner::Step::NeedMore)
        feed();
    out += std::to_string(width) + (step == SheetScanner::Step::Unsupported ? "u" : "p");
    ScannedRow row;
    while (part == SheetScanner::Part::SharedStrings
           && (step == SheetScanner::Step::Row || step == SheetScanner::Step::NeedMore)) {
        std::string text;
        step = scanner.nextString(text);
        if (step == SheetScanner::Step::NeedMore) {
            if (!text.empty())
                std::abort(); // a half-read string left behind
            feed();
        } else if (step == SheetScanner::Step::Row) {
            out += "\ns " + text;
        }
    }
    while (step == SheetScanner::Step::Row || step == SheetScanner::Step::NeedMore) {
        step = scanner.nextRow(row);
        if (step == SheetScanner::Step::NeedMore) {
            feed();
        } else if (step == SheetScanner::Step::Row) {
            out += "\nr" + std::to_string(row.number);
            for (const ScannedRow::Cell &cell : row.cells) {
                if (cell.length > size_t(ImportLimits::kMaxFieldBytes))
                    std::abort();
                out += ' ' + std::to_string(cell.column) + ':' + std::to_string(int(cell.type))
                       + ':' + std::to_string(cell.style) + (cell.hasValue ? "=" : "");
                out += row.textOf(cell);
            }
        }
    }
    out += step == SheetScanner::Step::End ? "\nend" : "\nunsupported";
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t piece = 1 + data[0] % 16;
    const auto part = data[0] & 0x80 ? SheetScanner::Part::SharedStrings : SheetScanner::Part::Sheet;
    const char *xml = reinterpret_cast<const char *>(data) + 1;
    if (scan(xml, size - 1, size, part) != scan(xml, size - 1, piece, part))
        std::abort();
    return 0;
}
