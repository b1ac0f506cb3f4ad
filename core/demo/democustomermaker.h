// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/democustomer.h"
#include "demo/demooptions.h"

#include <array>
#include <vector>

namespace Segmenta {
class TaskControl;
}

namespace Segmenta::Demo {

class Random;

// Draws the demo customers: type, city, name, age, income, assets and psychographics, and the
// parameters of their purchases (BG/NBD rate and dropout, gamma-gamma spend, trend, signup and
// first order). Part of DemoGenerator (demogenerator.h).
class CustomerMaker
{
public:
    // days: the length of the period, options.start to options.end.
    CustomerMaker(const DemoOptions &options, int days);

    // options.customers customers, drawn in blocks of kBlockSize on all cores, each block from
    // its own random stream. Reports progress from 0 to 0.05; incomplete when cancelled.
    std::vector<Customer> makeAll(TaskControl *control) const;

private:
    void make(Random &random, Customer &c) const;
    // When the customer signed up and first ordered (or never did).
    void drawJoining(Random &random, Customer &c) const;

    DemoOptions m_options;
    int m_days = 0;
    std::array<double, kSurnameCount> m_surnameCumulative{};
    std::array<double, kCityCount> m_cityCumulative{};
};

} // namespace Segmenta::Demo
