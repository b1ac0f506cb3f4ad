#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Segmenta's attribute clusters against scikit-learn's k-means on the same one-hot matrix
(docs/clusters.md, docs/performance.md "Attribute clusters").

bench_attributeclusters plants groups over five categorical attributes and age, clusters them
(k = 2 .. 10, k chosen by silhouette) and writes the encoded matrix and its labels. This script
then runs scikit-learn's KMeans (k-means++, 4 starts, fixed random_state) on that matrix for
the same k range, chooses k by silhouette_score on a 5,000-row sample, and prints one JSON
object: both k, the adjusted Rand index between the two partitions and of each against the
planted groups, and both clustering times with their ratio, all from the same run. Exits 1
when the partitions agree less than --min-ari (default 0.95).

    compare_sklearn.py --bench build/tests/benchmarks/bench_attributeclusters \
        [--customers 1000000] [--noise 0] [--groups 5] [--max-k 10]

Needs python3-sklearn (apt-get install -y python3-sklearn) and /usr/bin/python3.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, silhouette_score


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", required=True, help="path to bench_attributeclusters")
    parser.add_argument("--customers", type=int, default=1000000)
    parser.add_argument("--groups", type=int, default=5)
    parser.add_argument("--noise", type=float, default=0.0)
    parser.add_argument("--max-k", type=int, default=10)
    parser.add_argument("--min-ari", type=float, default=0.95)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        matrix_path = os.path.join(folder, "matrix.f64")
        run = subprocess.run([args.bench, "--customers", str(args.customers),
                              "--groups", str(args.groups), "--noise", str(args.noise),
                              "--write-matrix", matrix_path],
                             check=True, capture_output=True, text=True)
        segmenta = json.loads(run.stdout)
        columns = segmenta["columns"]
        x = np.fromfile(matrix_path, dtype=np.float64).reshape(-1, columns)
        ours = np.fromfile(matrix_path + ".labels", dtype=np.int32)
        truth = np.fromfile(matrix_path + ".truth", dtype=np.int32)

    start = time.perf_counter()
    rng = np.random.RandomState(0)
    sample = rng.choice(len(x), size=min(5000, len(x)), replace=False)
    best = None
    silhouettes = []
    for k in range(2, args.max_k + 1):
        model = KMeans(n_clusters=k, n_init=4, random_state=0).fit(x)
        width = float(silhouette_score(x[sample], model.labels_[sample]))
        silhouettes.append({"k": k, "silhouette": width})
        if best is None or width > best[0]:
            best = (width, k, model.labels_)
    sklearn_seconds = time.perf_counter() - start

    agreement = float(adjusted_rand_score(best[2], ours))
    out = {
        "customers": int(len(x)),
        "columns": int(columns),
        "noise": args.noise,
        "segmenta_k": segmenta["k"],
        "sklearn_k": best[1],
        "ari_segmenta_vs_sklearn": agreement,
        "ari_segmenta_vs_planted": float(adjusted_rand_score(truth, ours)),
        "ari_sklearn_vs_planted": float(adjusted_rand_score(truth, best[2])),
        "segmenta_seconds": segmenta["cluster_seconds"],
        "sklearn_seconds": sklearn_seconds,
        "sklearn_over_segmenta": sklearn_seconds / segmenta["cluster_seconds"],
        "sklearn_silhouette_by_k": silhouettes,
    }
    print(json.dumps(out, indent=2))
    return 0 if agreement >= args.min_ari else 1


if __name__ == "__main__":
    sys.exit(main())
