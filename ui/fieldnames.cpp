// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldnames.h"

#include "data/column.h"

#include <QCoreApplication>

namespace Segmenta {

namespace {

struct Name
{
    const char16_t *field;
    const char *text;
};

// CustomerFields::measureNames() and the target list's own columns (TargetListColumns).
const Name kNames[] = {
    {u"recency", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Recency")},
    {u"frequency", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Frequency")},
    {u"monetary", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Monetary value")},
    {u"r", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Recency score (R)")},
    {u"f", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Frequency score (F)")},
    {u"m", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Monetary score (M)")},
    {u"rfm_segment", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "RFM segment")},
    {u"tier", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Value tier")},
    {u"value_group", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Value group")},
    {u"lifecycle", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Lifecycle stage")},
    {u"clv", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Lifetime value")},
    {u"p_alive", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Probability alive")},
    {u"purchase_probability", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Purchase probability")},
    {u"profit", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Profit")},
    {u"growth", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Growth")},
    {u"trend", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Spending trend")},
    {u"cluster", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Cluster")},
    {u"segment", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Segment")},
    {u"offer", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Offer")},
    {u"message", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Message")},
    {u"owner", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Owner")},
    {u"channel", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Channel")},
    {u"expected_value", QT_TRANSLATE_NOOP("Segmenta::FieldNames", "Expected value")},
};

} // namespace

QString FieldNames::measureName(const QString &name)
{
    for (const Name &n : kNames) {
        if (name.compare(QStringView(n.field), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Segmenta::FieldNames", n.text);
    }
    return {};
}

QString FieldNames::displayName(const QString &name, const Column *column, bool computed)
{
    if (column && !computed)
        return column->name();
    const QString measure = measureName(name);
    return measure.isEmpty() ? name : measure;
}

} // namespace Segmenta
