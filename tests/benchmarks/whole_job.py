#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole job a user runs, timed end to end against the tools an analyst would use instead
(docs/performance.md, "Whole job"): import the customers and the order lines, one segment per
value tier, one CSV call list per segment. Segmenta runs it as three segmenta-cli commands;
DuckDB (peer_duckdb.js) and pandas (peer_pandas.py) run the same job on the same files, in the
same run, alternating, so a busy machine slows all three alike.

    apt-get install -y python3-pandas nodejs npm
    (mkdir -p build/duckdb && cd build/duckdb && npm i @duckdb/node-api)
    /usr/bin/python3 tests/benchmarks/whole_job.py --cli build/app/segmenta-cli \\
        --node-modules build/duckdb/node_modules --customers 200000 --customers 1000000

The data comes from `segmenta-cli demo --english-headers` (customers.csv, orders.csv), made
once per size under --folder. Prints, per size and tool, the median wall seconds, the peak
memory of the largest process, and Segmenta's ratios; --skip names tools to leave out.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIERS = ["platinum", "gold", "iron", "lead"]


def run(argv, env=None):
    """Runs one command; returns (wall seconds, peak resident MB of that process)."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (proc.returncode, " ".join(argv), proc.stderr.read().decode()))
    proc.stderr.close()
    return wall, usage.ru_maxrss / 1024


def make_data(cli, folder, customers):
    data = os.path.join(folder, "data-%d" % customers)
    if not os.path.exists(os.path.join(data, "orders.csv")):
        subprocess.run([cli, "demo", "-o", data, "--customers", str(customers), "--english-headers"],
                       check=True, stdout=subprocess.DEVNULL)
    rules = os.path.join(folder, "tiers.json")
    with open(rules, "w", encoding="utf-8") as f:
        json.dump({"version": 1, "segments": [{"name": t.capitalize(), "rule": 'tier = "%s"' % t}
                                              for t in TIERS]}, f)
    return data, rules


def segmenta(cli, data, rules, out):
    """import -> segments --rules -> export --format csv: three processes, one after another."""
    project = os.path.join(out, "job.segmenta")
    steps = [[cli, "import", "--customers", os.path.join(data, "customers.csv"),
              "--transactions", os.path.join(data, "orders.csv"), "-o", project, "--force"],
             [cli, "segments", project, "--rules", rules],
             [cli, "export", project, "--format", "csv", "--out", os.path.join(out, "lists")]]
    walls, peaks = zip(*(run(s) for s in steps))
    return sum(walls), max(peaks), walls


def duckdb(node_modules, data, out):
    env = dict(os.environ, NODE_PATH=node_modules)
    wall, peak = run(["node", os.path.join(HERE, "peer_duckdb.js"), os.path.join(data, "customers.csv"),
                      os.path.join(data, "orders.csv"), out], env)
    return wall, peak, ()


def pandas(data, out):
    wall, peak = run(["/usr/bin/python3", os.path.join(HERE, "peer_pandas.py"),
                      os.path.join(data, "customers.csv"), os.path.join(data, "orders.csv"), out])
    return wall, peak, ()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cli", required=True, help="segmenta-cli")
    p.add_argument("--node-modules", default="", help="a node_modules holding @duckdb/node-api")
    p.add_argument("--customers", type=int, action="append", help="sizes (repeatable; default 200000)")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--folder", default="/tmp/segmenta-whole-job")
    p.add_argument("--skip", default="", help="comma-separated: duckdb, pandas")
    a = p.parse_args()
    skip = set(filter(None, a.skip.split(",")))
    if not a.node_modules:
        skip.add("duckdb")
    cli = os.path.abspath(a.cli)
    for n in a.customers or [200000]:
        data, rules = make_data(cli, a.folder, n)
        tools = {"segmenta": lambda out: segmenta(cli, data, rules, out),
                 "duckdb": lambda out: duckdb(a.node_modules, data, out),
                 "pandas": lambda out: pandas(data, out)}
        tools = {k: v for k, v in tools.items() if k not in skip}
        results = {k: [] for k in tools}
        for r in range(a.runs):
            for name, job in tools.items():  # alternating: S D P S D P ...
                out = os.path.join(a.folder, "out-%s" % name)
                shutil.rmtree(out, ignore_errors=True)
                os.makedirs(out)
                results[name].append(job(out))
        print("%d customers, %d runs each, alternating (median wall s, peak MB of the largest process)"
              % (n, a.runs))
        seg = statistics.median(w for w, _, _ in results["segmenta"])
        for name, rows in results.items():
            wall = statistics.median(w for w, _, _ in rows)
            peak = max(m for _, m, _ in rows)
            line = "  %-9s %7.2f s  %6.0f MB" % (name, wall, peak)
            if name == "segmenta":
                steps = [statistics.median(s[i] for _, _, s in rows) for i in range(3)]
                line += "  (import %.2f, segments %.2f, export %.2f)" % tuple(steps)
            else:
                line += "  Segmenta is %.2fx faster" % (wall / seg)
            print(line, flush=True)


if __name__ == "__main__":
    main()
