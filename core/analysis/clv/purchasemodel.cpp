// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/clv/purchasemodel.h"

namespace Segmenta {

QString purchaseModelName(PurchaseModelKind kind)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return QStringLiteral("bgnbd");
    case PurchaseModelKind::ParetoNbd:
        return QStringLiteral("paretonbd");
    case PurchaseModelKind::MbgNbd:
        return QStringLiteral("mbgnbd");
    case PurchaseModelKind::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

bool purchaseModelFromName(const QString &name, PurchaseModelKind &kind)
{
    for (PurchaseModelKind k : {PurchaseModelKind::BgNbd, PurchaseModelKind::ParetoNbd,
                                PurchaseModelKind::MbgNbd, PurchaseModelKind::Auto}) {
        if (purchaseModelName(k) == name) {
            kind = k;
            return true;
        }
    }
    return false;
}

QString purchaseModelTitle(PurchaseModelKind kind)
{
    switch (kind) {
    case PurchaseModelKind::BgNbd:
        return QStringLiteral("BG/NBD");
    case PurchaseModelKind::ParetoNbd:
        return QStringLiteral("Pareto/NBD");
    case PurchaseModelKind::MbgNbd:
        return QStringLiteral("MBG/NBD");
    case PurchaseModelKind::Auto:
        break;
    }
    return {};
}

} // namespace Segmenta
