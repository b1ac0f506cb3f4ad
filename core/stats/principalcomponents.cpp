// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/principalcomponents.h"

#include <cmath>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

} // namespace

Result<PrincipalComponents> PrincipalComponents::compute(
    const std::vector<DesignVariable> &attributes)
{
    for (const DesignVariable &v : attributes) {
        if (v.kind != DesignVariable::Kind::Numeric) {
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "“%1” is not numeric; principal components need "
                                             "numeric attributes."),
                           {v.name})
                .withCode("not-numeric");
        }
    }
    Result<DesignMatrix> design = DesignMatrix::build(attributes, {}, false);
    if (!design)
        return design.error();
    DesignMatrix &d = *design;
    PrincipalComponents pca;
    pca.rows = std::move(d.rows);
    pca.droppedRows = d.droppedRows;
    pca.warnings = d.warnings;
    const qsizetype n = d.rowCount();
    if (n < 3) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Principal components need at least 3 rows with every "
                                         "attribute present; there are %1."),
                       {QString::number(n)})
            .withCode("too-few-rows");
    }

    // Standardize; attributes without variation cannot be.
    std::vector<qsizetype> used;
    for (qsizetype c = 0; c < d.columnCount(); ++c) {
        const double mean = d.x.col(c).mean();
        const double sd = std::sqrt((d.x.col(c).array() - mean).square().sum() / double(n - 1));
        if (!(sd > 0) || !std::isfinite(sd)) {
            pca.warnings.append(Message(kContext,
                                        QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                          "“%1” has the same value in every row "
                                                          "and was left out."),
                                        {d.columns[size_t(c)].name}));
            continue;
        }
        used.push_back(c);
        pca.attributes.append(d.columns[size_t(c)].name);
        pca.means.push_back(mean);
        pca.sds.push_back(sd);
    }
    const qsizetype p = qsizetype(used.size());
    if (p < 2) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Principal components need at least two numeric "
                                         "attributes that vary."))
            .withCode("too-few-attributes");
    }
    Eigen::MatrixXd z(n, p);
    for (qsizetype j = 0; j < p; ++j)
        z.col(j) = (d.x.col(used[size_t(j)]).array() - pca.means[size_t(j)]) / pca.sds[size_t(j)];
    const Eigen::MatrixXd correlation = (z.transpose() * z) / double(n - 1);

    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(correlation);
    // Ascending from Eigen; largest first here.
    pca.eigenvalues.resize(p);
    pca.loadings.resize(p, p);
    for (qsizetype k = 0; k < p; ++k) {
        pca.eigenvalues[k] = std::max(0.0, eigen.eigenvalues()[p - 1 - k]);
        Eigen::VectorXd v = eigen.eigenvectors().col(p - 1 - k);
        Eigen::Index largest = 0;
        v.cwiseAbs().maxCoeff(&largest);
        if (v[largest] < 0)
            v = -v;
        pca.loadings.col(k) = v;
    }
    pca.standardDeviations = pca.eigenvalues.cwiseSqrt();
    const double total = pca.eigenvalues.sum();
    pca.explainedRatio = pca.eigenvalues / total;
    pca.cumulativeRatio.resize(p);
    double running = 0;
    for (qsizetype k = 0; k < p; ++k) {
        running += pca.explainedRatio[k];
        pca.cumulativeRatio[k] = running;
    }
    pca.correlations = pca.loadings * pca.standardDeviations.asDiagonal();
    pca.scores = z * pca.loadings;
    return pca;
}

} // namespace Segmenta
