// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

// Apart from demogenerator.h so that the generator's parts (which it includes) can read the
// options without including it back.
namespace Segmenta {

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

} // namespace Segmenta
