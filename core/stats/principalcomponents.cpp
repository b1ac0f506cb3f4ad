// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/principalcomponents.h"

#include "stats/standardization.h"

#include <cmath>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

// The components of the correlation matrix, largest first, each signed so that its largest
// loading is positive, with their variances and shares.
void decompose(const Eigen::MatrixXd &correlation, PrincipalComponents &pca)
{
    const qsizetype p = correlation.rows();
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
}

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

    Standardization st = Standardization::of(d);
    pca.warnings += st.notes;
    pca.attributes = st.names;
    pca.means = std::move(st.means);
    pca.sds = std::move(st.sds);
    const qsizetype p = qsizetype(st.used.size());
    if (p < 2) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "Principal components need at least two numeric "
                                         "attributes that vary."))
            .withCode("too-few-attributes");
    }
    Eigen::MatrixXd z(n, p);
    for (qsizetype j = 0; j < p; ++j)
        z.col(j) = (d.x.col(st.used[size_t(j)]).array() - pca.means[size_t(j)]) / pca.sds[size_t(j)];
    decompose((z.transpose() * z) / double(n - 1), pca);
    pca.scores = z * pca.loadings;
    return pca;
}

} // namespace Segmenta
