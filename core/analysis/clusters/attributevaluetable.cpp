// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/attributevaluetable.h"

#include "analysis/clusters/clusterattribute.h"

#include <QJsonArray>

namespace Segmenta {

AttributeValueTable AttributeValueTable::compute(const ClusterAttribute &attribute,
                                                 const CustomerValues &values)
{
    AttributeValueTable t;
    t.attribute = attribute.name();
    t.values = attribute.values();
    t.missingValue = attribute.missingValue();
    t.rows.assign(size_t(t.values.size()), GroupValue());
    double totalRevenue = 0;
    for (qsizetype i = 0; i < attribute.rowCount(); ++i) {
        if (size_t(i) < values.revenue.size() && values.revenue[size_t(i)] == values.revenue[size_t(i)])
            totalRevenue += values.revenue[size_t(i)];
        attribute.forEachValue(i, [&](qint32 v) { t.rows[size_t(v)].add(values, i); });
    }
    for (GroupValue &row : t.rows)
        row.finish(totalRevenue);
    return t;
}

QJsonObject AttributeValueTable::toJson() const
{
    QJsonArray rowsJson;
    for (qsizetype v = 0; v < values.size(); ++v) {
        QJsonObject row = rows[size_t(v)].toJson();
        row.insert(QStringLiteral("value"), values[v]);
        if (v == missingValue)
            row.insert(QStringLiteral("missing"), true);
        rowsJson.append(row);
    }
    return {{QStringLiteral("attribute"), attribute}, {QStringLiteral("values"), rowsJson}};
}

} // namespace Segmenta
