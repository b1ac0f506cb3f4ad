// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democustomermaker.h"

#include "demo/demoparallel.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace Segmenta::Demo {

namespace {

// A person's age, income, assets, lifestyle, personality, values and interests; they scale the
// spend and frequency of their type.
void drawPerson(Random &random, Customer &c, double &spend, double &frequency)
{
    int age = 0;
    do
        age = 18 + int(random.gamma(3.0) * 6.5);
    while (age > 75);
    c.age = quint8(age);
    // Income peaks in the mid-forties; students earn little.
    const double bump = std::exp(-std::pow((age - 45) / 16.0, 2));
    const double logIncome = std::log(55000.0) + 0.8 * bump - (age < 23 ? 0.5 : 0.0)
                             + 0.55 * random.normal();
    c.income = std::max<qint64>(6000, std::llround(std::exp(logIncome) / 100.0) * 100);
    const double logAssets = 0.6 + 0.035 * (age - 18) + 1.1 * random.normal();
    c.assets = std::llround(double(c.income) * std::exp(logAssets) / 100.0) * 100;

    const double relIncome = std::log(double(c.income) / 80000.0);
    const std::array<double, 5> lifestyleWeights = {
        0.3 + 3.0 * std::exp(-std::pow((age - 25) / 10.0, 2)),
        0.5 + 2.0 * std::clamp(relIncome + 0.5, 0.0, 2.0),
        0.5 + 2.0 * std::clamp(-relIncome + 0.5, 0.0, 2.0),
        0.5 + (age > 35 ? 1.5 : 0.3),
        0.8 + (c.female ? 0.0 : 0.5) + (age < 50 ? 0.4 : 0.0),
    };
    c.lifestyle = quint8(random.pick(lifestyleWeights));
    c.personality = quint8(random.pick(kPersonalityWeights[c.lifestyle]));
    c.values = quint8(random.pick(kValueWeights[c.lifestyle]));
    std::array<double, 10> interests = kInterestWeights[c.lifestyle];
    if (age > 50) {
        interests[Gardening] *= 3;
        interests[Gaming] *= 0.2;
    }
    c.interest1 = quint8(random.pick(interests));
    if (random.chance(0.45)) {
        interests[c.interest1] = 0;
        c.interest2 = quint8(random.pick(interests));
    }
    spend *= std::pow(double(c.income) / 60000.0, 0.45) * kLifestyleSpend[c.lifestyle]
             * kPersonalitySpend[c.personality];
    frequency *= kLifestyleFrequency[c.lifestyle] * (c.personality == 5 ? 1.1 : 1.0);
}

// The channel, and the spending and purchasing of the BG/NBD and gamma-gamma models.
void drawBehaviour(Random &random, Customer &c, double spend, double frequency)
{
    const ChannelWeights channels = channelWeights(c.type, c.age);
    c.channel = quint8(random.pick(channels));

    // Gamma-gamma: the customer's mean order value is spend / nu, nu ~ Gamma(3, 2), E[1/nu] = 1.
    c.spend = float(spend * 2.0 / random.gamma(3.0));
    // BG/NBD: lambda ~ Gamma(r = 0.7), p ~ Beta(a, b); organisations stay longer.
    c.rate = frequency * random.gamma(0.7);
    const double b = c.type == Channel ? 25 : c.type == Business ? 14 : 9;
    c.dropout = float(random.beta(1.3, b));
    const double g = random.uniform();
    c.growth = float(g < 0.55   ? 0.08 * random.normal()
                     : g < 0.8 ? 0.25 + 0.65 * random.uniform()
                               : -(0.3 + 0.7 * random.uniform()));
}

} // namespace

CustomerMaker::CustomerMaker(const DemoOptions &options, int days)
    : m_options(options), m_days(days)
{
    double sum = 0;
    for (int i = 0; i < kSurnameCount; ++i)
        m_surnameCumulative[size_t(i)] = sum += kSurnames[i].weight;
    sum = 0;
    for (int i = 0; i < kCityCount; ++i)
        m_cityCumulative[size_t(i)] = sum += kCities[i].weight;
}

std::vector<Customer> CustomerMaker::makeAll(TaskControl *control) const
{
    std::vector<Customer> customers(size_t(m_options.customers));
    const int blocks = int((m_options.customers + kBlockSize - 1) / kBlockSize);
    parallelFor(
        blocks, control,
        [&](int block) {
            const quint64 stream = 0x9E3779B97F4A7C15ULL * quint64(block + 1);
            Random random(splitMix(m_options.seed ^ stream));
            const size_t first = size_t(block) * kBlockSize;
            const size_t last = std::min(customers.size(), first + kBlockSize);
            for (size_t i = first; i < last; ++i)
                make(random, customers[i]);
        },
        [&](int done) { reportProgress(control, 0.05 * done / blocks); });
    return customers;
}

void CustomerMaker::make(Random &random, Customer &c) const
{
    const double t = random.uniform();
    c.type = t < 0.85 ? Consumer : t < 0.95 ? Business : t < 0.99 ? Channel : Internal;
    c.city = quint8(random.pickCumulative(m_cityCumulative.data(), kCityCount));

    // The name is a person's: for organisations, their contact's.
    c.female = random.chance(c.type == Consumer ? 0.55 : 0.45) ? 1 : 0;
    c.surname = quint8(random.pickCumulative(m_surnameCumulative.data(), kSurnameCount));
    auto givenChar = [&] {
        if (random.chance(0.3))
            return quint8(kMaleGiven + kFemaleGiven + int(random.below(kNeutralGiven)));
        return quint8(c.female ? kMaleGiven + int(random.below(kFemaleGiven))
                               : int(random.below(kMaleGiven)));
    };
    c.given1 = givenChar();
    c.given2 = random.chance(0.72) ? givenChar() : kNone;
    c.phonePrefix = quint8(random.below(quint32(std::size(kPhonePrefixes))));

    double spend = kMeanOrderValue[c.type] * kRegionSpend[kCities[c.city].region];
    double frequency = kTypeFrequency[c.type];
    if (isPerson(c))
        drawPerson(random, c, spend, frequency);
    drawBehaviour(random, c, spend, frequency);
    drawJoining(random, c);
}

void CustomerMaker::drawJoining(Random &random, Customer &c) const
{
    // A third are existing customers; new ones sign up more often as the business grows, and
    // their first order follows within days.
    const int last = m_days - 1;
    const bool existing = random.chance(0.35);
    int joined = 0; // day index in the period
    if (existing) {
        c.signup = quint16(random.below(kHistoryDays));
    } else {
        joined = std::min(last, int(m_days * std::pow(random.uniform(), 0.85)));
        c.signup = quint16(kHistoryDays + joined);
    }
    if (random.chance(0.05) || m_options.ordersPerCustomer <= 0) {
        c.firstOrder = -1;
    } else {
        int delay = existing ? int(random.exponential() * 150.0)
                             : random.chance(0.3) ? 0 : int(random.exponential() * 10.0);
        if (joined + delay > last)
            delay = int(random.below(quint32(last - joined + 1)));
        c.firstOrder = joined + delay;
    }
}

} // namespace Segmenta::Demo
