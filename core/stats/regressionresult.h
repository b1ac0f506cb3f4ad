// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/designmatrix.h"

#include <limits>

namespace Segmenta {

enum class RegressionKind { Linear, Logistic };

// One coefficient of a fitted model.
struct RegressionTerm
{
    static constexpr double kNotApplicable = std::numeric_limits<double>::quiet_NaN();

    QString name;      // the design column: "(Intercept)", "income", "region=华东"
    int variable = -1; // index of the source variable; -1 for the intercept
    double coefficient = 0;
    double standardError = 0;
    double statistic = 0;          // t (linear) or z (logistic)
    double pValue = 1;             // two-sided
    // Linear: coefficient × sd(x) / sd(y); logistic: coefficient × sd(x). 0 for the intercept.
    double standardizedEffect = 0;
    double vif = 1;                // variance inflation factor; 1 for the intercept
    bool isIntercept() const { return variable < 0; }
};

// What a linear or logistic regression found, with plain-language warnings. Figures that do
// not apply to the kind of model are NaN (e.g. rSquared of a logistic regression); the ones
// that apply are never NaN (an exact linear fit has zero standard errors and infinite t and F,
// an unbounded logistic coefficient an infinite standard error, each with a warning).
class RegressionResult
{
public:
    RegressionKind kind = RegressionKind::Linear;
    std::vector<RegressionTerm> terms;   // in design order (collinear columns removed)
    std::vector<int> effectOrder;        // non-intercept terms, largest |standardizedEffect| first
    QStringList droppedColumns;          // perfectly collinear columns left out
    QStringList variableNames;
    QStringList references;              // per variable: the reference level of a categorical
    qint64 observations = 0;             // rows used
    qint64 droppedRows = 0;              // rows left out for a missing value
    int parameters = 0;                  // terms, intercept included
    double residualDf = 0;               // observations - parameters

    // Linear regression
    double rSquared = RegressionTerm::kNotApplicable;
    double adjustedRSquared = RegressionTerm::kNotApplicable;
    double residualStandardError = RegressionTerm::kNotApplicable;
    double fStatistic = RegressionTerm::kNotApplicable;
    double fPValue = RegressionTerm::kNotApplicable;

    // Logistic regression
    double logLikelihood = RegressionTerm::kNotApplicable;
    double nullLogLikelihood = RegressionTerm::kNotApplicable;
    double mcFaddenRSquared = RegressionTerm::kNotApplicable; // 1 - logLik / nullLogLik
    double deviance = RegressionTerm::kNotApplicable;
    double nullDeviance = RegressionTerm::kNotApplicable;
    double aic = RegressionTerm::kNotApplicable;
    int iterations = 0;
    bool converged = true;
    bool separation = false;

    QList<Message> warnings;

    const RegressionTerm *term(const QString &name) const;

    // Shared by the two fits. Takes over the design's bookkeeping, removes collinear columns
    // (with a warning naming each) and checks that there are more rows than parameters.
    Status adoptDesign(DesignMatrix &design);
    // Standardized effects (scaleY = sd(y) for a linear model, 1 for a logistic one), their
    // ranking, VIFs with a warning above 10, and a warning below 10 rows per parameter.
    void addPredictorDiagnostics(const Eigen::MatrixXd &x, double scaleY);
};

} // namespace Segmenta
