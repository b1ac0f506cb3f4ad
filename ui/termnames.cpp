// SPDX-License-Identifier: GPL-3.0-or-later
#include "termnames.h"

#include <QStringList>

namespace Segmenta {

QString TermNames::display(const QString &name)
{
    if (name == u"(Intercept)")
        return tr("Intercept");
    if (name == u"log_recency")
        return tr("Recency (log)");
    if (name == u"log_frequency")
        return tr("Frequency (log)");
    if (name == u"log_monetary")
        return tr("Monetary value (log)");
    return name;
}

QString TermNames::component(int number, const QStringList &features)
{
    QStringList names;
    for (const QString &f : features)
        names << display(f);
    // "PC" is the usual abbreviation, in Chinese as well.
    return tr("PC%1 (%2)").arg(number).arg(names.join(tr(", ")));
}

} // namespace Segmenta
