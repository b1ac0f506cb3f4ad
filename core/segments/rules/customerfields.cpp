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

CustomerFields CustomerFields::build(const Dataset &data, const CustomerAnalysis *a)
{
    CustomerFields out;
    const qsizetype n = data.customerCount();
    out.m_count = n;
    if (a) {
        auto add = [&out](Column c) {
            out.m_computed.push_back(std::make_unique<Column>(std::move(c)));
        };
        add(numbersFrom(QStringLiteral("recency"), a->rfm.recency, n));
        add(numbersFrom(QStringLiteral("frequency"), a->rfm.frequency, n));
        add(numbersFrom(QStringLiteral("monetary"), a->rfm.monetary, n));
        add(numbersFrom(QStringLiteral("r"), a->rfm.r, n, true));
        add(numbersFrom(QStringLiteral("f"), a->rfm.f, n, true));
        add(numbersFrom(QStringLiteral("m"), a->rfm.m, n, true));

        Column seg = labelColumn(QStringLiteral("rfm_segment"),
                                 a->options.rfmSegments.segments(), n);
        for (size_t i = 0; i < a->rfmSegments.segment.size() && i < size_t(n); ++i)
            seg.codes()[i] = a->rfmSegments.segment[i] >= 0 ? a->rfmSegments.segment[i]
                                                            : Column::kMissingCode;
        add(std::move(seg));

        QStringList tierNames;
        for (ValueTier t : kValueTiers)
            tierNames << valueTierName(t);
        Column tier = labelColumn(QStringLiteral("tier"), tierNames, n);
        for (qsizetype i = 0; i < n && i < qsizetype(a->pyramid.tier.size()); ++i)
            if (const auto t = a->pyramid.tierOf(i))
                tier.codes()[size_t(i)] = qint32(*t);
        add(std::move(tier));

        QStringList groupNames;
        for (int g = 0; g < 4; ++g)
            groupNames << valueGroupName(ValueGroup(g));
        Column group = labelColumn(QStringLiteral("value_group"), groupNames, n);
        for (size_t i = 0; i < a->valueGroups.group.size() && i < size_t(n); ++i)
            group.codes()[i] = qint32(a->valueGroups.group[i]);
        add(std::move(group));

        QStringList stageNames;
        for (int s = 0; s < kLifecycleStageCount; ++s)
            stageNames << lifecycleStageName(LifecycleStage(s));
        Column stage = labelColumn(QStringLiteral("lifecycle"), stageNames, n);
        for (size_t i = 0; i < a->lifecycle.stage.size() && i < size_t(n); ++i)
            stage.codes()[i] = qint32(a->lifecycle.stage[i]);
        add(std::move(stage));

        const bool scored = a->lifetime && a->lifetime->scored;
        static const std::vector<double> none;
        add(numbersFrom(QStringLiteral("clv"), scored ? a->lifetime->clv : none, n));
        add(numbersFrom(QStringLiteral("p_alive"), scored ? a->lifetime->pAlive : none, n));
        add(numbersFrom(QStringLiteral("purchase_probability"),
                        scored ? a->lifetime->purchaseProbability : none, n));
        add(numbersFrom(QStringLiteral("profit"), a->valueGroups.profit, n));

        QStringList growthNames;
        for (int g = 0; g < kGrowthClassCount; ++g)
            growthNames << growthClassName(GrowthClass(g));
        Column growth = labelColumn(QStringLiteral("growth"), growthNames, n);
        for (size_t i = 0; i < a->growth.growthClass.size() && i < size_t(n); ++i)
            growth.codes()[i] = qint32(a->growth.growthClass[i]);
        add(std::move(growth));
        add(numbersFrom(QStringLiteral("trend"), a->growth.change, n));

        Column cluster = numberColumn(QStringLiteral("cluster"), n);
        for (size_t i = 0; i < a->clusterLabels.size() && i < size_t(n); ++i)
            if (a->clusterLabels[i] >= 0)
                cluster.numbers()[i] = a->clusterLabels[i] + 1;
        add(std::move(cluster));

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
