// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/distributions.h"

#include <array>
#include <cmath>

namespace Segmenta {

// Forward-mode automatic differentiation: a value and its N partial derivatives, carried through
// arithmetic by the chain rule. The lifetime models whose likelihood contains a hypergeometric
// series (Pareto/NBD) get exact gradients this way instead of hand-derived parameter derivatives
// of 2F1; the result is checked against finite differences in tst_clvmodels.
template<int N>
struct DualNumber
{
    double v = 0;
    std::array<double, N> d{};

    DualNumber() = default;
    DualNumber(double value) : v(value) {} // NOLINT: constants mix freely with duals

    // The i-th of the N independent variables, at `value`.
    static DualNumber variable(double value, int i)
    {
        DualNumber x(value);
        x.d[size_t(i)] = 1;
        return x;
    }

    DualNumber &operator+=(const DualNumber &o)
    {
        v += o.v;
        for (int i = 0; i < N; ++i)
            d[size_t(i)] += o.d[size_t(i)];
        return *this;
    }
    DualNumber &operator-=(const DualNumber &o)
    {
        v -= o.v;
        for (int i = 0; i < N; ++i)
            d[size_t(i)] -= o.d[size_t(i)];
        return *this;
    }
    DualNumber &operator*=(const DualNumber &o)
    {
        for (int i = 0; i < N; ++i)
            d[size_t(i)] = d[size_t(i)] * o.v + v * o.d[size_t(i)];
        v *= o.v;
        return *this;
    }
    DualNumber &operator/=(const DualNumber &o)
    {
        const double inv = 1 / o.v;
        v *= inv;
        for (int i = 0; i < N; ++i)
            d[size_t(i)] = (d[size_t(i)] - v * o.d[size_t(i)]) * inv;
        return *this;
    }
    // Applies f(v) with derivative f'(v).
    DualNumber chain(double value, double derivative) const
    {
        DualNumber r(value);
        for (int i = 0; i < N; ++i)
            r.d[size_t(i)] = derivative * d[size_t(i)];
        return r;
    }
};

template<int N> DualNumber<N> operator+(DualNumber<N> a, const DualNumber<N> &b) { return a += b; }
template<int N> DualNumber<N> operator-(DualNumber<N> a, const DualNumber<N> &b) { return a -= b; }
template<int N> DualNumber<N> operator*(DualNumber<N> a, const DualNumber<N> &b) { return a *= b; }
template<int N> DualNumber<N> operator/(DualNumber<N> a, const DualNumber<N> &b) { return a /= b; }
template<int N> DualNumber<N> operator+(DualNumber<N> a, double b) { a.v += b; return a; }
template<int N> DualNumber<N> operator-(DualNumber<N> a, double b) { a.v -= b; return a; }
template<int N> DualNumber<N> operator+(double a, const DualNumber<N> &b) { return b + a; }
template<int N> DualNumber<N> operator-(double a, const DualNumber<N> &b) { return DualNumber<N>(a) -= b; }
template<int N> DualNumber<N> operator*(DualNumber<N> a, double b) { return a.chain(a.v * b, b); }
template<int N> DualNumber<N> operator*(double a, const DualNumber<N> &b) { return b * a; }
template<int N> DualNumber<N> operator/(DualNumber<N> a, double b) { return a * (1 / b); }
template<int N> DualNumber<N> operator/(double a, const DualNumber<N> &b) { return DualNumber<N>(a) /= b; }
template<int N> DualNumber<N> operator-(const DualNumber<N> &a) { return a.chain(-a.v, -1); }

template<int N> DualNumber<N> log(const DualNumber<N> &a) { return a.chain(std::log(a.v), 1 / a.v); }
template<int N> DualNumber<N> log1p(const DualNumber<N> &a) { return a.chain(std::log1p(a.v), 1 / (1 + a.v)); }
template<int N> DualNumber<N> exp(const DualNumber<N> &a)
{
    const double e = std::exp(a.v);
    return a.chain(e, e);
}
template<int N> DualNumber<N> lgamma(const DualNumber<N> &a)
{
    return a.chain(std::lgamma(a.v), Distributions::digamma(a.v));
}

// ln(e^a + e^b) without overflow.
template<int N> DualNumber<N> logAddExp(const DualNumber<N> &a, const DualNumber<N> &b)
{
    const DualNumber<N> &hi = a.v >= b.v ? a : b;
    const DualNumber<N> &lo = a.v >= b.v ? b : a;
    return hi + log1p(exp(lo - hi));
}

// ln(e^a - e^b) for a >= b.
template<int N> DualNumber<N> logSubExp(const DualNumber<N> &a, const DualNumber<N> &b)
{
    const DualNumber<N> e = exp(b - a);
    return a + log1p(-e);
}

} // namespace Segmenta
