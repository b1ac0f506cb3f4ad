// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/columninference.h"

#include "data/parse/numberparser.h"
#include "data/tableimportreport.h"

#include <cmath>

namespace Segmenta {

bool ColumnInference::isMissingToken(std::string_view v)
{
    if (v.empty())
        return true;
    // Numbers are most values and no token starts with a digit: one test instead of fifteen.
    if (v.size() > 6 || (v[0] >= '0' && v[0] <= '9'))
        return false;
    static const std::string_view tokens[] = {"NA", "N/A", "n/a", "na", "NULL", "null", "Null",
                                              "-", "--", "#N/A", "NaN", "nan",
                                              "\xE6\x97\xA0" /* 无 */, "\xE7\x84\xA1" /* 無 */,
                                              "\xE2\x80\x94" /* — */};
    for (std::string_view t : tokens)
        if (v == t)
            return true;
    return false;
}

void ColumnInference::retype(Column &column, DateOrder preferredOrder, TableImportReport *report)
{
    const StringPool &pool = column.pool();
    const qint32 distinct = pool.size();
    if (distinct == 0)
        return;

    // Numbers?
    std::vector<double> numbers(static_cast<size_t>(distinct), std::nan(""));
    bool allNumbers = true;
    bool anyValue = false;
    for (qint32 c = 0; c < distinct && allNumbers; ++c) {
        const std::string_view v = pool.view(c);
        if (isMissingToken(v))
            continue;
        anyValue = true;
        // "007" or "0138..." are identifiers, not quantities.
        if (v.size() > 1 && v[0] == '0' && v[1] >= '0' && v[1] <= '9') {
            allNumbers = false;
            break;
        }
        const auto x = NumberParser::parse(v);
        if (!x)
            allNumbers = false;
        else
            numbers[size_t(c)] = *x;
    }
    if (allNumbers && anyValue) {
        Column typed(column.name(), ColumnType::Number, column.role());
        typed.numbers().reserve(size_t(column.size()));
        for (qint32 code : column.codes())
            typed.numbers().push_back(code < 0 ? std::nan("") : numbers[size_t(code)]);
        column = std::move(typed);
        return;
    }

    // Dates?
    std::vector<DateToken> tokens(static_cast<size_t>(distinct));
    bool allDates = true;
    for (qint32 c = 0; c < distinct && allDates; ++c) {
        const std::string_view v = pool.view(c);
        if (isMissingToken(v))
            continue;
        tokens[size_t(c)] = DateParser::tokenize(v);
        allDates = tokens[size_t(c)].kind != DateToken::Invalid;
    }
    if (!allDates)
        return;
    DateOrder order = DateParser::decideOrder(tokens);
    if (order == DateOrder::Unknown)
        order = preferredOrder;
    if (order == DateOrder::Unknown)
        return; // stays text rather than being guessed
    std::vector<ResolvedDate> resolved(size_t(distinct), ResolvedDate{Column::kMissingDate, -1});
    bool hasTime = false;
    for (qint32 c = 0; c < distinct; ++c) {
        if (tokens[size_t(c)].kind == DateToken::Invalid)
            continue;
        const auto r = DateParser::resolve(tokens[size_t(c)], order);
        if (!r)
            return;
        resolved[size_t(c)] = *r;
        hasTime = hasTime || r->seconds >= 0;
    }
    Column typed(column.name(), ColumnType::Date, column.role());
    typed.days().reserve(size_t(column.size()));
    for (qint32 code : column.codes()) {
        typed.days().push_back(code < 0 ? Column::kMissingDate : resolved[size_t(code)].days);
        if (hasTime)
            typed.secondsOfDay().push_back(code < 0 ? 0 : std::max(resolved[size_t(code)].seconds, 0));
    }
    if (report && std::any_of(tokens.begin(), tokens.end(),
                              [](const DateToken &t) { return t.kind == DateToken::Numeric; }))
        report->dateOrders.insert(column.name(), dateOrderName(order));
    column = std::move(typed);
}

} // namespace Segmenta
