// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importeddates.h"

#include "data/parse/dateparser.h"
#include "data/parse/daterange.h"
#include "import/tableimportoptions.h"

#include <algorithm>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Import";

// The day-month order of a date column: decided from all its values, or the option when they
// allow both; an error when neither decides.
Result<DateOrder> dateOrderOf(const ColumnSpec &p, const TableImportWorker::DateState &d,
                              const TableImportOptions &options, TableImportReport &report)
{
    DateOrder order = DateParser::decideOrder(d.tokens);
    const bool needsOrder = std::any_of(d.tokens.begin(), d.tokens.end(), [](const DateToken &t) {
        return t.kind == DateToken::Numeric;
    });
    if (needsOrder && options.dateOrder != DateOrder::Unknown)
        order = options.dateOrder;
    if (needsOrder && order == DateOrder::Unknown) {
        QString example;
        for (qint32 k = 0; k < d.texts.size() && example.isEmpty(); ++k)
            if (d.tokens[size_t(k)].kind == DateToken::Numeric)
                example = d.texts.text(k);
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "The dates in column “%1” read both day-first and "
                                   "month-first (for example “%2”). Choose the order: "
                                   "--date-order dmy or --date-order mdy."),
                       {p.name, example})
            .withCode("date-order");
    }
    if (needsOrder)
        report.dateOrders.insert(p.name, dateOrderName(order));
    return order;
}

// Why the date of text code k is refused: not a date in `order`, or outside `range`.
Message refusal(const TableImportWorker::DateState &d, qint32 k, DateOrder order,
                const std::optional<ResolvedDate> &date, const DateRange &range)
{
    if (!date)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a date when read as %2."),
                       {d.texts.text(k), dateOrderName(order)});
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is outside the dates accepted (%2 to "
                                                         "%3): a placeholder or a typing error."),
                   {d.texts.text(k), range.firstText(), range.lastText()});
}

// Turns the text codes of a date column into days (and seconds, when some values have a
// time). Rows whose date does not exist in `order`, or lies outside `range`, are marked in
// `keep` and rejected.
void resolveDateColumn(Column &col, const ColumnSpec &p, TableImportWorker::DateState &d,
                       DateOrder order, const DateRange &range, const std::vector<qint32> &lines,
                       std::vector<char> &keep, TableImportReport &report)
{
    std::vector<std::optional<ResolvedDate>> resolved(d.tokens.size());
    std::vector<char> accepted(d.tokens.size(), 0);
    bool hasTime = false;
    for (size_t k = 0; k < d.tokens.size(); ++k) {
        resolved[k] = DateParser::resolve(d.tokens[k], order);
        accepted[k] = resolved[k] && range.contains(resolved[k]->days);
        hasTime = hasTime || (accepted[k] && resolved[k]->seconds >= 0);
    }
    // The text codes become days in place: both are int32, one row read before written.
    std::vector<qint32> &days = d.codes;
    if (hasTime)
        col.secondsOfDay().resize(d.codes.size());
    for (size_t row = 0; row < d.codes.size(); ++row) {
        const qint32 code = d.codes[row];
        if (code < 0) {
            days[row] = Column::kMissingDate;
            continue;
        }
        const auto &r = resolved[size_t(code)];
        if (!accepted[size_t(code)]) {
            if (keep.empty())
                keep.assign(d.codes.size(), 1);
            if (keep[row]) {
                keep[row] = 0;
                ++report.rejected;
                --report.loaded;
                report.rejections.append(RejectedLine{
                    lines[row], p.name, refusal(d, code, order, r, range), QString()});
            }
            days[row] = Column::kMissingDate;
            continue;
        }
        days[row] = r->days;
        if (hasTime)
            col.secondsOfDay()[row] = std::max(r->seconds, 0);
    }
    col.days() = std::move(days);
    d = {};
}

} // namespace

Status ImportedDates::resolve(TableImportWorker &worker, const std::vector<ColumnSpec> &specs,
                              const TableImportOptions &options, Table &table,
                              TableImportReport &report)
{
    std::vector<char> keep;
    const DateRange range = DateRange::forImportOn(options.importDay);
    for (size_t c = 0; c < specs.size(); ++c) {
        const ColumnSpec &p = specs[c];
        if (p.kind != ColumnSpec::Kind::Date)
            continue;
        TableImportWorker::DateState &d = worker.dates[c];
        const Result<DateOrder> order = dateOrderOf(p, d, options, report);
        if (!order)
            return order.error();
        resolveDateColumn(table.column(qsizetype(c)), p, d, *order, range, worker.lines, keep, report);
    }
    if (!keep.empty())
        table.compact(keep);
    return {};
}

} // namespace Segmenta
