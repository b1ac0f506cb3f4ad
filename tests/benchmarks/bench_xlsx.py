#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""XLSX import against pandas read_excel (openpyxl) on the same workbook, in the same run,
taking turns: segmenta-cli import (the whole import into a project), bench_xlsx (the reader
alone, fast path and QXmlStreamReader path) and pandas. Prints one line per command: median wall
seconds, data rows per second and peak memory (MB), and the ratios to pandas.

    apt-get install python3-pandas python3-openpyxl
    /usr/bin/python3 tests/benchmarks/bench_xlsx.py BUILD_DIR BOOK.xlsx [--runs N]
    /usr/bin/python3 tests/benchmarks/bench_xlsx.py --make-workbook ORDERS.csv[.gz] BOOK.xlsx \
        [--engine openpyxl|xlsxwriter]

--make-workbook writes a CSV as a workbook the way an analyst's script would (pandas to_excel),
so that the sheet is written by another program than Segmenta: openpyxl writes text as inline
strings, xlsxwriter (apt-get install python3-xlsxwriter) as shared strings, as Excel does.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

PANDAS = ("import sys, pandas as pd; "
          "print(len(pd.read_excel(sys.argv[1], engine='openpyxl')))")


def run(command):
    """Wall seconds, peak resident MB (the kernel's accounting of the finished child) and the
    standard output of one run of command."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({child.returncode})")
        out.seek(0)
        return seconds, usage.ru_maxrss / 1024, out.read().decode()


def make_workbook(csv, book, engine):
    import pandas as pd
    orders = pd.read_csv(csv, dtype=str)
    for column in orders.columns:
        numbers = pd.to_numeric(orders[column], errors="coerce")
        if numbers.notna().sum() == orders[column].notna().sum():  # blanks stay blank
            orders[column] = numbers
        elif "date" in column.lower():
            orders[column] = pd.to_datetime(orders[column])
    orders.to_excel(book, index=False, engine=engine)
    print(f"{book}: {len(orders)} rows, {len(orders.columns)} columns")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?")
    parser.add_argument("book")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--make-workbook", metavar="CSV")
    parser.add_argument("--engine", default="openpyxl")
    args = parser.parse_args()
    if args.make_workbook:
        make_workbook(args.make_workbook, args.book, args.engine)
        return
    cli = os.path.join(args.build, "app", "segmenta-cli")
    reader = os.path.join(args.build, "tests", "benchmarks", "bench_xlsx")
    project = os.path.join(tempfile.mkdtemp(), "bench.segmenta")
    commands = {
        "segmenta-cli import": [cli, "import", "--transactions", args.book, "-o", project],
        "XlsxReader, fast path": [reader, args.book],
        "XlsxReader, QXmlStreamReader path": [reader, args.book, "--xml-reader"],
        "pandas read_excel (openpyxl)": ["/usr/bin/python3", "-c", PANDAS, args.book],
    }
    rows = json.loads(run(commands["XlsxReader, fast path"])[2])["rows"] - 1  # less the header
    seconds = {name: [] for name in commands}
    peaks = {name: [] for name in commands}
    for _ in range(args.runs):  # taking turns, so that a slower spell of the machine hits all
        for name, command in commands.items():
            wall, peak, _ = run(command)
            seconds[name].append(wall)
            peaks[name].append(peak)
    pandas = statistics.median(seconds["pandas read_excel (openpyxl)"])
    print(f"{rows} data rows, {args.runs} runs each, medians")
    print(f"{'command':36} {'wall s':>8} {'rows/s':>10} {'peak MB':>8} {'vs pandas':>10}")
    for name in commands:
        wall = statistics.median(seconds[name])
        print(f"{name:36} {wall:8.2f} {rows / wall:10.0f} {statistics.median(peaks[name]):8.0f}"
              f" {pandas / wall:9.1f}x")


if __name__ == "__main__":
    main()
