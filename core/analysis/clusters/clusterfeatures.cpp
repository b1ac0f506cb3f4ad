// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/clusterfeatures.h"

#include "analysis/customeranalysis.h"
#include "analysis/driveranalysis.h"
#include "data/dataset.h"

#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

std::vector<double> scores(const std::vector<quint8> &s)
{
    std::vector<double> out(s.size());
    for (size_t i = 0; i < s.size(); ++i)
        out[i] = s[i] > 0 ? double(s[i]) : std::numeric_limits<double>::quiet_NaN();
    return out;
}

// A value measure by its rule-language name; false when the name is none of them.
bool valueMeasure(const CustomerAnalysis &a, const QString &name, std::vector<double> &out)
{
    const QString n = name.toLower();
    if (n == u"recency")
        out = a.rfm.recency;
    else if (n == u"frequency")
        out = a.rfm.frequency;
    else if (n == u"monetary")
        out = a.rfm.monetary;
    else if (n == u"r")
        out = scores(a.rfm.r);
    else if (n == u"f")
        out = scores(a.rfm.f);
    else if (n == u"m")
        out = scores(a.rfm.m);
    else if (n == u"clv" || n == u"p_alive" || n == u"purchase_probability") {
        const qsizetype customers = a.summary.size();
        out.assign(size_t(customers), std::numeric_limits<double>::quiet_NaN());
        if (a.lifetime && a.lifetime->scored) {
            out = n == u"clv" ? a.lifetime->clv
                  : n == u"p_alive" ? a.lifetime->pAlive
                                    : a.lifetime->purchaseProbability;
        }
    } else
        return false;
    return true;
}

} // namespace

QStringList ClusterFeatures::valueMeasures()
{
    return {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("monetary"),
            QStringLiteral("r"),       QStringLiteral("f"),         QStringLiteral("m"),
            QStringLiteral("clv"),     QStringLiteral("p_alive"),   QStringLiteral("purchase_probability")};
}

Result<std::vector<ClusterAttribute>> ClusterFeatures::select(const Dataset &data,
                                                              const CustomerAnalysis *analysis,
                                                              const QStringList &names)
{
    std::vector<ClusterAttribute> out;
    for (const QString &name : names) {
        const Table &customers = data.customers;
        qsizetype index = customers.indexOf(name);
        for (qsizetype c = 0; index < 0 && c < customers.columnCount(); ++c) {
            if (customers.column(c).name().compare(name, Qt::CaseInsensitive) == 0)
                index = c;
        }
        if (index >= 0) {
            out.push_back(ClusterAttribute::from(DesignVariable::fromColumn(customers.column(index))));
            continue;
        }
        std::vector<double> measure;
        if (analysis && valueMeasure(*analysis, name, measure)) {
            out.push_back(ClusterAttribute::from(DesignVariable::numeric(name.toLower(), std::move(measure))));
            continue;
        }
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "No customer attribute or value measure is called "
                                         "“%1”."),
                       {name})
            .withCode("unknown-attribute");
    }
    return out;
}

QStringList ClusterFeatures::profileAttributes(const Dataset &data, int maxLevels)
{
    QStringList names;
    for (const Column &c : data.customers.columns()) {
        if (DriverAnalysis::usableByDefault(c, maxLevels))
            names.append(c.name());
    }
    return names;
}

} // namespace Segmenta
