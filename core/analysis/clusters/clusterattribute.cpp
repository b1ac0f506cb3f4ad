// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clusters/clusterattribute.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Segmenta {

namespace {

// The separators people write between several values in one cell (docs/clusters.md).
const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[、,;/，；／]"));
    return re;
}

// Words of the rule language and its computed measures: an attribute called so needs brackets
// (docs/rules.md, "Field names").
bool clashesWithLanguage(const QString &name)
{
    static const QStringList reserved = {
        QStringLiteral("and"),       QStringLiteral("or"),        QStringLiteral("not"),
        QStringLiteral("in"),        QStringLiteral("between"),   QStringLiteral("contains"),
        QStringLiteral("starts"),    QStringLiteral("with"),      QStringLiteral("is"),
        QStringLiteral("missing"),   QStringLiteral("date"),      QStringLiteral("recency"),
        QStringLiteral("frequency"), QStringLiteral("monetary"),  QStringLiteral("r"),
        QStringLiteral("f"),         QStringLiteral("m"),         QStringLiteral("rfm_segment"),
        QStringLiteral("tier"),      QStringLiteral("value_group"), QStringLiteral("lifecycle"),
        QStringLiteral("clv"),       QStringLiteral("p_alive"),   QStringLiteral("purchase_probability"),
        QStringLiteral("profit"),    QStringLiteral("growth"),    QStringLiteral("trend"),
        QStringLiteral("cluster")};
    return reserved.contains(name, Qt::CaseInsensitive);
}

QString quoted(const QString &text)
{
    if (!text.contains(u'"'))
        return u'"' + text + u'"';
    return u'「' + text + u'」';
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

ClusterAttribute ClusterAttribute::from(const DesignVariable &variable, bool splitMultiValued)
{
    ClusterAttribute a;
    a.m_name = variable.name;
    a.m_numeric = variable.kind == DesignVariable::Kind::Numeric;
    if (a.m_numeric)
        a.codeNumeric(variable);
    else
        a.codeCategorical(variable, splitMultiValued);
    return a;
}

void ClusterAttribute::codeCategorical(const DesignVariable &variable, bool splitMultiValued)
{
    const qsizetype levels = variable.levels.size();
    std::vector<QStringList> parts(static_cast<size_t>(levels));
    for (qsizetype l = 0; l < levels; ++l) {
        parts[size_t(l)] = splitMultiValued
                               ? variable.levels[l].split(separators(), Qt::SkipEmptyParts)
                               : QStringList{variable.levels[l]};
        for (QString &p : parts[size_t(l)])
            p = p.trimmed();
        parts[size_t(l)].removeAll(QString());
        if (parts[size_t(l)].size() > 1)
            m_multiValued = true;
    }
    const qsizetype n = variable.size();
    m_code.resize(size_t(n));
    if (!m_multiValued) {
        m_values = variable.levels;
        for (qsizetype i = 0; i < n; ++i) {
            const qint32 c = variable.codes[size_t(i)];
            const bool missing = c < 0 || c >= levels || variable.levels[c].trimmed().isEmpty();
            if (missing) {
                if (m_missingValue < 0) {
                    m_missingValue = int(m_values.size());
                    m_values.append(QString());
                }
                ++m_missingCount;
            }
            m_code[size_t(i)] = missing ? m_missingValue : c;
        }
        return;
    }
    // Multi-valued: each level maps to its parts' values; the extra last level is "missing".
    m_partsOfLevel.resize(size_t(levels) + 1);
    for (qsizetype l = 0; l < levels; ++l) {
        for (const QString &p : parts[size_t(l)]) {
            qsizetype v = m_values.indexOf(p);
            if (v < 0) {
                v = m_values.size();
                m_values.append(p);
            }
            if (std::find(m_partsOfLevel[size_t(l)].begin(), m_partsOfLevel[size_t(l)].end(),
                          qint32(v))
                == m_partsOfLevel[size_t(l)].end())
                m_partsOfLevel[size_t(l)].push_back(qint32(v));
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        const qint32 c = variable.codes[size_t(i)];
        const bool missing = c < 0 || c >= levels || m_partsOfLevel[size_t(c)].empty();
        if (missing) {
            if (m_missingValue < 0) {
                m_missingValue = int(m_values.size());
                m_values.append(QString());
                m_partsOfLevel.back() = {qint32(m_missingValue)};
            }
            ++m_missingCount;
        }
        m_code[size_t(i)] = missing ? qint32(levels) : c;
    }
}

void ClusterAttribute::codeNumeric(const DesignVariable &variable)
{
    const qsizetype n = variable.size();
    std::vector<double> present;
    present.reserve(size_t(n));
    for (double v : variable.numbers) {
        if (std::isfinite(v))
            present.push_back(v);
    }
    std::sort(present.begin(), present.end());
    double mean = 0;
    for (double v : present)
        mean += v;
    mean = present.empty() ? 0.0 : mean / double(present.size());
    // Band edges at the quantiles; equal edges merge, so a few distinct values make fewer bands.
    std::vector<double> edges;
    for (int b = 1; b < kBands && !present.empty(); ++b) {
        const double edge = present[size_t(double(present.size()) * b / kBands)];
        if (edge > present.front() && (edges.empty() || edge > edges.back()))
            edges.push_back(edge);
    }
    const int bands = present.empty() ? 0 : int(edges.size()) + 1;
    m_bandLow.assign(size_t(bands), std::numeric_limits<double>::infinity());
    m_bandHigh.assign(size_t(bands), -std::numeric_limits<double>::infinity());
    m_code.resize(size_t(n));
    m_numbers.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const double v = variable.numbers[size_t(i)];
        if (!std::isfinite(v)) {
            m_missingValue = bands;
            ++m_missingCount;
            m_code[size_t(i)] = bands;
            m_numbers[size_t(i)] = mean;
            continue;
        }
        const int band = int(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
        m_code[size_t(i)] = band;
        m_numbers[size_t(i)] = v;
        m_bandLow[size_t(band)] = std::min(m_bandLow[size_t(band)], v);
        m_bandHigh[size_t(band)] = std::max(m_bandHigh[size_t(band)], v);
    }
    for (int b = 0; b < bands; ++b) {
        const double lo = m_bandLow[size_t(b)];
        const double hi = m_bandHigh[size_t(b)];
        m_values.append(lo == hi ? number(lo) : QStringLiteral("%1–%2").arg(number(lo), number(hi)));
    }
    if (m_missingValue >= 0)
        m_values.append(QString());
}

bool ClusterAttribute::hasValue(qsizetype row, int value) const
{
    bool found = false;
    forEachValue(row, [&](qint32 v) { found = found || v == value; });
    return found;
}

QString ClusterAttribute::ruleField() const
{
    bool bare = !m_name.isEmpty() && !m_name.front().isDigit() && !clashesWithLanguage(m_name);
    for (QChar c : m_name)
        bare = bare && (c.isLetterOrNumber() || c == u'_');
    return bare ? m_name : u'[' + m_name + u']';
}

QString ClusterAttribute::condition(int value) const
{
    const QString field = ruleField();
    if (value == m_missingValue)
        return field + QStringLiteral(" is missing");
    if (m_numeric) {
        const double lo = m_bandLow[size_t(value)];
        const double hi = m_bandHigh[size_t(value)];
        if (lo == hi)
            return QStringLiteral("%1 = %2").arg(field, number(lo));
        return QStringLiteral("%1 between %2 and %3").arg(field, number(lo), number(hi));
    }
    const QString text = quoted(m_values[value]);
    return m_multiValued ? QStringLiteral("%1 contains %2").arg(field, text)
                         : QStringLiteral("%1 = %2").arg(field, text);
}

} // namespace Segmenta
