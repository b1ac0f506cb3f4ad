// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/message.h"

#include <QString>

#include <string>
#include <vector>

namespace Segmenta::Xlsx {

class Archive;

// Reads the shared strings part as UTF-8: string i is text[offsets[i], offsets[i + 1]). Part
// of XlsxReader. scan: with SheetScanner first (the fast path), else with QXmlStreamReader alone.
Message readSharedStrings(Archive &archive, const QString &name, const QString &path,
                          std::string &text, std::vector<size_t> &offsets, bool scan = true);

// Excel writes characters XML cannot hold as _xHHHH_, and a literal "_x" as "_x005F_x".
void decodeEscapes(QString &text);
void appendUtf8(std::string &out, const QString &text);

} // namespace Segmenta::Xlsx
