"""statsmodels peer for dev.rotor.bench.RegimeBenchmark, and the summary of a driver session.

Run with the Debian interpreter that has statsmodels (0.13.5 here):

    /usr/bin/python3 rotor-bench/src/main/python/regime_statsmodels.py export DIR [SHARED_DATA]
        builds both input series exactly as the regime oracle does
        (rotor-core/src/test/resources/oracles/regime/markov_oracle.py, imported, not copied) and
        writes DIR/<name>.txt, one value per line at full precision (repr), for the JMH side to read
    /usr/bin/python3 rotor-bench/src/main/python/regime_statsmodels.py check DIR
        prints, per data set, n, the SHA-256 of the values and the log-likelihood of
        MarkovRegression(y, k_regimes=2, switching_variance=True).fit(), in the format of
        `java -cp rotor-bench/target/benchmarks.jar dev.rotor.bench.RegimeData DIR`
    /usr/bin/python3 rotor-bench/src/main/python/regime_statsmodels.py time DIR OUT.json [repeats]
        times the model construction and fit() per data set (1 warm-up call, then `repeats` timed
        calls, time.perf_counter) and writes {"name": [ms, ...]} to OUT.json
    /usr/bin/python3 rotor-bench/src/main/python/regime_statsmodels.py summarise DIR
        reads DIR/jmh-*.json and DIR/statsmodels-*.json of one session and prints the table

Data sets: rut_spx_weekly (529 weekly log RUT - log SPX returns) and smb_monthly (1196 monthly
Fama-French SMB returns); see the oracle's docstring for their construction.
"""
import glob
import hashlib
import importlib.util
import json
import os
import statistics
import sys
import time
import warnings

import numpy as np
from statsmodels.tsa.regime_switching.markov_regression import MarkovRegression

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "../../../../rotor-core/src/test/resources/oracles/regime/markov_oracle.py")
NAMES = ("rut_spx_weekly", "smb_monthly")


def oracle():
    spec = importlib.util.spec_from_file_location("markov_oracle", ORACLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def export(folder, root):
    o = oracle()
    series = {"rut_spx_weekly": o.rut_spx_weekly(root), "smb_monthly": o.smb_monthly(root)}
    for name in NAMES:
        with open(os.path.join(folder, name + ".txt"), "w") as f:
            for v in series[name].values:
                f.write(repr(float(v)) + "\n")


def load(folder, name):
    with open(os.path.join(folder, name + ".txt")) as f:
        return np.array([float(line) for line in f if line.strip()])


def fit(y):
    return MarkovRegression(y, k_regimes=2, switching_variance=True).fit()


def check(folder):
    for name in NAMES:
        y = load(folder, name)
        digest = hashlib.sha256(y.astype("<f8").tobytes()).hexdigest()
        print(f"{name} n {len(y)} sha256 {digest} llf {fit(y).llf:.10f}")


def timing(folder, out, repeats):
    result = {}
    for name in NAMES:
        y = load(folder, name)
        fit(y)
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fit(y)
            times.append((time.perf_counter() - t0) * 1000.0)
        result[name] = times
        print(f"statsmodels {name:15s} median {statistics.median(times):8.1f} ms/op  "
              f"{[round(t, 1) for t in times]}")
    with open(out, "w") as f:
        json.dump(result, f)


def summarise(folder, peer="statsmodels", unit="ms"):
    rounds = sorted(glob.glob(os.path.join(folder, "jmh-*.json")))
    rows = {}
    for jmh_file in rounds:
        tag = jmh_file[len(os.path.join(folder, "jmh-")):-len(".json")]
        with open(jmh_file) as f:
            for bench in json.load(f):
                key = bench["params"].get("dataset") if bench.get("params") else None
                key = key or bench["benchmark"].rsplit(".", 1)[1]
                raw = [v for fork in bench["primaryMetric"]["rawData"] for v in fork]
                rows.setdefault(key, {"rotor": [], "peer": []})["rotor"].append(statistics.median(raw))
        with open(os.path.join(folder, f"{peer}-{tag}.json")) as f:
            for key, times in json.load(f).items():
                rows.setdefault(key, {"rotor": [], "peer": []})["peer"].append(statistics.median(times))
    print(f"{len(rounds)} rounds; per round: median {unit}/op of the JMH iterations and of the {peer} calls")
    print(f"| case | Rotor {unit}/op (per round) | {peer} {unit}/op (per round) | ratio per round | "
          f"median Rotor | median {peer} | ratio of medians |")
    print("|---|---|---|---|---|---|---|")
    for key, row in rows.items():
        r, p = row["rotor"], row["peer"]
        if not r or not p:
            continue
        ratios = [b / a for a, b in zip(r, p)]
        fmt = lambda v: ", ".join(f"{t:.3g}" for t in v)
        print(f"| {key} | {fmt(r)} | {fmt(p)} | {', '.join(f'{t:.1f}x' for t in ratios)} | "
              f"{statistics.median(r):.3g} | {statistics.median(p):.3g} | "
              f"{statistics.median(p) / statistics.median(r):.1f}x |")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "export":
        export(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "/work/shared/data")
    elif command == "check":
        check(sys.argv[2])
    elif command == "time":
        timing(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 5)
    elif command == "summarise":
        summarise(sys.argv[2])
    else:
        sys.exit("usage: regime_statsmodels.py export DIR [DATA] | check DIR | time DIR OUT.json [repeats] "
                 "| summarise DIR")
