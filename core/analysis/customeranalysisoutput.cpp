// SPDX-License-Identifier: GPL-3.0-or-later
// The analyze command's JSON and the scores command's CSV, from a CustomerAnalysis.
#include "base/csvwriter.h"
#include "analysis/customeranalysis.h"

#include <QJsonArray>

#include <cmath>

namespace Segmenta {

namespace {

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray out;
    for (double x : v)
        out.append(finite(x));
    return out;
}

QString number(double v, int decimals = 6)
{
    if (!std::isfinite(v))
        return {};
    QString s = QString::number(v, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

QJsonObject paretoJson(const CustomerAnalysis &a)
{
    const ParetoCurve &pareto = a.pareto;
    QJsonObject topShare;
    for (size_t i = 0; i < ParetoCurve::kTopPercents.size(); ++i)
        topShare.insert(QString::number(ParetoCurve::kTopPercents[i]), pareto.topShares[i]);
    return {{QStringLiteral("gini"), pareto.gini},
            {QStringLiteral("top_share"), topShare},
            {QStringLiteral("customers_for_80pct"), pareto.customersFor80},
            {QStringLiteral("value"), valueBasisName(a.options.valueBasis)},
            {QStringLiteral("details"), pareto.toJson()}};
}

QJsonArray tiersJson(const CustomerPyramid &pyramid)
{
    QJsonArray tiers;
    for (const CustomerPyramid::Tier &t : pyramid.tiers)
        tiers.append(QJsonObject{{QStringLiteral("name"), valueTierName(t.tier)},
                                 {QStringLiteral("customers"), t.customers},
                                 {QStringLiteral("value"), t.value},
                                 {QStringLiteral("share"), t.valueShare},
                                 {QStringLiteral("mean_value"), t.meanValue},
                                 {QStringLiteral("mean_frequency"), t.meanOrders}});
    return tiers;
}

QJsonObject rfmJson(const CustomerAnalysis &a)
{
    QJsonObject rfmSegmentCounts;
    const QStringList segmentNames = a.options.rfmSegments.segments();
    for (qsizetype i = 0; i < segmentNames.size(); ++i)
        rfmSegmentCounts.insert(segmentNames[i], a.rfmSegments.counts[size_t(i)]);
    return {{QStringLiteral("thresholds"),
             QJsonObject{{QStringLiteral("r"), numbers(a.rfm.recencyDimension.cuts)},
                         {QStringLiteral("f"), numbers(a.rfm.frequencyDimension.cuts)},
                         {QStringLiteral("m"), numbers(a.rfm.monetaryDimension.cuts)}}},
            {QStringLiteral("segments"), rfmSegmentCounts},
            {QStringLiteral("unassigned"), a.rfmSegments.unassigned},
            {QStringLiteral("unscored"), a.rfmSegments.unscored}};
}

// The purchase models beside BG/NBD, the one in use and the comparison (docs/cli.md, analyze).
void addModelChoiceJson(const LifetimeResult &l, QJsonObject &clv)
{
    if (l.paretoNbd) {
        const ParetoNbdModel::Fit &f = *l.paretoNbd;
        clv.insert(QStringLiteral("paretonbd"),
                   QJsonObject{{QStringLiteral("r"), finite(f.parameters.r)},
                               {QStringLiteral("alpha"), finite(f.parameters.alpha)},
                               {QStringLiteral("s"), finite(f.parameters.s)},
                               {QStringLiteral("beta"), finite(f.parameters.beta)},
                               {QStringLiteral("loglik"), finite(f.logLikelihood)},
                               {QStringLiteral("converged"), f.converged},
                               {QStringLiteral("reason"), f.reason.toString()}});
    }
    if (l.mbgNbd) {
        const MbgNbdModel::Fit &f = *l.mbgNbd;
        clv.insert(QStringLiteral("mbgnbd"),
                   QJsonObject{{QStringLiteral("r"), finite(f.parameters.r)},
                               {QStringLiteral("alpha"), finite(f.parameters.alpha)},
                               {QStringLiteral("a"), finite(f.parameters.a)},
                               {QStringLiteral("b"), finite(f.parameters.b)},
                               {QStringLiteral("loglik"), finite(f.logLikelihood)},
                               {QStringLiteral("converged"), f.converged},
                               {QStringLiteral("reason"), f.reason.toString()}});
    }
    clv.insert(QStringLiteral("model"), purchaseModelName(l.model));
    clv.insert(QStringLiteral("model_reason"), l.modelReason.toString());
    QJsonArray comparison;
    for (const ModelComparisonRow &row : l.comparison)
        comparison.append(QJsonObject{
            {QStringLiteral("model"), purchaseModelName(row.model)},
            {QStringLiteral("converged"), row.converged},
            {QStringLiteral("loglik"), finite(row.logLikelihood)},
            {QStringLiteral("bic"), finite(row.bic)},
            {QStringLiteral("holdout_error"), finite(row.holdoutError)},
            {QStringLiteral("holdout_error_by_frequency"), finite(row.holdoutErrorByFrequency)}});
    clv.insert(QStringLiteral("comparison"), comparison);
}

QJsonObject clvJson(const CustomerAnalysis &a)
{
    QJsonObject clv;
    if (!a.lifetime) {
        clv.insert(QStringLiteral("error"), a.lifetimeError.toString());
        return clv;
    }
    const auto &p = a.lifetime->purchases;
    const auto &s = a.lifetime->spend;
    clv.insert(QStringLiteral("bgnbd"),
               QJsonObject{{QStringLiteral("r"), finite(p.parameters.r)},
                           {QStringLiteral("alpha"), finite(p.parameters.alpha)},
                           {QStringLiteral("a"), finite(p.parameters.a)},
                           {QStringLiteral("b"), finite(p.parameters.b)},
                           {QStringLiteral("loglik"), finite(p.logLikelihood)},
                           {QStringLiteral("converged"), p.converged},
                           {QStringLiteral("reason"), p.reason.toString()}});
    clv.insert(QStringLiteral("gammagamma"),
               QJsonObject{{QStringLiteral("p"), finite(s.parameters.p)},
                           {QStringLiteral("q"), finite(s.parameters.q)},
                           {QStringLiteral("gamma"), finite(s.parameters.gamma)},
                           {QStringLiteral("converged"), s.converged},
                           {QStringLiteral("excluded"), s.noRepeat + s.nonPositiveSpend},
                           {QStringLiteral("reason"), s.reason.toString()}});
    addModelChoiceJson(*a.lifetime, clv);
    clv.insert(QStringLiteral("unit"), timeUnitName(a.options.unit));
    clv.insert(QStringLiteral("horizon"), a.lifetime->horizon);
    double total = 0;
    for (double v : a.lifetime->clv)
        total += v;
    clv.insert(QStringLiteral("total_clv"), total);
    return clv;
}

QJsonObject clustersJson(const CustomerAnalysis &a)
{
    if (!a.clusters) {
        if (a.clustersUnavailable.isEmpty())
            return {};
        return {{QStringLiteral("error"), a.clustersUnavailable.toString()}};
    }
    const KMeansSolution *best = a.clusters->suggested();
    QJsonArray sizes;
    if (best)
        for (const ClusterProfile &c : best->clusters)
            sizes.append(c.size);
    return {{QStringLiteral("k"), a.clusters->suggestedK},
            {QStringLiteral("silhouette"), best ? best->silhouette : 0.0},
            {QStringLiteral("sizes"), sizes},
            {QStringLiteral("features"), QJsonArray::fromStringList(a.clusters->features)}};
}

QJsonArray warningsJson(const CustomerAnalysis &a, const Dataset &data)
{
    QJsonArray warnings;
    for (const QList<Message> *list :
         {&a.rfm.warnings, &a.pyramid.notes, &a.valueGroups.notes, &a.pareto.notes})
        for (const Message &m : *list)
            warnings.append(m.toString());
    if (a.lifetime)
        for (const Message &m : a.lifetime->notes)
            warnings.append(m.toString());
    if (data.sample)
        warnings.prepend(data.sample->note().toString());
    return warnings;
}

} // namespace

QJsonObject CustomerAnalysis::toJson(const Dataset &data) const
{
    QJsonObject groups;
    for (const ValueGroups::Group &g : valueGroups.groups)
        groups.insert(valueGroupName(g.group), g.customers);
    QJsonObject stages;
    for (size_t s = 0; s < lifecycle.counts.size(); ++s)
        stages.insert(lifecycleStageName(LifecycleStage(s)), lifecycle.counts[s]);

    QJsonObject out{
        {QStringLiteral("customers"), qint64(data.customerCount())},
        {QStringLiteral("transactions"), qint64(data.transactionCount())},
        {QStringLiteral("revenue"), revenue},
        {QStringLiteral("as_of"), Column::fromDays(summary.asOfDay).toString(Qt::ISODate)},
        {QStringLiteral("pareto"), paretoJson(*this)},
        {QStringLiteral("tiers"), tiersJson(pyramid)},
        {QStringLiteral("rfm"), rfmJson(*this)},
        {QStringLiteral("clv"), clvJson(*this)},
        {QStringLiteral("value_groups"), groups},
        {QStringLiteral("lifecycle"), stages},
        {QStringLiteral("growth"), growth.toJson()},
        {QStringLiteral("activity_assets"), activityAssets ? activityAssets->toJson()
                                                           : QJsonObject{{QStringLiteral("error"), activityAssetsUnavailable.toString()}}},
        {QStringLiteral("clusters"), clustersJson(*this)},
        {QStringLiteral("warnings"), warningsJson(*this, data)},
        {QStringLiteral("analysis"), QJsonObject{{QStringLiteral("options"), options.toJson()}}}};
    // Everything above comes from the sample; "sample.exact" covers every customer.
    if (data.sample)
        out.insert(QStringLiteral("sample"), data.sample->toJson());
    return out;
}

Status CustomerAnalysis::writeScores(const Dataset &data, const QString &path) const
{
    CsvWriter writer(path);
    if (Status st = writer.open(); !st)
        return st;
    writer.writeRow({QStringLiteral("customer_id"), QStringLiteral("recency"), QStringLiteral("frequency"),
                     QStringLiteral("monetary"), QStringLiteral("r"), QStringLiteral("f"), QStringLiteral("m"),
                     QStringLiteral("rfm_segment"), QStringLiteral("tier"), QStringLiteral("p_alive"),
                     QStringLiteral("expected_purchases"), QStringLiteral("purchase_probability"),
                     QStringLiteral("clv"), QStringLiteral("value_group"), QStringLiteral("lifecycle"),
                     QStringLiteral("cluster")});
    const Column *ids = data.customerIds();
    const QStringList segmentNames = options.rfmSegments.segments();
    const bool scored = lifetime && lifetime->scored;
    QStringList row;
    for (qsizetype i = 0; i < summary.size(); ++i) {
        const size_t c = size_t(i);
        row.clear();
        row << (ids ? ids->text(i) : QString::number(i + 1));
        row << number(rfm.recency[c], 0) << number(rfm.frequency[c], 0) << number(rfm.monetary[c], 2);
        row << (rfm.r[c] ? QString::number(rfm.r[c]) : QString())
            << (rfm.f[c] ? QString::number(rfm.f[c]) : QString())
            << (rfm.m[c] ? QString::number(rfm.m[c]) : QString());
        const qint16 seg = rfmSegments.segment[c];
        row << (seg >= 0 ? segmentNames.value(seg) : QString());
        const auto tier = pyramid.tierOf(i);
        row << (tier ? valueTierName(*tier) : QString());
        row << (scored ? number(lifetime->pAlive[c]) : QString())
            << (scored ? number(lifetime->expectedPurchases[c]) : QString())
            << (scored ? number(lifetime->purchaseProbability[c]) : QString())
            << (scored ? number(lifetime->clv[c], 2) : QString());
        row << valueGroupName(valueGroups.groupOf(i));
        row << lifecycleStageName(LifecycleStage(lifecycle.stage[c]));
        row << (clusterLabels[c] >= 0 ? QString::number(clusterLabels[c] + 1) : QString());
        writer.writeRow(row);
    }
    return writer.commit();
}

} // namespace Segmenta
