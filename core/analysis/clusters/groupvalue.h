// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/valuetier.h"

#include <QJsonObject>

#include <array>
#include <vector>

namespace Segmenta {

class CustomerAnalysis;

// The per-customer value measures a group of customers is described by (docs/clusters.md,
// "Profiles"): tier, lifetime value, P(alive), purchase probability, revenue and lifecycle
// stage. Empty vectors, NaN or -1 mean unknown.
struct CustomerValues
{
    std::vector<qint8> tier;       // ValueTier, -1 = none
    std::vector<double> clv;
    std::vector<double> pAlive;
    std::vector<double> purchaseProbability;
    std::vector<double> revenue;
    std::vector<quint8> lifecycle; // LifecycleStage

    static CustomerValues fromAnalysis(const CustomerAnalysis &analysis);
};

// The value of one group of customers: accumulated customer by customer, then finished.
struct GroupValue
{
    static constexpr int kStages = 4;

    qint64 customers = 0;
    std::array<qint64, kValueTierCount> tiers{};
    std::array<qint64, kStages> stages{};
    double meanClv = 0;            // NaN when nobody has one
    double meanPAlive = 0;
    double meanPurchaseProbability = 0;
    double revenue = 0;
    double revenueShare = 0;       // of all customers' revenue

    void add(const CustomerValues &values, qsizetype row);
    void finish(double totalRevenue);
    QJsonObject toJson() const;

private:
    double m_clvSum = 0;
    qint64 m_clvCount = 0;
    double m_aliveSum = 0;
    qint64 m_aliveCount = 0;
    double m_buySum = 0;
    qint64 m_buyCount = 0;
};

} // namespace Segmenta
