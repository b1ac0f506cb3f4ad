// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/measures/measurevaluenames.h"

#include <QStringView>

namespace Segmenta {

namespace {

using Entry = MeasureValueNames::Entry;

// The Traditional names are written directly rather than derived (docs/export.md).
const Entry kValues[] = {
    {u"tier", u"platinum", u"Platinum", u"白金", u"白金"},
    {u"tier", u"gold", u"Gold", u"黄金", u"黃金"},
    {u"tier", u"iron", u"Iron", u"铁", u"鐵"},
    {u"tier", u"lead", u"Lead", u"铅", u"鉛"},
    {u"lifecycle", u"loyal", u"Loyal", u"忠诚", u"忠誠"},
    {u"lifecycle", u"potential", u"Potential", u"潜力", u"潛力"},
    {u"lifecycle", u"marginal", u"Marginal", u"边缘", u"邊緣"},
    {u"lifecycle", u"churned", u"Churned", u"已流失", u"已流失"},
    {u"value_group", u"most_valuable", u"Most valuable", u"最有价值", u"最有價值"},
    {u"value_group", u"most_growable", u"Most growable", u"最具成长性", u"最具成長性"},
    {u"value_group", u"other", u"Other", u"其他", u"其他"},
    {u"value_group", u"below_zero", u"Below zero", u"负价值", u"負價值"},
    {u"rfm_segment", u"Champions", u"Champions", u"冠军客户", u"冠軍客戶"},
    {u"rfm_segment", u"Loyal", u"Loyal", u"忠诚客户", u"忠誠客戶"},
    {u"rfm_segment", u"Potential Loyalist", u"Potential Loyalist", u"潜在忠诚客户", u"潛在忠誠客戶"},
    {u"rfm_segment", u"New Customers", u"New Customers", u"新客户", u"新客戶"},
    {u"rfm_segment", u"Promising", u"Promising", u"有潜力客户", u"有潛力客戶"},
    {u"rfm_segment", u"Need Attention", u"Need Attention", u"需要关注", u"需要關注"},
    {u"rfm_segment", u"About To Sleep", u"About To Sleep", u"即将沉睡", u"即將沉睡"},
    {u"rfm_segment", u"At Risk", u"At Risk", u"有流失风险", u"有流失風險"},
    {u"rfm_segment", u"Can't Lose Them", u"Can't Lose Them", u"不能失去", u"不能失去"},
    {u"rfm_segment", u"Hibernating", u"Hibernating", u"休眠", u"休眠"},
    {u"rfm_segment", u"Lost", u"Lost", u"已流失", u"已流失"},
};

} // namespace

const MeasureValueNames::Entry *MeasureValueNames::find(const QString &column,
                                                        const QString &value)
{
    for (const Entry &e : kValues)
        if (column == QStringView(e.column) && value == QStringView(e.value))
            return &e;
    return nullptr;
}

QString MeasureValueNames::canonical(const QString &column, const QString &text)
{
    const QString t = text.trimmed();
    for (const Entry &e : kValues) {
        if (column != QStringView(e.column))
            continue;
        for (const char16_t *name : {e.value, e.english, e.simplified, e.traditional})
            if (t.compare(QStringView(name), Qt::CaseInsensitive) == 0)
                return QString::fromUtf16(e.value);
    }
    return {};
}

} // namespace Segmenta
