// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Segmenta {

// The purchase models lifetime value can use (docs/user/lifetime-value.md, "Purchase models");
// Auto is a choice, never the model in use.
enum class PurchaseModelKind { BgNbd, ParetoNbd, MbgNbd, Auto };

// "bgnbd", "paretonbd", "mbgnbd", "auto": the CLI's and the JSON's names.
QString purchaseModelName(PurchaseModelKind kind);
bool purchaseModelFromName(const QString &name, PurchaseModelKind &kind);
// "BG/NBD", "Pareto/NBD", "MBG/NBD": as the literature writes them.
QString purchaseModelTitle(PurchaseModelKind kind);

// What lifetime value needs from a fitted purchase model, per customer with repeat purchases x,
// last purchase at t_x and age T (RfmtSummary's units). Every model here factors the conditional
// forecasts as P(alive) times an expectation for a customer alive at T that depends on x and T
// only, which lets LifetimeValue score distinct (x, T) pairs once.
class PurchaseModel
{
public:
    virtual ~PurchaseModel() = default;

    // P(alive at T | x, t_x, T).
    virtual double probabilityAlive(qint32 x, double tx, double T) const = 0;
    // E[Y(t) | alive at T, x, T]: purchases in (T, T + t].
    virtual double expectedPurchasesIfAlive(double t, qint32 x, double T) const = 0;
    // P(Y(t) > 0 | alive at T, x, T).
    virtual double probabilityOfPurchaseIfAlive(double t, qint32 x, double T) const = 0;
    // E[X(t)]: repeat purchases of a new customer in (0, t].
    virtual double expectedPurchasesUnconditional(double t) const = 0;

    double conditionalExpectedPurchases(double t, qint32 x, double tx, double T) const
    {
        return probabilityAlive(x, tx, T) * expectedPurchasesIfAlive(t, x, T);
    }
};

} // namespace Segmenta
