// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/driveranalysis.h"

#include "stats/designmatrix.h"
#include "stats/linearregression.h"
#include "stats/logisticregression.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Analysis";

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

// Identifiers and contact fields describe no one's behaviour.
bool DriverAnalysis::usableByDefault(const Column &c, int maxLevels)
{
    switch (c.role()) {
    case Role::Customer:
    case Role::Name:
    case Role::Phone:
    case Role::Email:
        return false;
    default:
        break;
    }
    if (c.type() == ColumnType::Date)
        return false;
    return c.type() == ColumnType::Number || c.pool().size() <= maxLevels;
}

Result<DriverAnalysis> DriverAnalysis::run(const Dataset &data, const CustomerSummary &summary,
                                           const DriverOptions &options, TaskControl *control)
{
    DriverAnalysis d;
    d.options = options;
    std::vector<DesignVariable> variables;
    std::vector<DesignVariable> numeric;
    for (const Column &c : data.customers.columns()) {
        const bool chosen = options.predictors.isEmpty() ? usableByDefault(c, options.maxLevels)
                                                         : options.predictors.contains(c.name());
        if (!chosen)
            continue;
        DesignVariable v = DesignVariable::fromColumn(c);
        if (c.type() == ColumnType::Number)
            numeric.push_back(v);
        variables.push_back(std::move(v));
        d.predictors.append(c.name());
    }
    for (const QString &name : options.predictors)
        if (!d.predictors.contains(name))
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                       "The customer list has no attribute “%1”."),
                           {name});
    if (variables.empty())
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "There are no customer attributes to explain "
                                                   "value with: import a customer list."));

    std::vector<double> y(summary.revenue);
    if (options.target == DriverOptions::Target::HighValue) {
        std::vector<double> sorted(y);
        const size_t k = size_t(std::ceil(options.highValueShare * double(sorted.size())));
        std::nth_element(sorted.begin(), sorted.begin() + qsizetype(std::max<size_t>(k, 1) - 1),
                         sorted.end(), std::greater<>());
        const double cut = sorted.empty() ? 0 : sorted[std::max<size_t>(k, 1) - 1];
        for (double &v : y)
            v = v >= cut && cut > 0 ? 1.0 : 0.0;
        auto fit = LogisticRegression::fit(variables, y, LogisticRegression::Options(), control);
        if (!fit)
            return fit.error();
        d.regression = fit.takeValue();
    } else {
        auto fit = LinearRegression::fit(variables, y);
        if (!fit)
            return fit.error();
        d.regression = fit.takeValue();
    }
    auto pca = PrincipalComponents::compute(numeric);
    if (pca)
        d.components = pca.takeValue();
    else
        d.componentsUnavailable = pca.error();
    return d;
}

QJsonObject DriverAnalysis::toJson() const
{
    const RegressionResult &r = regression;
    QJsonArray terms;
    auto term = [](const RegressionTerm &t) {
        return QJsonObject{{QStringLiteral("name"), t.name},
                           {QStringLiteral("coefficient"), finite(t.coefficient)},
                           {QStringLiteral("standard_error"), finite(t.standardError)},
                           {QStringLiteral("statistic"), finite(t.statistic)},
                           {QStringLiteral("p_value"), finite(t.pValue)},
                           {QStringLiteral("standardized_effect"), finite(t.standardizedEffect)},
                           {QStringLiteral("vif"), finite(t.vif)}};
    };
    for (int i : r.effectOrder)
        terms.append(term(r.terms[size_t(i)]));
    for (const RegressionTerm &t : r.terms)
        if (t.isIntercept())
            terms.prepend(term(t));
    QJsonArray warnings;
    for (const Message &m : r.warnings)
        warnings.append(m.toString());
    QJsonObject out{{QStringLiteral("model"), options.target == DriverOptions::Target::Value
                                                  ? QStringLiteral("linear")
                                                  : QStringLiteral("logistic")},
                    {QStringLiteral("predictors"), QJsonArray::fromStringList(predictors)},
                    {QStringLiteral("terms"), terms},
                    {QStringLiteral("observations"), r.observations},
                    {QStringLiteral("r_squared"), finite(r.rSquared)},
                    {QStringLiteral("adjusted_r_squared"), finite(r.adjustedRSquared)},
                    {QStringLiteral("mcfadden_r_squared"), finite(r.mcFaddenRSquared)},
                    {QStringLiteral("dropped_collinear"), QJsonArray::fromStringList(r.droppedColumns)},
                    {QStringLiteral("warnings"), warnings}};
    if (components) {
        QJsonArray explained;
        for (Eigen::Index i = 0; i < components->explainedRatio.size(); ++i)
            explained.append(components->explainedRatio[i]);
        QJsonArray loadings;
        for (Eigen::Index a = 0; a < components->loadings.rows(); ++a) {
            QJsonArray row;
            for (Eigen::Index c = 0; c < components->loadings.cols(); ++c)
                row.append(components->loadings(a, c));
            loadings.append(row);
        }
        out.insert(QStringLiteral("components"),
                   QJsonObject{{QStringLiteral("attributes"), QJsonArray::fromStringList(components->attributes)},
                               {QStringLiteral("explained_ratio"), explained},
                               {QStringLiteral("loadings"), loadings}});
    } else {
        out.insert(QStringLiteral("components"),
                   QJsonObject{{QStringLiteral("error"), componentsUnavailable.toString()}});
    }
    return out;
}

} // namespace Segmenta
