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

QString TermNames::features(const QStringList &features)
{
    QStringList names;
    for (const QString &f : features) {
        if (f == u"log_recency")
            names << tr("recency");
        else if (f == u"log_frequency")
            names << tr("frequency");
        else if (f == u"log_monetary")
            names << tr("monetary value");
        else
            names << display(f);
    }
    return names.size() == 2 ? tr("%1 and %2").arg(names[0], names[1]) : names.join(tr(", "));
}

} // namespace Segmenta
