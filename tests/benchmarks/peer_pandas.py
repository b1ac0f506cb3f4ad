#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole segmentation job in pandas, as peer_duckdb.js does it in SQL: read both CSVs, RFM
quintiles, 80/20 share, 1/4/15/80 value tiers, one call-list CSV per tier, best customers first.
A yardstick for whole_job.py (same files, same run).

    apt-get install python3-pandas
    /usr/bin/python3 tests/benchmarks/peer_pandas.py CUSTOMERS.csv ORDERS.csv OUTDIR [AS_OF]
"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd

customers_csv, orders_csv, out = sys.argv[1:4]
start = time.perf_counter()
orders = pd.read_csv(orders_csv, encoding="utf-8-sig", parse_dates=["order_date"])
customers = pd.read_csv(customers_csv, encoding="utf-8-sig")
read = time.perf_counter()
end = pd.Timestamp(sys.argv[4]) if len(sys.argv) > 4 else orders["order_date"].max() + pd.Timedelta(days=1)
s = orders.groupby("customer_id").agg(last=("order_date", "max"), frequency=("order_id", "nunique"),
                                      monetary=("amount", "sum"))
s["recency"] = (end - s.pop("last")).dt.days
n = len(s)


def ntile(values, ascending=True):
    ranks = values.rank(method="first", ascending=ascending)
    return np.ceil(ranks * 5 / n).astype(int)


s["r_score"] = ntile(s["recency"], ascending=False)
s["f_score"] = ntile(s["frequency"])
s["m_score"] = ntile(s["monetary"])
s["rank_share"] = s["monetary"].rank(method="first", ascending=False) / n
s["tier"] = np.select([s["rank_share"] <= 0.01, s["rank_share"] <= 0.05, s["rank_share"] <= 0.20],
                      ["platinum", "gold", "iron"], "lead")
top20 = s.loc[s["rank_share"] <= 0.2, "monetary"].sum() / s["monetary"].sum()
joined = customers.merge(s.reset_index(), on="customer_id")
os.makedirs(out, exist_ok=True)
for tier in ["platinum", "gold", "iron", "lead"]:
    joined[joined["tier"] == tier].sort_values("monetary", ascending=False).to_csv(
        os.path.join(out, tier + ".csv"), index=False)
done = time.perf_counter()
print(json.dumps({"top20_share": float(top20), "seconds_read": round(read - start, 3),
                  "seconds": round(done - start, 3)}))
