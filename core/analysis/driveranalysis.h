// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/measures/customersummary.h"
#include "stats/principalcomponents.h"
#include "stats/regressionresult.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Segmenta {

class Column;
class TaskControl;

// What sets valuable customers apart (docs/domain.md, "Drivers"): a regression of customer value
// (OLS) or of "is high-value" (logistic: the top share by revenue) on customer attributes,
// categorical ones dummy-coded, and principal components of the numeric attributes.
struct DriverOptions
{
    enum class Target { Value, HighValue };
    Target target = Target::Value;
    double highValueShare = 0.2; // "high-value" = the top 20 % by revenue (the 80/20 view)
    QStringList predictors;      // attribute names; empty = every usable attribute
    int maxLevels = 30;          // text attributes with more levels are not used by default
};

class DriverAnalysis
{
public:
    static Result<DriverAnalysis> run(const Dataset &data, const CustomerSummary &summary,
                                      const DriverOptions &options = {},
                                      TaskControl *control = nullptr);

    // Whether an attribute is offered by default: not an identifier or contact field, not a
    // date, and a text attribute only with at most maxLevels distinct values.
    static bool usableByDefault(const Column &column, int maxLevels);

    DriverOptions options;
    QStringList predictors; // the attributes used
    RegressionResult regression;
    std::optional<PrincipalComponents> components;
    Message componentsUnavailable;

    QJsonObject toJson() const;
};

} // namespace Segmenta
