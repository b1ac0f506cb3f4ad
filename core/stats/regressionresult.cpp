// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/regressionresult.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";
constexpr double kVifWarning = 10.0;
constexpr double kRowsPerParameter = 10.0;

double columnSd(const Eigen::VectorXd &v)
{
    const qsizetype n = v.size();
    if (n < 2)
        return 0.0;
    const double mean = v.mean();
    return std::sqrt((v.array() - mean).square().sum() / double(n - 1));
}

} // namespace

const RegressionTerm *RegressionResult::term(const QString &name) const
{
    for (const RegressionTerm &t : terms) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Status RegressionResult::adoptDesign(DesignMatrix &design)
{
    variableNames = design.variableNames;
    references = design.references;
    droppedRows = design.droppedRows;
    warnings += design.warnings;
    droppedColumns = design.removeCollinearColumns();
    for (const QString &name : std::as_const(droppedColumns)) {
        warnings.append(Message(kContext,
                                QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                  "“%1” was left out: it is an exact linear "
                                                  "combination of the other predictors "
                                                  "(perfectly collinear), so its effect cannot "
                                                  "be told apart from theirs."),
                                {name}));
    }
    observations = design.rowCount();
    parameters = int(design.columnCount());
    residualDf = double(observations - parameters);
    terms.clear();
    for (const DesignColumn &c : design.columns) {
        RegressionTerm t;
        t.name = c.name;
        t.variable = c.variable;
        terms.push_back(t);
    }
    if (observations <= parameters) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Only %1 rows for %2 parameters: a regression needs "
                                         "more rows than parameters (and ten per parameter to "
                                         "be trusted)."),
                       {QString::number(observations), QString::number(parameters)})
            .withCode("too-few-rows");
    }
    return {};
}

void RegressionResult::addPredictorDiagnostics(const Eigen::MatrixXd &x, double scaleY)
{
    const qsizetype n = x.rows();
    const qsizetype p = x.cols();
    std::vector<double> sd(size_t(p), 0.0);
    for (qsizetype c = 0; c < p; ++c)
        sd[size_t(c)] = terms[size_t(c)].isIntercept() ? 0.0 : columnSd(x.col(c));

    effectOrder.clear();
    for (qsizetype c = 0; c < p; ++c) {
        RegressionTerm &t = terms[size_t(c)];
        if (t.isIntercept())
            continue;
        t.standardizedEffect = scaleY > 0 ? t.coefficient * sd[size_t(c)] / scaleY : 0.0;
        effectOrder.push_back(int(c));
    }
    std::stable_sort(effectOrder.begin(), effectOrder.end(), [this](int a, int b) {
        return std::fabs(terms[size_t(a)].standardizedEffect)
               > std::fabs(terms[size_t(b)].standardizedEffect);
    });

    // VIF_j = 1 / (1 - R²_j) = [(X'X)^-1]_jj · Σ (x_j - mean)², read off the QR factor of X.
    // Meaningful with an intercept; the columns are full rank after adoptDesign().
    const bool intercept = p > 0 && terms.front().isIntercept();
    if (intercept && p > 2) {
        Eigen::HouseholderQR<Eigen::MatrixXd> qr(x);
        const Eigen::MatrixXd r = qr.matrixQR().topRows(p).triangularView<Eigen::Upper>();
        const Eigen::MatrixXd rInverse =
            r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
        for (qsizetype c = 1; c < p; ++c) {
            const double ss = sd[size_t(c)] * sd[size_t(c)] * double(n - 1);
            const double vif = rInverse.row(c).squaredNorm() * ss;
            terms[size_t(c)].vif = std::isfinite(vif) ? std::max(1.0, vif) : 1e300;
        }
    }
    for (const RegressionTerm &t : terms) {
        if (!t.isIntercept() && t.vif > kVifWarning) {
            warnings.append(Message(kContext,
                                    QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                      "“%1” is strongly collinear with the "
                                                      "other predictors (VIF %2, above 10): its "
                                                      "coefficient and p-value are unreliable."),
                                    {t.name, QString::number(t.vif, 'f', 1)}));
        }
    }
    if (double(observations) < kRowsPerParameter * double(parameters)) {
        warnings.append(Message(kContext,
                                QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                  "Only %1 rows for %2 parameters (fewer than "
                                                  "10 per parameter): the estimates are "
                                                  "unstable; use more rows or fewer "
                                                  "predictors."),
                                {QString::number(observations), QString::number(parameters)}));
    }
}

} // namespace Segmenta
