// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/clusters/clusterattribute.h"
#include "base/result.h"

#include <vector>

namespace Segmenta {

class CustomerAnalysis;
class Dataset;

// The attributes a manager may cluster on (docs/clusters.md, "Choosing the attributes"): the
// customer list's columns by header, plus the value measures recency, frequency, monetary,
// r, f, m, clv, p_alive and purchase_probability from an analysis.
struct ClusterFeatures
{
    static QStringList valueMeasures();
    // The named attributes, in the order given; names match exactly, else ignoring case. Fails
    // with code "unknown-attribute" naming the first that matches nothing.
    static Result<std::vector<ClusterAttribute>> select(const Dataset &data,
                                                        const CustomerAnalysis *analysis,
                                                        const QStringList &names);
    // The customer list's attributes worth profiling a group by: text with at most maxLevels
    // values and numbers, without identifiers, contact fields and dates.
    static QStringList profileAttributes(const Dataset &data, int maxLevels = 50);
};

} // namespace Segmenta
