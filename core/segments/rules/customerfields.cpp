// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/rules/customerfields.h"

#include "analysis/customeranalysis.h"
#include "data/dataset.h"

namespace Segmenta {

namespace {

Column numberColumn(const QString &name, qsizetype n)
{
    Column c(name, ColumnType::Number);
    c.numbers().assign(size_t(n), std::numeric_limits<double>::quiet_NaN());
    return c;
}

template<typename V>
Column numbersFrom(const QString &name, const V &values, qsizetype n, bool zeroIsMissing = false)
{
    Column c = numberColumn(name, n);
    auto &out = c.numbers();
    const size_t m = std::min(size_t(n), values.size());
    for (size_t i = 0; i < m; ++i) {
        const double v = double(values[i]);
        if (!(zeroIsMissing && v == 0))
            out[i] = v;
    }
    return c;
}

// A Text column over a small fixed vocabulary: the pool holds the labels in order, so the code
// of a label is its index.
Column labelColumn(const QString &name, const QStringList &labels, qsizetype n)
{
    Column c(name, ColumnType::Text);
    auto pool = std::make_shared<StringPool>();
    for (const QString &label : labels) {
        const QByteArray utf8 = label.toUtf8();
        pool->intern(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    c.setPool(std::move(pool));
    c.codes().assign(size_t(n), Column::kMissingCode);
    return c;
}

} // namespace

QStringList CustomerFields::measureNames()
{
    return {QStringLiteral("recency"),      QStringLiteral("frequency"),
            QStringLiteral("monetary"),     QStringLiteral("r"),
            QStringLiteral("f"),            QStringLiteral("m"),
            QStringLiteral("rfm_segment"),  QStringLiteral("tier"),
            QStringLiteral("value_group"),  QStringLiteral("lifecycle"),
            QStringLiteral("clv"),          QStringLiteral("p_alive"),
            QStringLiteral("purchase_probability"), QStringLiteral("profit"),
            QStringLiteral("growth"),       QStringLiteral("trend"),
            QStringLiteral("cluster")};
}

namespace {

// A categorical measure as a label column: codes[i] = label index of customer i, or missing when
// codeOf answers a negative index.
template<typename CodeOf>
Column categoryColumn(const QString &name, const QStringList &labels, qsizetype n,
                      size_t known, CodeOf codeOf)
{
    Column c = labelColumn(name, labels, n);
    for (size_t i = 0; i < known && i < size_t(n); ++i) {
        const int code = codeOf(i);
        c.codes()[i] = code >= 0 ? qint32(code) : Column::kMissingCode;
    }
    return c;
}

void addRfmMeasures(std::vector<Column> &out, const CustomerAnalysis &a, qsizetype n)
{
    out.push_back(numbersFrom(QStringLiteral("recency"), a.rfm.recency, n));
    out.push_back(numbersFrom(QStringLiteral("frequency"), a.rfm.frequency, n));
    out.push_back(numbersFrom(QStringLiteral("monetary"), a.rfm.monetary, n));
    out.push_back(numbersFrom(QStringLiteral("r"), a.rfm.r, n, true));
    out.push_back(numbersFrom(QStringLiteral("f"), a.rfm.f, n, true));
    out.push_back(numbersFrom(QStringLiteral("m"), a.rfm.m, n, true));
    out.push_back(categoryColumn(QStringLiteral("rfm_segment"), a.options.rfmSegments.segments(),
                                 n, a.rfmSegments.segment.size(),
                                 [&](size_t i) { return int(a.rfmSegments.segment[i]); }));
}

void addValueMeasures(std::vector<Column> &out, const CustomerAnalysis &a, qsizetype n)
{
    QStringList tierNames;
    for (ValueTier t : kValueTiers)
        tierNames << valueTierName(t);
    out.push_back(categoryColumn(QStringLiteral("tier"), tierNames, n, a.pyramid.tier.size(),
                                 [&](size_t i) {
                                     const auto t = a.pyramid.tierOf(qsizetype(i));
                                     return t ? int(*t) : -1;
                                 }));
    QStringList groupNames;
    for (int g = 0; g < kValueGroupCount; ++g)
        groupNames << valueGroupName(ValueGroup(g));
    out.push_back(categoryColumn(QStringLiteral("value_group"), groupNames, n,
                                 a.valueGroups.group.size(),
                                 [&](size_t i) { return int(a.valueGroups.group[i]); }));
    QStringList stageNames;
    for (int s = 0; s < kLifecycleStageCount; ++s)
        stageNames << lifecycleStageName(LifecycleStage(s));
    out.push_back(categoryColumn(QStringLiteral("lifecycle"), stageNames, n,
                                 a.lifecycle.stage.size(),
                                 [&](size_t i) { return int(a.lifecycle.stage[i]); }));
}

void addLifetimeMeasures(std::vector<Column> &out, const CustomerAnalysis &a, qsizetype n)
{
    const bool scored = a.lifetime && a.lifetime->scored;
    static const std::vector<double> none;
    out.push_back(numbersFrom(QStringLiteral("clv"), scored ? a.lifetime->clv : none, n));
    out.push_back(numbersFrom(QStringLiteral("p_alive"), scored ? a.lifetime->pAlive : none, n));
    out.push_back(numbersFrom(QStringLiteral("purchase_probability"),
                              scored ? a.lifetime->purchaseProbability : none, n));
    out.push_back(numbersFrom(QStringLiteral("profit"), a.valueGroups.profit, n));
}

void addGrowthAndCluster(std::vector<Column> &out, const CustomerAnalysis &a, qsizetype n)
{
    QStringList growthNames;
    for (int g = 0; g < kGrowthClassCount; ++g)
        growthNames << growthClassName(GrowthClass(g));
    out.push_back(categoryColumn(QStringLiteral("growth"), growthNames, n,
                                 a.growth.growthClass.size(),
                                 [&](size_t i) { return int(a.growth.growthClass[i]); }));
    out.push_back(numbersFrom(QStringLiteral("trend"), a.growth.change, n));
    Column cluster = numberColumn(QStringLiteral("cluster"), n);
    for (size_t i = 0; i < a.clusterLabels.size() && i < size_t(n); ++i)
        if (a.clusterLabels[i] >= 0)
            cluster.numbers()[i] = a.clusterLabels[i] + 1; // shown 1..k, as the pages number them
    out.push_back(std::move(cluster));
}

} // namespace

CustomerFields CustomerFields::build(const Dataset &data, const CustomerAnalysis *a)
{
    CustomerFields out;
    const qsizetype n = data.customerCount();
    out.m_count = n;
    if (a) {
        // In the order of measureNames().
        std::vector<Column> measures;
        addRfmMeasures(measures, *a, n);
        addValueMeasures(measures, *a, n);
        addLifetimeMeasures(measures, *a, n);
        addGrowthAndCluster(measures, *a, n);
        for (Column &c : measures)
            out.m_computed.push_back(std::make_unique<Column>(std::move(c)));
        for (const auto &c : out.m_computed)
            out.m_fields.push_back({c->name(), c.get(), true});
    }
    for (const Column &c : data.customers.columns())
        out.m_fields.push_back({c.name(), &c, false});
    // Role names as aliases ("age", "income") when no header already answers to them.
    for (const Column &c : data.customers.columns()) {
        if (c.role() == Role::None)
            continue;
        const QString alias = Roles::name(c.role());
        if (!out.find(alias, true))
            out.m_fields.push_back({alias, &c, false});
    }
    return out;
}

const CustomerFields::Field *CustomerFields::find(const QString &name, bool bracketed) const
{
    // Pass order: preferred kind exact, other kind exact, preferred kind case-insensitive, ...
    const bool preferComputed = !bracketed;
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
        for (bool computed : {preferComputed, !preferComputed})
            for (const Field &f : m_fields)
                if (f.computed == computed && f.name.compare(name, cs) == 0)
                    return &f;
    return nullptr;
}

const Column *CustomerFields::column(const QString &name) const
{
    const Field *f = find(name);
    return f ? f->column : nullptr;
}

} // namespace Segmenta
