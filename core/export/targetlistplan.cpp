// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/targetlistplan.h"

#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "segments/segmentation.h"
#include "export/spreadsheetcell.h"
#include "export/suppressionlist.h"
#include "export/targetlistoptions.h"
#include "base/taskcontrol.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Export";

} // namespace

Message TargetListPlan::cancelledError()
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Export",
                                               "The export was cancelled; no file was changed."))
        .withCode("cancelled");
}

namespace {

// The text of a contact cell for matching, numbers included (a phone imported as a number).
std::string_view cellText(const Column *c, qsizetype row, std::string &scratch)
{
    if (!c)
        return {};
    if (c->type() == ColumnType::Text) {
        const qint32 code = c->codes()[size_t(row)];
        return code == Column::kMissingCode ? std::string_view() : c->pool().view(code);
    }
    if (c->type() == ColumnType::Number) {
        scratch.clear();
        SpreadsheetCell::appendNumber(scratch, c->numbers()[size_t(row)]);
        return scratch;
    }
    return {};
}

bool isSuppressed(const SuppressionList &list, const Column *ids, const Column *phones,
                  const Column *emails, qsizetype row, std::string &scratch)
{
    if (std::string_view id = cellText(ids, row, scratch); !id.empty() && list.matchesId(id))
        return true;
    if (std::string_view p = cellText(phones, row, scratch); !p.empty() && list.matchesPhone(p))
        return true;
    if (std::string_view e = cellText(emails, row, scratch); !e.empty() && list.matchesEmail(e))
        return true;
    return false;
}

struct RankKey
{
    double probability; // -inf when missing, so it sorts last in descending order
    double value;
    qint32 row;
};

double rankOf(const Column *c, qint32 row)
{
    if (!c || c->type() != ColumnType::Number)
        return -HUGE_VAL;
    const double v = c->numbers()[size_t(row)];
    return std::isnan(v) ? -HUGE_VAL : v;
}

// Progress and cancel once per 65536 customers while the lists fill; the filling is the first
// half of the plan's progress, the ranking the second.
constexpr qsizetype kProgressMask = 0xFFFF;
constexpr double kFillShare = 0.5;

Status checkAssignment(const Segmentation &segmentation, const std::vector<qint16> &segmentOf,
                       qsizetype customers)
{
    if (qsizetype(segmentOf.size()) != customers)
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Export",
                                         "The segment assignment does not match the customers "
                                         "(%1 assigned, %2 customers); assign the segments "
                                         "again."),
                       {QString::number(segmentOf.size()), QString::number(customers)});
    if (segmentation.isEmpty())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Export",
                                                   "The project has no segments to export."))
            .withCode("no-segments");
    return {};
}

// The lists, in priority order whatever order the names were given in: per segment the index
// of its list, or -1 when it is not exported.
Result<std::vector<int>> chooseLists(const Segmentation &segmentation,
                                     const QStringList &requested,
                                     std::vector<TargetListPlan::List> &lists)
{
    std::vector<int> listOf(size_t(segmentation.size()), -1);
    if (requested.isEmpty()) {
        std::fill(listOf.begin(), listOf.end(), 0);
    } else {
        for (const QString &name : requested) {
            const qsizetype s = segmentation.indexOf(name.trimmed());
            if (s < 0)
                return Message(kContext,
                               QT_TRANSLATE_NOOP("Segmenta::Export", "There is no segment “%1”."),
                               {name})
                    .withCode("unknown-segment");
            listOf[size_t(s)] = 0;
        }
    }
    for (qsizetype s = 0; s < segmentation.size(); ++s) {
        if (listOf[size_t(s)] < 0)
            continue;
        listOf[size_t(s)] = int(lists.size());
        lists.push_back({s, segmentation.segments[s].name, {}, 0});
    }
    return listOf;
}

// Puts every customer of an exported segment on its list, or counts it as suppressed.
Status fillLists(TargetListPlan &plan, const Dataset &data, const std::vector<qint16> &segmentOf,
                 const std::vector<int> &listOf, const SuppressionList *suppression,
                 TaskControl *control)
{
    const qsizetype n = data.customerCount();
    const qsizetype segments = qsizetype(listOf.size());
    const Column *phones = data.customers.find(Role::Phone);
    const Column *emails = data.customers.find(Role::Email);
    std::string scratch;
    for (qsizetype row = 0; row < n; ++row) {
        const qint16 s = segmentOf[size_t(row)];
        if (s < 0 || s >= segments || listOf[size_t(s)] < 0)
            continue;
        TargetListPlan::List &list = plan.lists[size_t(listOf[size_t(s)])];
        if (suppression && isSuppressed(*suppression, plan.ids, phones, emails, row, scratch))
            ++list.suppressed;
        else
            list.rows.push_back(qint32(row));
        if (control && (row & kProgressMask) == 0) {
            if (control->isCancelled())
                return TargetListPlan::cancelledError();
            control->reportProgress(kFillShare * double(row) / double(n));
        }
    }
    return {};
}

// Best prospects first in every list, and the plan's totals.
Status rankLists(TargetListPlan &plan, TaskControl *control)
{
    const Column *probability = plan.columns.probability();
    const Column *value = plan.columns.value();
    std::vector<RankKey> keys;
    for (TargetListPlan::List &list : plan.lists) {
        keys.clear();
        keys.reserve(list.rows.size());
        for (qint32 row : list.rows)
            keys.push_back({rankOf(probability, row), rankOf(value, row), row});
        std::sort(keys.begin(), keys.end(), [](const RankKey &a, const RankKey &b) {
            if (a.probability != b.probability)
                return a.probability > b.probability;
            if (a.value != b.value)
                return a.value > b.value;
            return a.row < b.row;
        });
        for (size_t i = 0; i < keys.size(); ++i)
            list.rows[i] = keys[i].row;
        plan.rowCount += qint64(list.rows.size());
        plan.suppressed += list.suppressed;
        if (control && control->isCancelled())
            return TargetListPlan::cancelledError();
    }
    return {};
}

} // namespace

Result<TargetListPlan> TargetListPlan::build(const Dataset &data, const CustomerFields &fields,
                                             const Segmentation &segmentation,
                                             const std::vector<qint16> &segmentOf,
                                             const TargetListOptions &options,
                                             TaskControl *control)
{
    if (Status st = checkAssignment(segmentation, segmentOf, data.customerCount()); !st)
        return st.error();
    TargetListPlan plan;
    auto listOf = chooseLists(segmentation, options.segments, plan.lists);
    if (!listOf)
        return listOf.error();

    auto columns = TargetListColumns::resolve(options.columns, data, fields);
    if (!columns)
        return columns.error();
    plan.columns = columns.takeValue();
    plan.columns.setSegments(segmentation);
    if (options.headerStyle == ListLanguage::HeaderStyle::Names)
        plan.columns.setLanguage(options.language, options.currency);
    plan.ids = data.customerIds();

    const SuppressionList *suppression =
        options.suppression && !options.suppression->isEmpty() ? options.suppression : nullptr;
    if (Status st = fillLists(plan, data, segmentOf, *listOf, suppression, control); !st)
        return st.error();
    if (Status st = rankLists(plan, control); !st)
        return st.error();
    if (control)
        control->reportProgress(1.0);
    return plan;
}

} // namespace Segmenta
