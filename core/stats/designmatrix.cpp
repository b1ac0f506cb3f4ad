// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/designmatrix.h"

#include "data/column.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Analysis";

// The common length of the response (when given) and the variables; an error naming the
// first two that differ.
Result<qsizetype> commonLength(const std::vector<DesignVariable> &variables,
                               const std::vector<double> &response)
{
    qsizetype n = response.empty() ? -1 : qsizetype(response.size());
    QString firstName = QStringLiteral("response");
    for (const DesignVariable &v : variables) {
        if (n < 0) {
            n = v.size();
            firstName = v.name;
        } else if (v.size() != n) {
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                             "“%1” has %2 values but “%3” has %4."),
                           {v.name, QString::number(v.size()), firstName, QString::number(n)})
                .withCode("length-mismatch");
        }
    }
    return std::max<qsizetype>(n, 0);
}

// The rows with every value present.
std::vector<qint64> completeRows(const std::vector<DesignVariable> &variables,
                                 const std::vector<double> &response, qsizetype n)
{
    std::vector<qint64> rows;
    for (qsizetype i = 0; i < n; ++i) {
        if (!response.empty() && std::isnan(response[size_t(i)]))
            continue;
        bool missing = false;
        for (const DesignVariable &v : variables) {
            if (v.isMissing(i)) {
                missing = true;
                break;
            }
        }
        if (!missing)
            rows.push_back(i);
    }
    return rows;
}

// The level a categorical variable is compared with: the one named, else the most frequent in
// the rows used (`counts`); -1 when the named one does not exist.
qint32 referenceLevel(const DesignVariable &v, const std::vector<qint64> &counts)
{
    if (!v.reference.isEmpty())
        return qint32(v.levels.indexOf(v.reference));
    qint32 reference = -1;
    for (qint32 l = 0; l < qint32(counts.size()); ++l) {
        if (reference < 0 || counts[size_t(l)] > counts[size_t(reference)])
            reference = l;
    }
    return reference;
}

// The columns of one variable: itself when numeric, else a dummy per level other than the
// reference that occurs in the rows used.
Status addVariableColumns(DesignMatrix &m, const DesignVariable &v, int vi)
{
    m.variableNames.append(v.name);
    if (v.kind == DesignVariable::Kind::Numeric) {
        m.references.append(QString());
        m.columns.push_back({v.name, vi, -1});
        return Status::success();
    }
    std::vector<qint64> counts(size_t(v.levels.size()), 0);
    for (qint64 row : m.rows)
        ++counts[size_t(v.codes[size_t(row)])];
    const qint32 reference = referenceLevel(v, counts);
    if (reference < 0) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "“%1” has no value “%2” to compare the "
                                         "others with."),
                       {v.name, v.reference})
            .withCode("unknown-level");
    }
    m.references.append(v.levels[reference]);
    int dummies = 0;
    for (qint32 l = 0; l < qint32(counts.size()); ++l) {
        if (l == reference || counts[size_t(l)] == 0)
            continue;
        m.columns.push_back({v.name + QLatin1Char('=') + v.levels[l], vi, l});
        ++dummies;
    }
    if (dummies == 0) {
        m.warnings.append(Message(kContext,
                                  QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                    "“%1” has only one value (%2) in the "
                                                    "rows used, so it cannot explain "
                                                    "anything and was left out."),
                                  {v.name, v.levels[reference]}));
    }
    return Status::success();
}

// The matrix and response values of the rows used.
void fillMatrix(DesignMatrix &m, const std::vector<DesignVariable> &variables,
                const std::vector<double> &response)
{
    const qsizetype used = qsizetype(m.rows.size());
    m.x.resize(used, qsizetype(m.columns.size()));
    for (qsizetype c = 0; c < qsizetype(m.columns.size()); ++c) {
        const DesignColumn &col = m.columns[size_t(c)];
        double *out = m.x.col(c).data();
        if (col.isIntercept()) {
            std::fill(out, out + used, 1.0);
            continue;
        }
        const DesignVariable &v = variables[size_t(col.variable)];
        if (v.kind == DesignVariable::Kind::Numeric) {
            for (qsizetype r = 0; r < used; ++r)
                out[r] = v.numbers[size_t(m.rows[size_t(r)])];
        } else {
            for (qsizetype r = 0; r < used; ++r)
                out[r] = v.codes[size_t(m.rows[size_t(r)])] == col.level ? 1.0 : 0.0;
        }
    }
    if (!response.empty()) {
        m.y.resize(used);
        for (qsizetype r = 0; r < used; ++r)
            m.y[r] = response[size_t(m.rows[size_t(r)])];
    }
}

} // namespace

qsizetype DesignVariable::size() const
{
    return kind == Kind::Numeric ? qsizetype(numbers.size()) : qsizetype(codes.size());
}

bool DesignVariable::isMissing(qsizetype row) const
{
    if (kind == Kind::Numeric)
        return std::isnan(numbers[size_t(row)]);
    const qint32 code = codes[size_t(row)];
    return code < 0 || code >= levels.size();
}

DesignVariable DesignVariable::numeric(QString name, std::vector<double> values)
{
    DesignVariable v;
    v.name = std::move(name);
    v.kind = Kind::Numeric;
    v.numbers = std::move(values);
    return v;
}

DesignVariable DesignVariable::categorical(QString name, std::vector<qint32> codes,
                                           QStringList levels, QString reference)
{
    DesignVariable v;
    v.name = std::move(name);
    v.kind = Kind::Categorical;
    v.codes = std::move(codes);
    v.levels = std::move(levels);
    v.reference = std::move(reference);
    return v;
}

DesignVariable DesignVariable::fromColumn(const Column &column)
{
    const size_t n = size_t(column.size());
    switch (column.type()) {
    case ColumnType::Number:
        return numeric(column.name(), column.numbers());
    case ColumnType::Date: {
        std::vector<double> days(n);
        for (size_t i = 0; i < n; ++i) {
            const qint32 d = column.days()[i];
            days[i] = d == Column::kMissingDate ? std::numeric_limits<double>::quiet_NaN()
                                                : double(d);
        }
        return numeric(column.name(), std::move(days));
    }
    case ColumnType::Text:
        break;
    }
    // Pool codes may be shared with other columns: keep only the levels that occur here.
    QHash<qint32, qint32> levelOf;
    QStringList levels;
    std::vector<qint32> codes(n, -1);
    for (size_t i = 0; i < n; ++i) {
        const qint32 code = column.codes()[i];
        if (code < 0)
            continue;
        auto it = levelOf.find(code);
        if (it == levelOf.end()) {
            it = levelOf.insert(code, qint32(levels.size()));
            levels.append(column.pool().text(code));
        }
        codes[i] = it.value();
    }
    return categorical(column.name(), std::move(codes), std::move(levels));
}

QStringList DesignMatrix::columnNames() const
{
    QStringList names;
    for (const DesignColumn &c : columns)
        names.append(c.name);
    return names;
}

Result<DesignMatrix> DesignMatrix::build(const std::vector<DesignVariable> &variables,
                                         const std::vector<double> &response, bool intercept)
{
    const Result<qsizetype> length = commonLength(variables, response);
    if (!length)
        return length.error();
    const qsizetype n = *length;
    DesignMatrix m;
    m.sourceRows = n;
    m.rows = completeRows(variables, response, n);
    const qsizetype used = qsizetype(m.rows.size());
    m.droppedRows = n - used;
    if (used == 0) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "No row has a value for every chosen variable."))
            .withCode("no-rows");
    }
    if (m.droppedRows > 0) {
        m.warnings.append(Message(kContext,
                                  QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                    "%1 of %2 rows were left out because a "
                                                    "value was missing."),
                                  {QString::number(m.droppedRows), QString::number(n)}));
    }

    // Columns: intercept, then each variable in order.
    if (intercept)
        m.columns.push_back({QStringLiteral("(Intercept)"), -1, -1});
    for (int vi = 0; vi < int(variables.size()); ++vi)
        if (Status s = addVariableColumns(m, variables[size_t(vi)], vi); !s)
            return s.error();
    fillMatrix(m, variables, response);
    return m;
}

QStringList DesignMatrix::removeCollinearColumns(double tolerance)
{
    const qsizetype n = x.rows();
    const qsizetype p = x.cols();
    if (p == 0 || n == 0)
        return {};
    // Unit-length columns, so that the tolerance means the same for every column.
    Eigen::MatrixXd scaled = x;
    std::vector<char> zero(size_t(p), 0);
    for (qsizetype c = 0; c < p; ++c) {
        const double norm = scaled.col(c).norm();
        if (norm > 0 && std::isfinite(norm))
            scaled.col(c) /= norm;
        else
            zero[size_t(c)] = 1;
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
    qr.setThreshold(tolerance);
    std::vector<char> drop = zero;
    if (qr.rank() < p || std::find(zero.begin(), zero.end(), 1) != zero.end()) {
        // X = Q R P^T, so the columns of X depend on each other exactly as the columns of the
        // small matrix R P^T do; test those in order against the ones kept so far.
        const qsizetype k = std::min(n, p);
        const Eigen::MatrixXd r = qr.matrixQR().topRows(k).triangularView<Eigen::Upper>();
        const Eigen::MatrixXd m = r * qr.colsPermutation().transpose();
        Eigen::MatrixXd basis(k, 0);
        for (qsizetype c = 0; c < p; ++c) {
            if (drop[size_t(c)])
                continue;
            Eigen::VectorXd v = m.col(c);
            const double original = v.norm();
            for (int pass = 0; pass < 2; ++pass) // Gram-Schmidt twice is enough
                v -= basis * (basis.transpose() * v);
            const double rest = v.norm();
            if (!(rest > tolerance * original)) {
                drop[size_t(c)] = 1;
                continue;
            }
            basis.conservativeResize(Eigen::NoChange, basis.cols() + 1);
            basis.col(basis.cols() - 1) = v / rest;
        }
    }
    QStringList removed;
    std::vector<DesignColumn> kept;
    std::vector<Eigen::Index> keptIndex;
    for (qsizetype c = 0; c < p; ++c) {
        if (drop[size_t(c)]) {
            removed.append(columns[size_t(c)].name);
        } else {
            kept.push_back(columns[size_t(c)]);
            keptIndex.push_back(c);
        }
    }
    if (!removed.isEmpty()) {
        Eigen::MatrixXd reduced(n, qsizetype(keptIndex.size()));
        for (size_t c = 0; c < keptIndex.size(); ++c)
            reduced.col(qsizetype(c)) = x.col(keptIndex[c]);
        x = std::move(reduced);
        columns = std::move(kept);
    }
    return removed;
}

} // namespace Segmenta
