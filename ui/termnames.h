// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Segmenta {

// The names of the model terms and features core computes ("(Intercept)", "log_frequency") in
// the UI language; any other name (an imported attribute, "城市=上海") is the customer data's own
// and is shown as it is (docs/user/pages.md, "Drivers").
class TermNames
{
    Q_DECLARE_TR_FUNCTIONS(Segmenta::TermNames)

public:
    static QString display(const QString &name);
    // "frequency and monetary value": the features that load most on a principal component,
    // briefly (the page says the measures are logged).
    static QString features(const QStringList &features);
};

} // namespace Segmenta
