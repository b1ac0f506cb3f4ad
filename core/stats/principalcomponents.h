// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/designmatrix.h"

namespace Segmenta {

// Principal components ("abstract factors"; docs/domain.md, "Drivers") of standardized numeric
// attributes: the eigen decomposition of their correlation matrix, as R's prcomp(x, scale. = TRUE).
// Rows with a missing value are left out and counted; attributes without variation are left
// out with a warning.
class PrincipalComponents
{
public:
    static Result<PrincipalComponents> compute(const std::vector<DesignVariable> &attributes);

    int componentCount() const { return int(eigenvalues.size()); }

    QStringList attributes;            // the attributes used, in input order
    std::vector<double> means;         // per attribute, for standardizing
    std::vector<double> sds;
    Eigen::VectorXd eigenvalues;       // variances of the components, largest first
    Eigen::VectorXd standardDeviations;
    Eigen::VectorXd explainedRatio;    // eigenvalue / number of attributes
    Eigen::VectorXd cumulativeRatio;
    // attributes × components: unit-length eigenvectors (prcomp's "rotation"), each signed so
    // that its largest entry is positive.
    Eigen::MatrixXd loadings;
    // attributes × components: correlation of each attribute with each component
    // (loading × standard deviation of the component).
    Eigen::MatrixXd correlations;
    Eigen::MatrixXd scores;            // rows used × components (for plotting PC1 against PC2)
    std::vector<qint64> rows;          // source row of each score row
    qint64 droppedRows = 0;
    QList<Message> warnings;
};

} // namespace Segmenta
