// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clusters/groupvalue.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Segmenta {

class ClusterAttribute;

// One attribute's values against value (docs/clusters.md, "Attribute × value"): per value its
// customers, tier mix, mean CLV, P(alive) and revenue share. A customer with several values of
// a multi-valued attribute counts under each, so the shares may add up to more than one.
struct AttributeValueTable
{
    QString attribute;
    QStringList values;
    int missingValue = -1;
    std::vector<GroupValue> rows; // per value

    static AttributeValueTable compute(const ClusterAttribute &attribute,
                                       const CustomerValues &values);
    QJsonObject toJson() const;
};

} // namespace Segmenta
