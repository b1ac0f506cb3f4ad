// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/text/delimitedformat.h"

#include "data/parse/dateparser.h"
#include "import/text/delimitedreader.h"
#include "data/parse/numberparser.h"
#include "data/role.h"

#include <QMap>

#include <algorithm>
#include <vector>

namespace Segmenta {

namespace {

constexpr int kSniffRecords = 60;

std::vector<std::vector<std::string>> readSample(std::string_view text, const DelimitedFormat &f,
                                                 int maxRecords)
{
    // Cut the sample at a line end so a partial last line does not skew the counts.
    std::string_view sample = text.substr(0, 256 * 1024);
    if (sample.size() < text.size()) {
        const size_t nl = sample.rfind('\n');
        if (nl != std::string_view::npos && nl > 0)
            sample = sample.substr(0, nl + 1);
    }
    DelimitedReader reader(sample, f);
    Record r;
    std::vector<std::vector<std::string>> rows;
    while (int(rows.size()) < maxRecords && reader.next(r)) {
        if (r.blank)
            continue;
        std::vector<std::string> row;
        for (std::string_view v : r.fields)
            row.emplace_back(v);
        rows.push_back(std::move(row));
    }
    return rows;
}

// Share of rows with the most common field count, and that count.
std::pair<double, int> consistency(const std::vector<std::vector<std::string>> &rows)
{
    if (rows.empty())
        return {0.0, 0};
    QMap<int, int> counts;
    for (const auto &row : rows)
        ++counts[int(row.size())];
    int bestCount = 0, bestFields = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount || (it.value() == bestCount && it.key() > bestFields))
            bestCount = it.value(), bestFields = it.key();
    return {double(bestCount) / double(rows.size()), bestFields};
}

bool looksTyped(std::string_view v)
{
    if (v.empty())
        return false;
    return NumberParser::parse(v).has_value()
           || DateParser::tokenize(v).kind != DateToken::Invalid;
}

} // namespace

QString DelimitedFormat::delimiterName() const
{
    if (spaceRuns)
        return QStringLiteral("spaces");
    switch (delimiter) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    case '|':
        return QStringLiteral("pipe");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

bool DelimitedFormat::fromDelimiterName(const QString &name, DelimitedFormat &format)
{
    const QString n = name.toLower();
    format.spaceRuns = false;
    if (n == u"comma" || n == u",")
        format.delimiter = ',';
    else if (n == u"semicolon" || n == u";")
        format.delimiter = ';';
    else if (n == u"tab" || n == u"\t" || n == u"\\t")
        format.delimiter = '\t';
    else if (n == u"pipe" || n == u"|")
        format.delimiter = '|';
    else if (n == u"spaces" || n == u"space" || n == u"whitespace")
        format.spaceRuns = true;
    else if (n.size() == 1 && n.front().unicode() < 128)
        format.delimiter = char(n.front().unicode());
    else
        return false;
    return true;
}

DelimitedFormat DelimitedFormat::sniff(std::string_view text)
{
    DelimitedFormat best;
    double bestScore = 0;
    for (char d : {',', ';', '\t', '|'}) {
        DelimitedFormat f;
        f.delimiter = d;
        const auto [share, fields] = consistency(readSample(text, f, kSniffRecords));
        if (fields < 2)
            continue;
        // Consistency first; more fields break near-ties (a comma inside text vs a real tab).
        const double score = share * 100 + std::min(fields, 50) * 0.01;
        if (score > bestScore)
            bestScore = score, best = f;
    }
    DelimitedFormat spaces;
    spaces.spaceRuns = true;
    const auto [share, fields] = consistency(readSample(text, spaces, kSniffRecords));
    if (fields >= 2 && share * 100 > bestScore + 5 && share >= 0.9)
        best = spaces;
    best.hasHeader = sniffHeader(text, best);
    return best;
}

bool DelimitedFormat::sniffHeader(std::string_view text, const DelimitedFormat &format)
{
    const auto rows = readSample(text, format, 20);
    if (rows.empty())
        return false;
    const auto &first = rows.front();
    bool anyTyped = false;
    for (const std::string &v : first) {
        const QString header = QString::fromUtf8(v.data(), qsizetype(v.size()));
        if (Roles::detect(header, TableKind::Transactions) != Role::None
            || Roles::detect(header, TableKind::Customers) != Role::None)
            return true;
        anyTyped = anyTyped || looksTyped(v);
    }
    if (anyTyped)
        return false;
    if (rows.size() == 1)
        return true; // a lone row of text: take it as the names of empty columns
    for (size_t c = 0; c < first.size(); ++c)
        for (size_t r = 1; r < rows.size(); ++r)
            if (c < rows[r].size() && looksTyped(rows[r][c]))
                return true;
    return false;
}

} // namespace Segmenta
