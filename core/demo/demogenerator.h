// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QDate>
#include <QString>

namespace Segmenta {

class TaskControl;

// What the demo data set looks like; the defaults give the demo shipped with the app.
struct DemoOptions
{
    qint64 customers = 20000;
    double ordersPerCustomer = 7.0; // mean order lines per customer, over all customers
    quint64 seed = 20240305;
    QDate start = QDate(2022, 1, 1);
    QDate end = QDate(2024, 12, 31);
    bool chineseHeaders = true;
};

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
};

} // namespace Segmenta
