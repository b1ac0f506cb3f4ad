// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Segmenta::Distributions {

// Regularised incomplete beta function I_x(a, b) for a, b > 0 and x in [0, 1], by the continued
// fraction of Numerical Recipes (modified Lentz), using I_x(a, b) = 1 - I_{1-x}(b, a) where the
// fraction converges faster. Relative accuracy about 1e-14 in the tail that is computed directly.
double incompleteBeta(double a, double b, double x);
// The same with y = 1 - x given exactly (so that neither x nor 1 - x loses digits).
double incompleteBeta(double a, double b, double x, double y);

// Student's t with df degrees of freedom: P(T <= t), and P(|T| >= |t|).
double studentTCdf(double t, double df);
double studentTTwoSided(double t, double df);
// The t with P(T <= t) = p, for 0 < p < 1 (NaN otherwise): the critical value of a confidence
// interval, e.g. studentTQuantile(0.975, df) for 95 %. Bisection on studentTCdf to about
// 1e-12 relative.
double studentTQuantile(double p, double df);

// Standard normal: P(Z <= z), and P(|Z| >= |z|).
double normalCdf(double z);
double normalTwoSided(double z);

// F with (d1, d2) degrees of freedom: P(F >= f).
double fUpperTail(double f, double d1, double d2);

// ψ(x) = d/dx ln Γ(x) for x > 0 (NaN otherwise): recurrence to x >= 6, then the asymptotic
// series; used by the gradients of the BG/NBD and Gamma-Gamma likelihoods.
double digamma(double x);

} // namespace Segmenta::Distributions
