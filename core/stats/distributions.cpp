// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/distributions.h"

#include <cmath>
#include <limits>

namespace Segmenta::Distributions {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr double kTiny = 1e-300; // keeps the Lentz method's denominators away from zero

// One step of the modified Lentz method for the term aa: updates c and d, returns the factor
// the continued fraction is multiplied by.
inline double lentzStep(double aa, double &c, double &d)
{
    d = 1.0 + aa * d;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    c = 1.0 + aa / c;
    if (std::fabs(c) < kTiny)
        c = kTiny;
    d = 1.0 / d;
    return d * c;
}

// The continued fraction for I_x(a, b) (Numerical Recipes, betacf), evaluated with the modified
// Lentz method. Converges quickly for x < (a + 1) / (a + b + 2); needs O(sqrt(max(a, b)))
// terms near that point.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int kMaxTerms = 200000;
    constexpr double kEpsilon = 1e-16;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= kMaxTerms; ++m) {
        const double m2 = 2.0 * m;
        h *= lentzStep(m * (b - m) * x / ((qam + m2) * (a + m2)), c, d); // even step
        const double delta = lentzStep(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), c, d);
        h *= delta; // odd step
        if (std::fabs(delta - 1.0) < kEpsilon)
            break;
    }
    return h;
}

} // namespace

double incompleteBeta(double a, double b, double x, double y)
{
    if (!(a > 0.0) || !(b > 0.0) || std::isnan(x) || std::isnan(y))
        return kNaN;
    if (x <= 0.0)
        return 0.0;
    if (y <= 0.0)
        return 1.0;
    // log of x^a y^b / B(a, b)
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b)
                            + a * std::log(x) + b * std::log(y);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, y) / b;
}

double incompleteBeta(double a, double b, double x)
{
    return incompleteBeta(a, b, x, 1.0 - x);
}

double studentTTwoSided(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return kNaN;
    if (std::isinf(t))
        return 0.0;
    if (std::isinf(df))
        return normalTwoSided(t);
    const double t2 = t * t;
    // P(|T| >= |t|) = I_{df / (df + t^2)}(df / 2, 1 / 2); both x and 1 - x computed directly.
    return incompleteBeta(0.5 * df, 0.5, df / (df + t2), t2 / (df + t2));
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return kNaN;
    const double tail = 0.5 * studentTTwoSided(t, df);
    return t > 0.0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0 && p < 1) || !(df > 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    if (p == 0.5)
        return 0;
    // Bisection: bracket by doubling, then halve to a relative width of kRelativeWidth (a few
    // more bits than any caller shows); kMaxSteps bounds it whatever the input.
    constexpr double kLargest = 1e300;
    constexpr double kRelativeWidth = 1e-13;
    constexpr int kMaxSteps = 400;
    double low = 0, high = 1;
    while (studentTCdf(high, df) < p && high < kLargest) {
        low = high;
        high *= 2;
    }
    for (int i = 0; i < kMaxSteps && high - low > kRelativeWidth * high; ++i) {
        const double middle = 0.5 * (low + high);
        (studentTCdf(middle, df) < p ? low : high) = middle;
    }
    return 0.5 * (low + high);
}

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normalTwoSided(double z)
{
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

double fUpperTail(double f, double d1, double d2)
{
    if (std::isnan(f) || !(d1 > 0.0) || !(d2 > 0.0))
        return kNaN;
    if (f <= 0.0)
        return 1.0;
    if (std::isinf(f))
        return 0.0;
    const double denominator = d2 + d1 * f;
    return incompleteBeta(0.5 * d2, 0.5 * d1, d2 / denominator, d1 * f / denominator);
}

double digamma(double x)
{
    if (!(x > 0))
        return std::numeric_limits<double>::quiet_NaN();
    double result = 0;
    for (; x < 6; x += 1)
        result -= 1 / x;
    const double f = 1 / (x * x);
    return result + std::log(x) - 0.5 / x
           - f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f / 132))));
}

} // namespace Segmenta::Distributions
