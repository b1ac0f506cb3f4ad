// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/democustomer.h"
#include "demo/demooptions.h"

#include <array>
#include <memory>
#include <vector>

namespace Segmenta {
class TaskControl;
}

namespace Segmenta::Demo {

class Random;

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
    // What one customer's orders are drawn from, and where their lines go.
    struct Buyer
    {
        Customer &customer;
        quint32 index;
        Random &random;
        std::array<double, CategoryCount> categoryCumulative;
        ChannelWeights channels;
        std::vector<Line> &lines;
        std::vector<Line> &refunds; // of the order being placed
        double margin = 0;
    };

    double calibrate() const;
    void makeOrders(int block, double rateScale);
    // The repeat purchases after the first order, until the customer leaves or time ends.
    void repeatOrders(Buyer &buyer, double rateScale);
    // One order of one to four lines, and the refunds that follow it.
    void placeOrder(Buyer &buyer, int day, double years);
    void addLine(Buyer &buyer, int day, int product, quint8 channel, bool firstLine,
                 double lineValue);
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
