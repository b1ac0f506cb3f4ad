// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "demo/demooptions.h"

#include <QString>

namespace Segmenta {

class TaskControl;

struct DemoFiles
{
    QString customersPath;
    QString ordersPath;
    qint64 customers = 0;
    qint64 orderLines = 0;
};

// Writes customers.csv and orders.csv (UTF-8 with BOM) of an invented Chinese retailer.
// Purchases follow a BG/NBD process and spend a gamma-gamma-like heavy tail, so RFM, 80/20,
// pyramid and lifetime value give textbook-like answers. The same options give byte-identical
// files. Fields never contain commas or quotes, so the CSV needs no quoting.
class DemoGenerator
{
public:
    static Result<DemoFiles> write(const QString &folder, const DemoOptions &options,
                                   TaskControl *control = nullptr);
    // The currency of the demo shop's prices, written without a sign (a Chinese retailer):
    // the demo project's currency setting (ProjectSettings::kCurrency).
    static QString currency() { return QStringLiteral("\u00A5"); }
};

} // namespace Segmenta
