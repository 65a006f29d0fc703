"""pandas peer for dev.rotor.bench.RollingBenchmark, and the summary of a driver session.

Run with the Debian interpreter that has pandas (1.5.3 here):

    /usr/bin/python3 rotor-bench/src/main/python/rolling_pandas.py check [n] [window]
        prints the SHA-256 of the generated data and the sum of each pandas output, in the same
        format as `java -cp rotor-bench/target/benchmarks.jar dev.rotor.bench.BenchData n window`
    /usr/bin/python3 rotor-bench/src/main/python/rolling_pandas.py time OUT.json [repeats]
        times each pandas operation (1 warm-up call, then `repeats` timed calls) and writes
        {"op": [ms, ...]} to OUT.json
    /usr/bin/python3 rotor-bench/src/main/python/rolling_pandas.py summarise DIR
        reads DIR/jmh-*.json and DIR/pandas-*.json of one session and prints the table

The data is generated exactly as dev.rotor.bench.BenchData does (SplitMix64, see its javadoc), so
both sides time the same 10 million pairs with the same window (63) and EWMA span (20).
"""
import glob
import hashlib
import json
import os
import statistics
import sys
import time

import numpy as np
import pandas as pd

SEED = 20240601
GAMMA = 0x9E3779B97F4A7C15
N = 10_000_000
WINDOW = 63
SPAN = 20
CHUNK = 1_000_000
OPS = ("mean", "std", "beta", "correlation", "ewmaStd")


def uniforms(start, count):
    """Uniforms j = start .. start + count - 1 of the SplitMix64 stream."""
    with np.errstate(over="ignore"):
        j = np.arange(start + 1, start + count + 1, dtype=np.uint64)
        z = np.uint64(SEED) + j * np.uint64(GAMMA)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0**-53


def pair(n):
    x = np.empty(n)
    y = np.empty(n)
    for lo in range(0, n, CHUNK):
        hi = min(n, lo + CHUNK)
        u = uniforms(4 * lo, 4 * (hi - lo)).reshape(-1, 4)
        xs = 0.02 * ((u[:, 0] + u[:, 1]) - 1.0)
        x[lo:hi] = xs
        y[lo:hi] = 1.2 * xs + 0.01 * ((u[:, 2] + u[:, 3]) - 1.0)
    return pd.Series(x), pd.Series(y)


def operations(x, y, window):
    return {
        "mean": lambda: x.rolling(window).mean(),
        "std": lambda: x.rolling(window).std(),
        "beta": lambda: y.rolling(window).cov(x) / x.rolling(window).var(),
        "correlation": lambda: x.rolling(window).corr(y),
        "ewmaStd": lambda: x.ewm(span=SPAN, adjust=False).std(),
    }


def check(n, window):
    x, y = pair(n)
    print("sha256 x " + hashlib.sha256(x.values.astype("<f8").tobytes()).hexdigest())
    print("sha256 y " + hashlib.sha256(y.values.astype("<f8").tobytes()).hexdigest())
    for op, f in operations(x, y, window).items():
        print(f"sum {op} {np.nansum(f().values):.12e}")


def timing(out, repeats):
    x, y = pair(N)
    result = {}
    for op, f in operations(x, y, WINDOW).items():
        f()
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            f()
            times.append((time.perf_counter() - t0) * 1000.0)
        result[op] = times
        print(f"pandas {op:12s} median {statistics.median(times):8.1f} ms/op  {[round(t, 1) for t in times]}")
    with open(out, "w") as f:
        json.dump(result, f)


def summarise(folder):
    rounds = sorted(glob.glob(os.path.join(folder, "jmh-*.json")))
    rows = {op: {"rotor": [], "pandas": []} for op in OPS}
    for jmh_file in rounds:
        tag = jmh_file[len(os.path.join(folder, "jmh-")):-len(".json")]
        with open(jmh_file) as f:
            for bench in json.load(f):
                op = bench["benchmark"].rsplit(".", 1)[1]
                raw = [v for fork in bench["primaryMetric"]["rawData"] for v in fork]
                rows[op]["rotor"].append(statistics.median(raw))
        with open(os.path.join(folder, f"pandas-{tag}.json")) as f:
            for op, times in json.load(f).items():
                rows[op]["pandas"].append(statistics.median(times))
    print(f"{len(rounds)} rounds; per round: median ms/op of the JMH iterations and of the pandas calls")
    print("| operation | Rotor ms/op (per round) | pandas ms/op (per round) | ratio per round | median Rotor | median pandas | ratio of medians |")
    print("|---|---|---|---|---|---|---|")
    for op in OPS:
        r, p = rows[op]["rotor"], rows[op]["pandas"]
        if not r or not p:
            continue
        ratios = [b / a for a, b in zip(r, p)]
        fmt = lambda v: ", ".join(f"{t:.1f}" for t in v)
        print(f"| {op} | {fmt(r)} | {fmt(p)} | {', '.join(f'{t:.1f}x' for t in ratios)} | "
              f"{statistics.median(r):.1f} | {statistics.median(p):.1f} | "
              f"{statistics.median(p) / statistics.median(r):.1f}x |")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "check":
        check(int(sys.argv[2]) if len(sys.argv) > 2 else N, int(sys.argv[3]) if len(sys.argv) > 3 else WINDOW)
    elif command == "time":
        timing(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    elif command == "summarise":
        summarise(sys.argv[2])
    else:
        sys.exit("usage: rolling_pandas.py check [n] [window] | time OUT.json [repeats] | summarise DIR")
