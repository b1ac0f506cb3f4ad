// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoordersimulation.h"

#include "demo/demoparallel.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace Segmenta::Demo {

namespace {

constexpr double kRefundChance = 0.0105;
// The share of purchases in the days before a shopping festival that move onto it.
constexpr double kFestivalPull = 0.3;
// Lines reserved per expected line of a block: the simulated count scatters around the mean.
constexpr double kLinesToReserve = 1.15;

double meanLinesPerOrder(int type)
{
    double mean = 0;
    for (int k = 0; k < 4; ++k)
        mean += (k + 1) * kLinesPerOrder[size_t(type)][size_t(k)];
    return mean;
}

// Operational time of a window of `days` for a rate growing by `growth` per year: the
// integral of exp(g t), so that a Poisson process in it has the trend's intensity.
double operationalTime(double days, double growth)
{
    const double g = growth / 365.25;
    return std::abs(g) < 1e-12 ? days : std::expm1(g * days) / g;
}

// The part of a customer's cost to serve that does not depend on activity.
double drawCostBase(Random &r, int type)
{
    switch (type) {
    case Consumer: return 2 + 6 * r.exponential();
    case Business: return 40 + 60 * r.exponential();
    case Channel: return 80 + 150 * r.exponential();
    default: return 3 * r.exponential();
    }
}

// Category tastes follow lifestyle, gender, age, interests and type.
CategoryWeights categoryTastes(const Customer &c)
{
    CategoryWeights categories = c.type == Business ? kBusinessCategories
                                 : c.type == Channel ? kChannelCategories
                                                     : kLifestyleCategories[c.lifestyle];
    if (!isPerson(c))
        return categories;
    if (c.female) {
        categories[Beauty] *= 2.5;
        categories[Clothing] *= 1.3;
        categories[Digital] *= 0.7;
    } else {
        categories[Beauty] *= 0.3;
        categories[Digital] *= 1.4;
        categories[Sports] *= 1.2;
    }
    if (c.age >= 25 && c.age <= 40)
        categories[Baby] *= 2.0;
    else if (c.age > 55) {
        categories[Baby] *= 0.5;
        categories[Home] *= 1.3;
        categories[Groceries] *= 1.3;
    }
    for (quint8 interest : {c.interest1, c.interest2}) {
        if (interest == Fitness || interest == Travel)
            categories[Sports] *= 1.6;
        else if (interest == Gaming || interest == Photography)
            categories[Digital] *= 1.6;
        else if (interest == Food)
            categories[Groceries] *= 1.5;
    }
    return categories;
}

std::array<double, CategoryCount> cumulative(const CategoryWeights &categories)
{
    std::array<double, CategoryCount> sums{};
    double sum = 0;
    for (int k = 0; k < CategoryCount; ++k)
        sums[size_t(k)] = sum += categories[size_t(k)];
    return sums;
}

// Service cost is mostly proportional to activity; organisations carry account management,
// and some customers (returns, complaints) cost more than they bring.
double costToServe(Random &r, const Customer &c, double costBase, double margin)
{
    double cost = costBase;
    if (r.chance(kHighMaintenance[c.type]))
        cost += std::max(0.0, margin / 100.0) * (1.15 + 1.5 * r.uniform());
    else
        cost += std::max(0.0, margin / 100.0) * (0.05 + 0.35 * r.uniform());
    return cost;
}

} // namespace

OrderSimulation::OrderSimulation(const DemoOptions &options, int days,
                                 std::vector<Customer> &customers)
    : m_options(options), m_days(days), m_customers(customers)
{
    // 618 and Double Eleven pull purchases of the preceding days onto the festival.
    m_promotion.assign(size_t(m_days), -1);
    for (int y = options.start.year(); y <= options.end.year(); ++y) {
        for (const QDate festival : {QDate(y, 6, 18), QDate(y, 11, 11)}) {
            const qint64 f = options.start.daysTo(festival);
            for (qint64 d = std::max<qint64>(0, f - 10); d < f && f < m_days; ++d)
                m_promotion[size_t(d)] = qint32(f);
        }
    }

    double sum = 0;
    for (int i = 0; i < kProductsPerCategory; ++i) // a few best sellers in every category
        m_productCumulative[size_t(i)] = sum += 1.0 / (1.0 + 0.4 * i);
}

bool OrderSimulation::run(TaskControl *control)
{
    const double rateScale = calibrate();
    const int blocks = int((m_options.customers + kBlockSize - 1) / kBlockSize);
    m_blockLines.resize(size_t(blocks));
    parallelFor(
        blocks, control, [&](int block) { makeOrders(block, rateScale); },
        [&](int done) { reportProgress(control, 0.05 + 0.35 * done / blocks); });
    if (isCancelled(control))
        return false;
    sortLines();
    return true;
}

// Finds the factor on every customer's purchase rate that makes the expected number of lines
// ordersPerCustomer, from the BG/NBD expectation E[X(t)] = (1 - exp(-p lambda t)) / p.
double OrderSimulation::calibrate() const
{
    if (m_options.ordersPerCustomer <= 0)
        return 0;
    std::array<double, 4> linesPerOrder{};
    for (int t = 0; t < 4; ++t)
        linesPerOrder[size_t(t)] = meanLinesPerOrder(t) * (1.0 + kRefundChance);

    // A deterministic sample is enough and keeps a million customers fast.
    const size_t step = std::max<size_t>(1, m_customers.size() / 50000);
    struct Term { double lines, p, exposure; };
    std::vector<Term> terms;
    size_t sampled = 0;
    for (size_t i = 0; i < m_customers.size(); i += step, ++sampled) {
        const Customer &c = m_customers[i];
        if (c.firstOrder < 0)
            continue;
        const double window = operationalTime(m_days - c.firstOrder, c.growth);
        terms.push_back({linesPerOrder[c.type], double(c.dropout), c.rate * window});
    }
    const double target = m_options.ordersPerCustomer * double(sampled);
    auto expected = [&](double scale) {
        double sum = 0;
        for (const Term &t : terms)
            sum += t.lines * (1.0 + -std::expm1(-t.p * scale * t.exposure) / t.p);
        return sum;
    };
    double lo = -30, hi = 12; // natural log of the scale
    if (expected(std::exp(lo)) >= target)
        return 0; // even one order each is too much: nobody repeats
    if (expected(std::exp(hi)) <= target)
        return std::exp(hi);
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        (expected(std::exp(mid)) < target ? lo : hi) = mid;
    }
    return std::exp(0.5 * (lo + hi));
}

void OrderSimulation::makeOrders(int block, double rateScale)
{
    Random random(splitMix(m_options.seed ^ (0xD1B54A32D192ED03ULL * quint64(block + 1))));
    const size_t first = size_t(block) * kBlockSize;
    const size_t last = std::min(m_customers.size(), first + kBlockSize);
    std::vector<Line> &lines = m_blockLines[size_t(block)];
    lines.reserve(size_t(double(last - first) * m_options.ordersPerCustomer * kLinesToReserve) + 16);
    std::vector<Line> refunds;

    for (size_t i = first; i < last; ++i) {
        Customer &c = m_customers[i];
        const double costBase = drawCostBase(random, c.type);
        if (c.firstOrder < 0) {
            c.costCents = std::llround(costBase * 100);
            continue;
        }
        Buyer buyer{c, quint32(i), random, cumulative(categoryTastes(c)),
                    channelWeights(c.type, c.age), lines, refunds};
        placeOrder(buyer, c.firstOrder, 0.0);
        repeatOrders(buyer, rateScale);
        c.costCents = std::llround(costToServe(random, c, costBase, buyer.margin) * 100);
    }
}

void OrderSimulation::repeatOrders(Buyer &b, double rateScale)
{
    // BG/NBD with a trend: purchases are a Poisson process in operational time
    // tau = (exp(g t) - 1) / g; after each repeat purchase the customer leaves with p.
    const Customer &c = b.customer;
    Random &r = b.random;
    const double lambda = rateScale * c.rate;
    if (!(lambda > 0))
        return;
    const double growthPerDay = double(c.growth) / 365.25;
    const double window = m_days - c.firstOrder;
    double tau = 0;
    for (;;) {
        tau += r.exponential() / lambda;
        double t = tau;
        if (std::abs(growthPerDay) >= 1e-12) {
            const double x = growthPerDay * tau;
            if (x <= -1.0)
                break; // a declining customer's purchases have run out
            t = std::log1p(x) / growthPerDay;
        }
        if (t >= window)
            break;
        int day = c.firstOrder + int(t);
        if (m_promotion[size_t(day)] >= 0 && r.chance(kFestivalPull))
            day = m_promotion[size_t(day)];
        placeOrder(b, day, t / 365.25);
        if (r.chance(double(c.dropout)))
            break;
    }
}

void OrderSimulation::placeOrder(Buyer &b, int day, double years)
{
    const Customer &c = b.customer;
    Random &r = b.random;
    const quint8 channel = quint8(r.chance(0.75) ? c.channel : r.pick(b.channels));
    const int lineCount = 1 + r.pick(kLinesPerOrder[c.type]);
    const double value = r.gamma(2.5) * double(c.spend) / 2.5
                         * std::exp(0.5 * double(c.growth) * years);
    std::array<double, 4> shares{};
    double shareSum = 0;
    for (int k = 0; k < lineCount; ++k)
        shareSum += shares[size_t(k)] = 0.5 + r.uniform();
    std::array<int, 4> products{};
    for (int k = 0; k < lineCount; ++k) {
        int product = 0;
        for (int attempt = 0; attempt < 4; ++attempt) { // rather distinct products
            const int category = r.pickCumulative(b.categoryCumulative.data(), CategoryCount);
            product = category * kProductsPerCategory
                      + r.pickCumulative(m_productCumulative.data(), kProductsPerCategory);
            if (std::find(products.begin(), products.begin() + k, product)
                == products.begin() + k)
                break;
        }
        products[size_t(k)] = product;
        addLine(b, day, product, channel, k == 0, value * shares[size_t(k)] / shareSum);
    }
    // A refund is an order of its own, after the purchase.
    b.lines.insert(b.lines.end(), b.refunds.begin(), b.refunds.end());
    b.refunds.clear();
}

void OrderSimulation::addLine(Buyer &b, int day, int product, quint8 channel, bool firstLine,
                              double lineValue)
{
    const Customer &c = b.customer;
    Random &r = b.random;
    // Big spenders buy dearer versions (consumers) or more units (organisations).
    const double list = kProducts[product].price * kPriceLevel[c.type];
    const double premium
        = std::clamp(std::pow(lineValue / list, kPremiumExponent[c.type]), 0.6, 5.0);
    const qint64 yuan
        = std::max<qint64>(1, std::llround(list * premium * (0.9 + 0.2 * r.uniform())));
    const qint64 cents = yuan * 100 - (yuan >= 10 && r.chance(0.5) ? 10 : 0);
    const qint64 quantity = std::clamp<qint64>(std::llround(lineValue * 100.0 / double(cents)),
                                               1, kMaxQuantity[c.type]);
    const double rate = kMargin[kProducts[product].category];
    b.margin += double(quantity * cents) * rate;
    b.lines.push_back({b.index, quint32(cents), quint16(day), qint16(quantity), quint8(product),
                       quint8(channel | (firstLine ? kFirstLine : 0))});
    if (r.chance(kRefundChance)) {
        const int refundDay = day + 1 + int(r.exponential() * 8.0);
        const qint64 back = 1 + r.below(quint32(quantity));
        if (refundDay <= m_days - 1) {
            b.margin -= double(back * cents) * rate;
            b.refunds.push_back({b.index, quint32(cents), quint16(refundDay), qint16(-back),
                                 quint8(product), quint8(channel | kFirstLine)});
        }
    }
}

// Counting sort by day: stable, so an order's lines stay together and ties keep customer order.
void OrderSimulation::sortLines()
{
    std::vector<qint64> start(size_t(m_days) + 1, 0);
    m_lineCount = 0;
    for (const std::vector<Line> &block : m_blockLines) {
        m_lineCount += qint64(block.size());
        for (const Line &line : block)
            ++start[size_t(line.day) + 1];
    }
    for (size_t d = 1; d < start.size(); ++d)
        start[d] += start[d - 1];
    m_lines.reset(new Line[size_t(std::max<qint64>(1, m_lineCount))]);
    for (std::vector<Line> &block : m_blockLines) {
        for (const Line &line : block)
            m_lines[size_t(start[line.day]++)] = line;
        std::vector<Line>().swap(block);
    }
    m_blockLines.clear();
}

} // namespace Segmenta::Demo
