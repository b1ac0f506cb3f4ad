// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the RFM tests: the R package's data set, the golden files and hand-made summaries.
#pragma once

#include "analysis/measures/customersummary.h"
#include "import/datasetimporter.h"
#include "analysis/measures/rfmoptions.h"
#include "analysis/measures/rfmscores.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Segmenta::Test {

// rfm_data_orders.csv of the R package rfm, imported as the product does.
struct RfmPackageData
{
    Dataset data;
    CustomerSummary summary;
    QHash<QString, qsizetype> rowOfCustomer;
};

inline std::optional<RfmPackageData> loadRfmPackageData()
{
    const QString path = sharedData(QStringLiteral("rfm/rfm_data_orders.csv"));
    if (path.isEmpty())
        return std::nullopt;
    TableImportOptions o;
    o.path = path;
    o.kind = TableKind::Transactions;
    auto d = DatasetImporter::run(std::nullopt, o);
    if (!d)
        return std::nullopt;
    RfmPackageData p;
    p.data = d.takeValue();
    p.summary = CustomerSummary::compute(p.data);
    const Column *ids = p.data.customerIds();
    for (qsizetype i = 0; i < p.data.customerCount(); ++i)
        p.rowOfCustomer.insert(ids->text(i), i);
    return p;
}

// A small CSV reader for the golden files: comma-separated, fields optionally in double quotes
// (no quotes or line breaks inside them). The header line is skipped.
inline QList<QStringList> readGoldenCsv(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        QStringList fields;
        QString field;
        bool quoted = false;
        for (QChar c : line) {
            if (c == u'"')
                quoted = !quoted;
            else if (c == u',' && !quoted) {
                fields.append(field);
                field.clear();
            } else
                field.append(c);
        }
        fields.append(field);
        rows.append(fields);
    }
    return rows;
}

// n customers who all bought, analysis date kAsOf; the values given for one dimension, every
// other measure constant (recency 1 day, 1 order on 1 day, revenue 1).
constexpr qint32 kAsOf = 20000;

inline CustomerSummary summaryOf(RfmDimension dimension, const QList<double> &values)
{
    CustomerSummary s;
    const size_t n = size_t(values.size());
    s.asOfDay = kAsOf;
    s.firstDay.assign(n, kAsOf - 1000);
    s.lastDay.assign(n, kAsOf - 1);
    s.orders.assign(n, 1);
    s.purchaseDays.assign(n, 1);
    s.lines.assign(n, 1);
    s.revenue.assign(n, 1.0);
    s.repeatRevenue.assign(n, 0.0);
    s.grossProfit.assign(n, 0.3);
    s.quantity.assign(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const double v = values[qsizetype(i)];
        switch (dimension) {
        case RfmDimension::Recency:
            s.lastDay[i] = kAsOf - qint32(v);
            break;
        case RfmDimension::Frequency:
            s.orders[i] = s.purchaseDays[i] = s.lines[i] = qint32(v);
            break;
        case RfmDimension::Monetary:
            s.revenue[i] = v;
            break;
        }
    }
    s.minDay = kAsOf - 1000;
    s.maxDay = *std::max_element(s.lastDay.begin(), s.lastDay.end());
    return s;
}

inline const std::vector<quint8> &scoresOf(const RfmScores &s, RfmDimension d)
{
    return d == RfmDimension::Recency ? s.r : d == RfmDimension::Frequency ? s.f : s.m;
}

inline QList<int> toList(const std::vector<quint8> &v)
{
    return QList<int>(v.begin(), v.end());
}

inline QString allWarnings(const RfmScores &s)
{
    QStringList w;
    for (const Message &m : s.warnings)
        w.append(m.toString());
    return w.join(u'\n');
}

} // namespace Segmenta::Test
