// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/standardization.h"

#include <cmath>

namespace Segmenta {

Standardization Standardization::of(const DesignMatrix &design)
{
    Standardization s;
    const qsizetype n = design.rowCount();
    for (qsizetype c = 0; c < design.columnCount(); ++c) {
        const double mean = design.x.col(c).mean();
        const double sd = n > 1 ? std::sqrt((design.x.col(c).array() - mean).square().sum()
                                            / double(n - 1))
                                : 0.0;
        if (!(sd > 0) || !std::isfinite(sd)) {
            s.notes.append(Message("Segmenta::Analysis",
                                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                     "“%1” has the same value in every row "
                                                     "and was left out."),
                                   {design.columns[size_t(c)].name}));
            continue;
        }
        s.used.push_back(c);
        s.names.append(design.columns[size_t(c)].name);
        s.means.push_back(mean);
        s.sds.push_back(sd);
    }
    return s;
}

} // namespace Segmenta
