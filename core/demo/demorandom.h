// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <random>

// Internals of DemoGenerator (demogenerator.h), shared by its parts.
namespace Segmenta::Demo {

inline constexpr double kTwoPi = 6.283185307179586;

// Random numbers. The distributions are our own: std::gamma_distribution & co. differ between
// standard libraries, and the same seed must give the same files with every compiler.

inline quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    quint32 below(quint32 n) { return std::min(quint32(uniform() * n), n - 1); }
    bool chance(double p) { return uniform() < p; }
    double exponential() { return -std::log1p(-uniform()); }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * uniform());
    }
    // Marsaglia & Tsang, scale 1.
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(1.0 - uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x
                || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }
    template<size_t N>
    int pick(const std::array<double, N> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < N; ++i) {
            x -= weights[i];
            if (x < 0)
                return int(i);
        }
        return int(N - 1);
    }
    // cumulative: increasing partial sums.
    int pickCumulative(const double *cumulative, int n)
    {
        const double x = uniform() * cumulative[n - 1];
        return std::min(int(std::upper_bound(cumulative, cumulative + n, x) - cumulative), n - 1);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace Segmenta::Demo
