// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/democustomer.h"
#include "demo/demogenerator.h"

#include <array>
#include <memory>
#include <vector>

namespace Segmenta {
class TaskControl;
}

namespace Segmenta::Demo {

// Simulates the demo customers' purchases: a BG/NBD process with a trend in each customer's
// spending, orders of one to four lines from the categories their attributes favour, refunds,
// the pull of shopping festivals, and the cost to serve that follows. Part of DemoGenerator
// (demogenerator.h).
class OrderSimulation
{
public:
    // days: the length of the period; customers: from CustomerMaker, their cost to serve is set
    // by run().
    OrderSimulation(const DemoOptions &options, int days, std::vector<Customer> &customers);

    // Every customer's order lines, then all of them sorted by day. Reports progress from 0.05
    // to 0.45; false when cancelled.
    bool run(TaskControl *control);

    // The order lines by day; an order's lines are contiguous, its first flagged kFirstLine.
    const Line *lines() const { return m_lines.get(); }
    qint64 lineCount() const { return m_lineCount; }

private:
    double calibrate() const;
    void makeOrders(int block, double rateScale);
    void sortLines();

    DemoOptions m_options;
    int m_days = 0;
    std::vector<Customer> &m_customers;
    std::vector<qint32> m_promotion; // day index of a shopping festival soon after
    std::array<double, kProductsPerCategory> m_productCumulative{};
    std::vector<std::vector<Line>> m_blockLines;
    std::unique_ptr<Line[]> m_lines; // all lines sorted by day
    qint64 m_lineCount = 0;
};

} // namespace Segmenta::Demo
