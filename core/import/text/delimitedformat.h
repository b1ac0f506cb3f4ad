// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

namespace Segmenta {

// How a delimited text file is laid out. Detected by sniff(), always overridable.
struct DelimitedFormat
{
    char delimiter = ',';
    bool spaceRuns = false; // fields separated by runs of spaces/tabs (CDNOW_master.txt)
    char quote = '"';
    bool hasHeader = true;

    QString delimiterName() const; // "comma", "semicolon", "tab", "pipe", "spaces"
    static bool fromDelimiterName(const QString &name, DelimitedFormat &format);

    // Looks at the first lines of UTF-8 text: the candidate delimiter that splits the lines
    // into the same number (>1) of fields most consistently wins; whitespace runs otherwise.
    static DelimitedFormat sniff(std::string_view text);
    // A first row is a header when it has a recognisable column name, or when it is all text
    // while some column below it holds numbers or dates.
    static bool sniffHeader(std::string_view text, const DelimitedFormat &format);
};

} // namespace Segmenta
