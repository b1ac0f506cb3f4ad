#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a user would otherwise do: pandas read_csv of the same two files bench_import reads.

    apt-get install python3-pandas
    /usr/bin/python3 tests/benchmarks/compare_pandas.py FOLDER   (FOLDER from bench_import --folder)

Prints seconds and peak memory (MB), as JSON.
"""
import json
import os
import resource
import sys
import time

import pandas as pd

folder = sys.argv[1] if len(sys.argv) > 1 else "."
start = time.perf_counter()
customers = pd.read_csv(os.path.join(folder, "customers.csv"), encoding="utf-8-sig")
orders = pd.read_csv(os.path.join(folder, "orders.csv"), encoding="utf-8-sig",
                     parse_dates=["order_date"])
seconds = time.perf_counter() - start
print(json.dumps({
    "pandas": pd.__version__,
    "customers": len(customers),
    "transactions": len(orders),
    "read_csv_s": round(seconds, 2),
    "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}, indent=2))
