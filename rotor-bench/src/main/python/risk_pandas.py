"""numpy/pandas/scipy peer for dev.rotor.bench.RiskBenchmark, and the summary of a driver session.

Run with the Debian interpreter (numpy 1.24.2, pandas 1.5.3, scipy 1.10.1 here):

    /usr/bin/python3 rotor-bench/src/main/python/risk_pandas.py check
        prints every figure of the peer, in the format of
        `java -cp rotor-bench/target/benchmarks.jar dev.rotor.bench.RiskData`, after checking that
        the peer agrees with the risk oracle's own figures() (rotor-core/src/test/resources/oracles/
        risk/risk_oracle.py, imported) on the same data
    /usr/bin/python3 rotor-bench/src/main/python/risk_pandas.py time OUT.json [repeats]
        times report() (1 warm-up call, then `repeats` timed calls, time.perf_counter) and writes
        {"report": [ms, ...]} to OUT.json
    /usr/bin/python3 rotor-bench/src/main/python/risk_pandas.py summarise DIR
        reads DIR/jmh-*.json and DIR/pandas-*.json of one session and prints the table

The data is generated exactly as dev.rotor.bench.RiskData does (SplitMix64, see its javadoc):
25,200 daily returns, a benchmark, OHLC bars, a constant 2% risk-free rate.

report() computes the same set as RiskReport.compute with the oracle's formulas (pandas std, skew,
kurt, ewm; numpy quantile R-7, cov, corrcoef; scipy.stats skew/kurtosis/norm), with two changes
that only make the peer faster: the Cornish-Fisher expected shortfall uses the closed form of the
integral the oracle evaluates with scipy.integrate.quad (check mode verifies they agree), and the
drawdown episode table is vectorised (numpy run boundaries, pandas groupby idxmin) instead of the
oracle's Python loop.
"""
import glob
import importlib.util
import json
import math
import os
import statistics
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

SEED = 19260104
GAMMA = 0x9E3779B97F4A7C15
N = 100 * 252
PPY = 252
RISK_FREE = 0.02
LAMBDA = 0.94
HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "../../../../rotor-core/src/test/resources/oracles/risk/risk_oracle.py")


def uniforms(count):
    with np.errstate(over="ignore"):
        j = np.arange(1, count + 1, dtype=np.uint64)
        z = np.uint64(SEED) + j * np.uint64(GAMMA)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0**-53


def generate(n=N):
    u = uniforms(9 * n).reshape(-1, 9)
    b = 0.0004 + 0.012 * ((u[:, 0] + u[:, 1] + u[:, 2]) - 1.5) * (0.5 + u[:, 3])
    r = 1.1 * b + 0.006 * ((u[:, 4] + u[:, 5]) - 1.0)
    close = np.cumprod(np.concatenate([[100.0], 1 + r]))  # sequential, as the Java loop
    prev = close[:-1]
    o = prev * (1 + 0.004 * (u[:, 6] - 0.5))
    h = np.maximum(o, close[1:]) * (1 + 0.006 * u[:, 7])
    lo = np.minimum(o, close[1:]) * (1 - 0.006 * u[:, 8])
    ohlc = pd.DataFrame({"open": o, "high": h, "low": lo, "close": close[1:]})
    return r, b, ohlc, close[0]


def cf_z(z, s, k):
    return z + (z * z - 1) * s / 6 + (z ** 3 - 3 * z) * k / 24 - (2 * z ** 3 - 5 * z) * s * s / 36


def cf_integral(z, s, k):
    """Closed form of the integral of cf_z(x) phi(x) from -inf to z."""
    return stats.norm.pdf(z) * (-1 - z * s / 6 - (z * z - 1) * k / 24 - (1 - 2 * z * z) * s * s / 36)


def drawdown_table(wealth):
    """Episodes (peak, trough, recovery or -1, depth) by run boundaries of wealth < running peak."""
    under = wealth < np.maximum.accumulate(wealth)
    d = np.diff(np.concatenate([[0], under.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    idx = np.flatnonzero(under)
    ep = np.repeat(np.arange(len(starts)), ends - starts)
    trough = idx[pd.Series(wealth[idx]).groupby(ep).idxmin().values]
    peak = starts - 1
    recovery = np.where(ends < len(wealth), ends, -1)
    table = pd.DataFrame({"peak": peak, "trough": trough, "recovery": recovery,
                          "depth": wealth[trough] / wealth[peak] - 1.0,
                          "periods_to_trough": trough - peak,
                          "periods_to_recovery": np.where(recovery >= 0, recovery, len(wealth) - 1) - peak})
    return table.sort_values(["depth", "trough"], kind="stable")


def report(r, b, ohlc, prev_close, ppy=PPY):
    """Every figure of RiskReport.compute (the oracle's formulas), and the drawdown table."""
    n = len(r)
    rf = np.full(n, (1 + RISK_FREE) ** (1 / ppy) - 1)
    ex = r - rf
    f = {}
    wealth = np.concatenate([[1.0], np.cumprod(1 + r)])
    total = wealth[-1] / wealth[0] - 1
    f["total_return"] = total
    f["cagr"] = (1 + total) ** (ppy / n) - 1
    sr = pd.Series(r)
    sd = sr.std()
    f["volatility"] = sd * math.sqrt(ppy)
    f["volatility_ewma"] = math.sqrt((sr ** 2).ewm(alpha=1 - LAMBDA, adjust=True).mean().iloc[-1] * ppy)
    o, h, l, c = (ohlc[k].values for k in ("open", "high", "low", "close"))
    hl = np.log(h / l)
    f["volatility_parkinson"] = math.sqrt(np.mean(hl ** 2) / (4 * math.log(2)) * ppy)
    f["volatility_garman_klass"] = math.sqrt(
        np.mean(0.5 * hl ** 2 - (2 * math.log(2) - 1) * np.log(c / o) ** 2) * ppy)
    prev = np.concatenate([[prev_close], c[:-1]])
    on, oc = np.log(o / prev), np.log(c / o)
    rs = np.log(h / c) * np.log(h / o) + np.log(l / c) * np.log(l / o)
    m = len(on)
    k = 0.34 / (1.34 + (m + 1) / (m - 1))
    f["volatility_yang_zhang"] = math.sqrt((np.var(on, ddof=1) + k * np.var(oc, ddof=1) + (1 - k) * np.mean(rs)) * ppy)
    dd = np.minimum(ex, 0.0)
    f["downside_deviation"] = math.sqrt(np.mean(dd ** 2)) * math.sqrt(ppy)
    exs = pd.Series(ex)
    f["sharpe"] = exs.mean() / exs.std() * math.sqrt(ppy)
    f["sortino"] = exs.mean() * math.sqrt(ppy) / math.sqrt(np.mean(dd ** 2))
    w = pd.Series(wealth)
    ddpath = w / w.cummax() - 1
    f["max_drawdown"] = ddpath.min()
    f["calmar"] = f["cagr"] / abs(f["max_drawdown"])
    f["omega"] = np.sum(np.maximum(ex, 0)) / np.sum(np.maximum(-ex, 0))
    f["current_drawdown"] = ddpath.iloc[-1]
    mu = r.mean()
    g1, g2 = stats.skew(r), stats.kurtosis(r)
    for level in (95, 99):
        a = 1 - level / 100
        q = np.quantile(r, a)
        z = stats.norm.ppf(a)
        f[f"var_{level}_historical"] = q
        f[f"var_{level}_gaussian"] = mu + z * sd
        f[f"var_{level}_cornish_fisher"] = mu + cf_z(z, g1, g2) * sd
        f[f"cvar_{level}_historical"] = r[r <= q].mean()
        f[f"cvar_{level}_gaussian"] = mu - sd * stats.norm.pdf(z) / a
        f[f"cvar_{level}_cornish_fisher"] = mu + sd * cf_integral(z, g1, g2) / a
    f["tail_ratio"] = abs(np.quantile(r, 0.95)) / abs(np.quantile(r, 0.05))
    f["skewness"] = sr.skew()
    f["excess_kurtosis"] = sr.kurt()
    f["benchmark_periods"] = len(b)
    f["beta"] = np.cov(r, b)[0, 1] / np.var(b, ddof=1)
    f["correlation"] = np.corrcoef(r, b)[0, 1]
    up, down = b > 0, b < 0
    ann = lambda x: np.prod(1 + x) ** (ppy / len(x)) - 1
    f["up_capture"] = ann(r[up]) / ann(b[up])
    f["down_capture"] = ann(r[down]) / ann(b[down])
    return f, drawdown_table(wealth)


def check():
    r, b, ohlc, prev_close = generate()
    f, table = report(r, b, ohlc, prev_close)
    spec = importlib.util.spec_from_file_location("risk_oracle", ORACLE)
    oracle = importlib.util.module_from_spec(spec)
    argv, sys.argv = sys.argv, sys.argv[:1]
    spec.loader.exec_module(oracle)
    sys.argv = argv
    rf = np.full(len(r), (1 + RISK_FREE) ** (1 / PPY) - 1)
    ref = oracle.figures(r, PPY, rf, bench=b, ohlc=ohlc, ohlc_prev_close=prev_close)
    worst = max(abs(f[k] - v) / (abs(v) if v else 1.0) for k, v in ref.items())
    assert worst < 1e-9, f"peer differs from the oracle's figures(): {worst}"
    episodes = oracle.drawdown_table(list(range(len(r) + 1)), np.concatenate([[1.0], np.cumprod(1 + r)]))
    assert len(episodes) == len(table) and all(
        e["trough"] == t for e, t in zip(episodes, table.trough)), "drawdown table differs from the oracle's"
    for k, v in f.items():
        print(f"{k} {float(v):.15e}")
    print(f"drawdown_episodes {len(table)}")
    print(f"last_close {ohlc.close.values[-1]:.15e}")
    print(f"# peer = oracle figures() within {worst:.1e} (relative), same {len(table)} drawdown episodes",
          file=sys.stderr)


def timing(out, repeats):
    r, b, ohlc, prev_close = generate()
    report(r, b, ohlc, prev_close)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        report(r, b, ohlc, prev_close)
        times.append((time.perf_counter() - t0) * 1000.0)
    print(f"pandas report median {statistics.median(times):8.2f} ms/op  {[round(t, 2) for t in times]}")
    with open(out, "w") as f:
        json.dump({"report": times}, f)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "check":
        check()
    elif command == "time":
        timing(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    elif command == "summarise":
        sys.path.insert(0, HERE)
        from regime_statsmodels import summarise
        summarise(sys.argv[2], peer="pandas")
    else:
        sys.exit("usage: risk_pandas.py check | time OUT.json [repeats] | summarise DIR")
