// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/lifetimevalue.h"

#include "base/computepool.h"
#include "base/taskcontrol.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace Segmenta {

namespace {

Message cancelled()
{
    return Message("Segmenta::Analysis",
                   QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                     "The lifetime value analysis was cancelled."))
        .withCode("cancelled");
}

bool isCancelled(const TaskControl *control)
{
    return control && control->isCancelled();
}

// Customers sharing x and T share every expectation but P(alive): scored once per group. T comes
// from whole days, so real data has few distinct pairs.
struct GroupKey
{
    qint32 x;
    double T;
    bool operator==(const GroupKey &o) const { return x == o.x && T == o.T; }
};

struct GroupKeyHash
{
    size_t operator()(const GroupKey &k) const
    {
        quint64 bits;
        std::memcpy(&bits, &k.T, sizeof bits);
        return std::hash<quint64>()(bits ^ (quint64(quint32(k.x)) * 0x9E3779B97F4A7C15ull));
    }
};

struct GroupScores
{
    double ifAlive = 0;    // E[Y(H) | alive]
    double buyIfAlive = 0; // P(Y(H) > 0 | alive)
    double discounted = 0; // discounted expected purchases | alive
};

// Margin rate per customer: the option, else the customer's own gross profit / revenue, else
// the overall ratio (customers without positive revenue), clamped to [-1, 1].
std::vector<double> margins(const CustomerSummary &s, double fixedRate)
{
    const size_t n = size_t(s.size());
    if (std::isfinite(fixedRate))
        return std::vector<double>(n, fixedRate);
    double profit = 0, revenue = 0;
    for (size_t i = 0; i < n; ++i)
        if (s.revenue[i] > 0 && std::isfinite(s.grossProfit[i]))
            profit += s.grossProfit[i], revenue += s.revenue[i];
    const double overall = revenue > 0 ? std::clamp(profit / revenue, -1.0, 1.0) : 0.0;
    std::vector<double> m(n, overall);
    for (size_t i = 0; i < n; ++i)
        if (s.revenue[i] > 0 && std::isfinite(s.grossProfit[i]))
            m[i] = std::clamp(s.grossProfit[i] / s.revenue[i], -1.0, 1.0);
    return m;
}

// Observed average spend per purchase day, the fallback when the spend model is unavailable:
// the customer's own, else the average over customers with positive revenue.
double observedSpend(const CustomerSummary &s, size_t i, double overall)
{
    return s.purchaseDays[i] > 0 && s.revenue[i] > 0 ? s.revenue[i] / s.purchaseDays[i] : overall;
}

double overallSpend(const CustomerSummary &s)
{
    double revenue = 0, days = 0;
    for (size_t i = 0; i < size_t(s.size()); ++i)
        if (s.purchaseDays[i] > 0 && s.revenue[i] > 0)
            revenue += s.revenue[i], days += s.purchaseDays[i];
    return days > 0 ? revenue / days : 0.0;
}

// Groups of customers per parallel work item: each group costs a horizon's worth of
// expectations, so a few dozen make a task worth scheduling.
constexpr size_t kGroupsPerBlock = 64;
// Customers per parallel work item when scores are spread to customers (cheap per customer).
constexpr size_t kCustomersPerBlock = 65536;
// Progress: the purchase model takes this share, the spend model the next; then the groups and
// the scores.
constexpr double kPurchaseFitShare = 0.5;
constexpr double kSpendFitShare = 0.1;
constexpr double kGroupedProgress = 0.65;
constexpr double kGroupsScoredProgress = 0.9;

Status validateOptions(const CustomerSummary &summary, const LifetimeOptions &options)
{
    const bool anyPurchase = summary.transactionsUsed > 0;
    if (options.asOfDay != Column::kMissingDate && anyPurchase && options.asOfDay <= summary.maxDay)
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The analysis date must be after the last purchase "
                                         "in the data (%1)."),
                       {Column::fromDays(summary.maxDay).toString(Qt::ISODate)});
    if (!std::isfinite(options.annualDiscountRate) || options.annualDiscountRate <= -1)
        return Message("Segmenta::Analysis",
                       QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                         "The discount rate must be a number above -100 %."));
    return Status::success();
}

// Expected spend per purchase: the Gamma-Gamma posterior mean, else the observed average; with
// a note when the fallback was used.
void fillExpectedSpend(const CustomerSummary &summary, LifetimeResult &res)
{
    const size_t n = size_t(summary.size());
    const double overall = overallSpend(summary);
    const GammaGammaModel spendModel(res.spend.parameters);
    res.spendFromModel = res.spend.converged;
    qint64 spendFallbacks = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!res.data.observed[i])
            continue;
        double e = res.spendFromModel
                       ? spendModel.expectedSpend(res.data.frequency[i], res.data.monetary[i])
                       : observedSpend(summary, i, overall);
        if (!std::isfinite(e)) { // q <= 1: the model has no finite mean
            e = observedSpend(summary, i, overall);
            ++spendFallbacks;
        }
        res.expectedSpend[i] = e;
    }
    if (!res.spendFromModel)
        res.notes.append(Message("Segmenta::Analysis",
                                 QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "The spend model is unavailable, so expected "
                                                   "spend per purchase is each customer's "
                                                   "observed average.")));
    else if (spendFallbacks > 0)
        res.notes.append(Message("Segmenta::Analysis",
                                 QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "The fitted spend model has no finite mean, "
                                                   "so %1 customers use their observed average "
                                                   "spend per purchase."),
                                 {QString::number(spendFallbacks)}));
}

// The ends of the discounting periods (in units) and their discount factors: one unit each, or
// several when the horizon is long. Sets res.periods.
struct Discounting
{
    std::vector<double> ends, discount;
};

Discounting discountingPeriods(LifetimeResult &res, const LifetimeOptions &options)
{
    const double step = std::max(1.0, std::ceil(res.horizon / LifetimeValue::kMaxPeriods));
    // The tolerance keeps a horizon of whole steps from gaining a period by rounding.
    res.periods = std::max(1, int(std::ceil(res.horizon / step - 1e-9)));
    Discounting d;
    d.ends.resize(size_t(res.periods));
    d.discount.resize(size_t(res.periods));
    const double yearsPerUnit = daysPerUnit(options.unit) / 365.25;
    for (int k = 0; k < res.periods; ++k) {
        d.ends[size_t(k)] = std::min(res.horizon, (k + 1) * step);
        d.discount[size_t(k)] = std::pow(1 + options.annualDiscountRate,
                                         -d.ends[size_t(k)] * yearsPerUnit);
    }
    return d;
}

// The distinct (x, T) pairs and the group of every customer (-1 without purchases).
struct CustomerGroups
{
    std::vector<GroupKey> keys;
    std::vector<qint32> groupOf;
};

CustomerGroups groupCustomers(const RfmtSummary &data, size_t n)
{
    CustomerGroups g;
    g.groupOf.assign(n, -1);
    std::unordered_map<GroupKey, qint32, GroupKeyHash> ids;
    for (size_t i = 0; i < n; ++i) {
        if (!data.observed[i])
            continue;
        const GroupKey key{data.frequency[i], data.age[i]};
        const auto [it, added] = ids.try_emplace(key, qint32(g.keys.size()));
        if (added)
            g.keys.push_back(key);
        g.groupOf[i] = it->second;
    }
    return g;
}

// The expectations if alive of every group, in parallel; stops early when cancelled.
std::vector<GroupScores> scoreGroups(const PurchaseModel &model, const std::vector<GroupKey> &groups,
                                     const Discounting &periods, double horizon,
                                     const TaskControl *control)
{
    std::vector<GroupScores> scores(groups.size());
    std::vector<std::pair<size_t, size_t>> blocks;
    for (size_t g = 0; g < groups.size(); g += kGroupsPerBlock)
        blocks.push_back({g, std::min(groups.size(), g + kGroupsPerBlock)});
    QtConcurrent::blockingMap(computePool(), blocks, [&](const std::pair<size_t, size_t> &b) {
        if (isCancelled(control))
            return;
        for (size_t g = b.first; g < b.second; ++g) {
            const GroupKey &k = groups[g];
            double previous = 0, discounted = 0;
            for (size_t p = 0; p < periods.ends.size(); ++p) {
                const double e = model.expectedPurchasesIfAlive(periods.ends[p], k.x, k.T);
                discounted += (e - previous) * periods.discount[p];
                previous = e;
            }
            scores[g] = {previous, model.probabilityOfPurchaseIfAlive(horizon, k.x, k.T),
                         discounted};
        }
    });
    return scores;
}

// Every customer's P(alive) times the group's expectations, in parallel.
void scoreCustomers(const PurchaseModel &model, const std::vector<GroupScores> &scores,
                    const std::vector<qint32> &groupOf, LifetimeResult &res)
{
    const size_t n = groupOf.size();
    std::vector<std::pair<size_t, size_t>> blocks;
    for (size_t i = 0; i < n; i += kCustomersPerBlock)
        blocks.push_back({i, std::min(n, i + kCustomersPerBlock)});
    QtConcurrent::blockingMap(computePool(), blocks, [&](const std::pair<size_t, size_t> &b) {
        for (size_t i = b.first; i < b.second; ++i) {
            if (groupOf[i] < 0)
                continue;
            const GroupScores &g = scores[size_t(groupOf[i])];
            const double pa = model.probabilityAlive(res.data.frequency[i], res.data.recency[i],
                                                     res.data.age[i]);
            res.pAlive[i] = pa;
            res.expectedPurchases[i] = pa * g.ifAlive;
            res.purchaseProbability[i] = pa * g.buyIfAlive;
            res.clv[i] = pa * g.discounted * res.expectedSpend[i] * res.margin[i];
        }
    });
}

} // namespace

double LifetimeValue::defaultHorizon(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return 365;
    case TimeUnit::Week:
        return 52;
    case TimeUnit::Month:
        return 12;
    }
    return 52;
}

Result<LifetimeResult> LifetimeValue::run(const CustomerSummary &summary,
                                          const LifetimeOptions &options, TaskControl *control,
                                          const BacktestResult *holdout)
{
    if (Status valid = validateOptions(summary, options); !valid)
        return valid.error();

    LifetimeResult res;
    res.horizon = options.horizon > 0 && std::isfinite(options.horizon)
                      ? options.horizon
                      : defaultHorizon(options.unit);
    res.data = RfmtSummary::fromCustomerSummary(summary, options.unit, options.asOfDay);
    const size_t n = size_t(summary.size());
    res.pAlive.assign(n, 0.0);
    res.expectedPurchases.assign(n, 0.0);
    res.purchaseProbability.assign(n, 0.0);
    res.expectedSpend.assign(n, 0.0);
    res.clv.assign(n, 0.0);
    res.hasPurchases = res.data.observed;
    res.customersWithoutPurchases = qint64(n) - res.data.customersWithPurchases;
    res.margin = margins(summary, options.marginRate);

    {
        TaskControl step(control, 0.0, kPurchaseFitShare);
        const bool compare = options.model == PurchaseModelKind::Auto || holdout;
        PurchaseModelFits fits =
            ModelComparison::fit(res.data, compare ? PurchaseModelKind::Auto : options.model, &step);
        res.comparison = ModelComparison::rows(fits, res.data.customersWithPurchases);
        if (holdout && !isCancelled(control))
            ModelComparison::addHoldoutErrors(res.comparison, *holdout, control);
        res.model = options.model == PurchaseModelKind::Auto
                        ? ModelComparison::choose(res.comparison, res.modelReason)
                        : options.model;
        res.purchases = fits.bgNbd;
        res.paretoNbd = fits.paretoNbd;
        res.mbgNbd = fits.mbgNbd;
    }
    if (isCancelled(control))
        return cancelled();
    {
        TaskControl step(control, kPurchaseFitShare, kSpendFitShare);
        res.spend = GammaGammaModel::fit(res.data, &step);
    }
    if (isCancelled(control))
        return cancelled();
    fillExpectedSpend(summary, res);

    PurchaseModelFits chosen;
    chosen.bgNbd = res.purchases;
    chosen.paretoNbd = res.paretoNbd;
    chosen.mbgNbd = res.mbgNbd;
    if (!chosen.converged(res.model)) {
        res.notes.append(Message("Segmenta::Analysis",
                                 QT_TRANSLATE_NOOP("Segmenta::Analysis",
                                                   "No purchase probabilities or lifetime values "
                                                   "were computed because the purchase model is "
                                                   "unavailable.")));
        if (control)
            control->reportProgress(1.0);
        return res;
    }
    res.scored = true;

    const Discounting periods = discountingPeriods(res, options);
    const CustomerGroups groups = groupCustomers(res.data, n);
    if (control)
        control->reportProgress(kGroupedProgress);
    const std::unique_ptr<PurchaseModel> model = chosen.model(res.model);
    const std::vector<GroupScores> scores =
        scoreGroups(*model, groups.keys, periods, res.horizon, control);
    if (isCancelled(control))
        return cancelled();
    if (control)
        control->reportProgress(kGroupsScoredProgress);
    scoreCustomers(*model, scores, groups.groupOf, res);
    if (isCancelled(control))
        return cancelled();
    if (control)
        control->reportProgress(1.0);
    return res;
}

} // namespace Segmenta
