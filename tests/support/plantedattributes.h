// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Customers with planted psychographic groups (six attributes, 40 one-hot columns) (docs/clusters.md, "Checks"): each group has its
// own lifestyle, personality, values, region, interests and age; with probability `noise` a
// customer's categorical value is drawn at random instead, and ages scatter around the group's.
// groups = 0 plants nothing: every value is random. Shared by tst_attributeclustering and
// bench_attributeclusters (whose matrix tests/benchmarks/compare_sklearn.py reads).

#include "base/seededrandom.h"
#include "stats/designmatrix.h"

#include <QStringList>

#include <cmath>
#include <vector>

namespace Segmenta::Test {

struct PlantedAttributes
{
    std::vector<DesignVariable> variables;
    std::vector<qint32> truth; // per customer, the planted group (0 without groups)
};

inline PlantedAttributes plantAttributes(qsizetype customers, int groups, double noise,
                                         quint64 seed)
{
    struct Spec { QString name; QStringList levels; };
    const std::vector<Spec> specs = {
        {QStringLiteral("lifestyle"), {QStringLiteral("追求潮流"), QStringLiteral("居家务实"), QStringLiteral("户外运动"), QStringLiteral("精致生活"), QStringLiteral("节俭持家"), QStringLiteral("社交达人"), QStringLiteral("注重品质"), QStringLiteral("精打细算")}},
        {QStringLiteral("personality"), {QStringLiteral("外向"), QStringLiteral("内向"), QStringLiteral("理性"), QStringLiteral("感性"), QStringLiteral("冒险"), QStringLiteral("稳重"), QStringLiteral("冲动"), QStringLiteral("谨慎")}},
        {QStringLiteral("values"), {QStringLiteral("品质"), QStringLiteral("价格"), QStringLiteral("环保"), QStringLiteral("家庭"), QStringLiteral("成就"), QStringLiteral("自由"), QStringLiteral("享受生活"), QStringLiteral("品牌信赖")}},
        {QStringLiteral("region"), {QStringLiteral("华东"), QStringLiteral("华北"), QStringLiteral("华南"), QStringLiteral("西南"), QStringLiteral("西北"), QStringLiteral("东北"), QStringLiteral("华中"), QStringLiteral("港澳台")}},
        {QStringLiteral("channel"), {QStringLiteral("门店"), QStringLiteral("天猫"), QStringLiteral("京东"), QStringLiteral("微信"), QStringLiteral("抖音"), QStringLiteral("电话")}},
    };
    SeededRandom random(seed);
    PlantedAttributes p;
    p.truth.resize(size_t(customers));
    for (qsizetype i = 0; i < customers; ++i)
        p.truth[size_t(i)] = groups > 0 ? qint32(random.below(quint64(groups))) : 0;
    for (size_t s = 0; s < specs.size(); ++s) {
        const qsizetype levels = specs[s].levels.size();
        std::vector<qint32> codes(static_cast<size_t>(customers));
        for (qsizetype i = 0; i < customers; ++i) {
            const bool planted = groups > 0 && random.uniform() >= noise;
            // Group g prefers level (g + s) mod levels: groups differ on every attribute.
            codes[size_t(i)] = planted ? qint32((p.truth[size_t(i)] + qint32(s)) % levels)
                                       : qint32(random.below(quint64(levels)));
        }
        p.variables.push_back(DesignVariable::categorical(specs[s].name, std::move(codes),
                                                          specs[s].levels));
    }
    std::vector<double> age(static_cast<size_t>(customers));
    for (qsizetype i = 0; i < customers; ++i) {
        // Box–Muller: a normal draw from the seeded generator, the same on every platform.
        const double u1 = std::max(random.uniform(), 1e-12);
        const double u2 = random.uniform();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        const double centre = groups > 0 ? 22.0 + 12.0 * p.truth[size_t(i)] : 45.0;
        age[size_t(i)] = std::round(centre + (groups > 0 ? 4.0 : 14.0) * z);
    }
    p.variables.push_back(DesignVariable::numeric(QStringLiteral("age"), std::move(age)));
    return p;
}

} // namespace Segmenta::Test
