// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <Eigen/Dense>

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Segmenta {

class Column;

// One attribute offered to a model: numeric (NaN = missing) or categorical (codes into
// levels; -1, or any code outside the levels, = missing). Categorical attributes are
// dummy-coded against a reference level.
struct DesignVariable
{
    enum class Kind { Numeric, Categorical };

    QString name;
    Kind kind = Kind::Numeric;
    std::vector<double> numbers;
    std::vector<qint32> codes;
    QStringList levels;
    // The level the others are compared with; empty = the most frequent level in the rows used.
    QString reference;

    qsizetype size() const;
    bool isMissing(qsizetype row) const;

    static DesignVariable numeric(QString name, std::vector<double> values);
    static DesignVariable categorical(QString name, std::vector<qint32> codes, QStringList levels,
                                      QString reference = {});
    // Number columns become numeric, Date columns numeric in days, Text columns categorical with
    // the levels that occur (in order of first appearance).
    static DesignVariable fromColumn(const Column &column);
};

// One column of the design matrix.
struct DesignColumn
{
    QString name;      // "(Intercept)", "income" or "region=华东"
    int variable = -1; // index into the variables; -1 for the intercept
    qint32 level = -1; // the level code of a dummy column
    bool isIntercept() const { return variable < 0; }
};

// The numbers a regression works on: an intercept column, numeric attributes as they are and
// categorical ones as 0/1 dummies, one per level except the reference. Rows with any missing
// value (in a variable or in the response) are left out and counted.
class DesignMatrix
{
public:
    static Result<DesignMatrix> build(const std::vector<DesignVariable> &variables,
                                      const std::vector<double> &response = {},
                                      bool intercept = true);

    qsizetype rowCount() const { return x.rows(); }
    qsizetype columnCount() const { return x.cols(); }
    QStringList columnNames() const;
    bool hasIntercept() const { return !columns.empty() && columns.front().isIntercept(); }

    // Removes the columns that are exact linear combinations of earlier ones (rank-revealing
    // QR on unit-length columns, then an in-order check so that the later of two collinear
    // columns goes, as in R's lm). Returns the names of the removed columns.
    QStringList removeCollinearColumns(double tolerance = 1e-7);

    Eigen::MatrixXd x;
    Eigen::VectorXd y; // empty when built without a response
    std::vector<DesignColumn> columns;
    QStringList variableNames;
    QStringList references;    // per variable: its reference level (empty for numeric ones)
    std::vector<qint64> rows;  // the source row of each matrix row
    qint64 sourceRows = 0;
    qint64 droppedRows = 0;    // rows left out for a missing value
    QList<Message> warnings;
};

} // namespace Segmenta
