// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Segmenta {

// The adjusted Rand index (Hubert and Arabie 1985) of two partitions of the same rows: 1 when
// they agree up to renumbering, about 0 when they agree no more than chance. Rows labelled -1
// in either partition are left out. How the attribute clusters are checked against planted
// groups and against scikit-learn (docs/clusters.md).
struct AdjustedRandIndex
{
    static double of(const std::vector<qint32> &a, const std::vector<qint32> &b);
};

} // namespace Segmenta
