#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The yardstick of bench_clvmodels: the same purchase model likelihoods fitted with scipy
# (L-BFGS-B over the log-parameters, gradients by scipy's finite differences, as the Python
# "lifetimes" package does), on the same grouped (x, t_x, T, count) CSV.
#
#   clvmodels_scipy.py --fit bgnbd|paretonbd|mbgnbd --read FILE
import argparse
import json
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1


def bgnbd(p, x, tx, T):
    r, alpha, a, b = p
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300))
                  - (r + x) * np.log(alpha + tx), -np.inf)
    return a1 + a2 + np.logaddexp(a3, a4)


def mbgnbd(p, x, tx, T):
    r, alpha, a, b = p
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x + 1) - gammaln(b) - gammaln(a + b + x + 1)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.log(a) - np.log(b + x) - (r + x) * np.log(alpha + tx)
    return a1 + a2 + np.logaddexp(a3, a4)


def paretonbd(p, x, tx, T):
    r, alpha, s, beta = p
    m, bb = (alpha, s + 1) if alpha >= beta else (beta, r + x)
    d = abs(alpha - beta)
    rsx = r + s + x
    f1 = np.log(hyp2f1(rsx, bb, rsx + 1, d / (m + tx))) - rsx * np.log(m + tx)
    f2 = np.log(hyp2f1(rsx, bb, rsx + 1, d / (m + T))) - rsx * np.log(m + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a0 = f1 + np.log1p(-np.exp(f2 - f1))
    v = np.log(s / rsx) + a0
    u = -(r + x) * np.log(alpha + T) - s * np.log(beta + T)
    common = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta)
    return common + np.logaddexp(u, np.where(np.isfinite(v), v, -np.inf))


MODELS = {"bgnbd": bgnbd, "paretonbd": paretonbd, "mbgnbd": mbgnbd}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fit", required=True, choices=MODELS)
    parser.add_argument("--read", required=True)
    args = parser.parse_args()
    data = np.loadtxt(args.read, delimiter=",", skiprows=1, ndmin=2)
    x, tx, T, count = data[:, 0], data[:, 1], data[:, 2], data[:, 3]
    n = count.sum()
    ll = MODELS[args.fit]

    def objective(theta):
        value = -(count * ll(np.exp(theta), x, tx, T)).sum() / n
        return value if np.isfinite(value) else 1e100

    start = time.perf_counter()
    best = minimize(objective, np.zeros(4), method="L-BFGS-B")
    print(json.dumps({"model": args.fit, "customers": int(n), "groups": len(x),
                      "converged": bool(best.success), "loglik": -best.fun * n,
                      "parameters": np.exp(best.x).tolist(),
                      "fitSeconds": time.perf_counter() - start}))


if __name__ == "__main__":
    main()
