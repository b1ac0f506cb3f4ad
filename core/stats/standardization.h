// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The columns of a design matrix that vary, with the mean and standard deviation that
// standardize them: what principal components and k-means clusters both start from. A column
// with the same value in every row cannot be standardized and separates nothing; it is left
// out with a note.

#include "base/message.h"
#include "stats/designmatrix.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace Segmenta {

struct Standardization
{
    std::vector<qsizetype> used; // the design's columns that vary
    QStringList names;           // their names
    std::vector<double> means;   // per used column
    std::vector<double> sds;     // sample standard deviation (n - 1)
    QList<Message> notes;        // one per column left out

    static Standardization of(const DesignMatrix &design);
};

} // namespace Segmenta
