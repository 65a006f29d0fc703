"""Oracle for dev.rotor.allocation, computed independently with pandas/numpy/scipy.

Run from this directory with Debian's interpreter (pandas 1.5.3, numpy 1.24.2, scipy 1.10.1):

    /usr/bin/python3 allocation_oracle.py /work/shared/data

Inputs: factor_attribution/etf/<T>.csv (`Close`, dividend-adjusted). Outputs (all here):
  iwm_spy_qqq.csv       moments at daily/weekly/monthly, optimiser weights, analytics (weekly)
  sectors_weekly.csv    the same for IWM, SPY, QQQ and the 11 SPDR sectors (weekly)
  iwm_spy_rolling52.csv rolling 52-week correlation of IWM and SPY weekly returns
  backtest_weekly.csv   net returns of 50/30/20 IWM/SPY/QQQ, weekly, 10 bps, 3 rebalancing rules
  backtest_daily.csv    summary and rebalance turnovers of the same portfolio on daily returns
Long files are `key,i,j,value` rows (j empty for vectors). Optimiser weights come from scipy
SLSQP, then are refined by solving the KKT system exactly on SLSQP's support and checked
against the KKT conditions; ERC comes from cyclical coordinate descent (Griveau-Billion,
Richard and Roncalli 2013), an algorithm independent of Rotor's Newton method.
"""
import sys

import numpy as np
import pandas as pd
from scipy.optimize import minimize

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
START, END = "2016-01-01", "2026-07-31"
SECTORS = ["XLB", "XLC", "XLE", "XLF", "XLI", "XLK", "XLP", "XLRE", "XLU", "XLV", "XLY"]
RF = 0.02


def levels(tickers, start, end):
    cols = {}
    for t in tickers:
        s = pd.read_csv(f"{ROOT}/factor_attribution/etf/{t}.csv", index_col=0, parse_dates=True)
        cols[t] = s["Close"]
    df = pd.DataFrame(cols).dropna()  # intersect dates
    return df.loc[start:end]


def last_per_period(df, freq):
    if freq == "daily":
        return df
    rule = {"weekly": "W-SUN", "monthly": "M", "quarterly": "Q"}[freq]
    return df.groupby(df.index.to_period(rule)).tail(1)


def simple_returns(df):
    return (df / df.shift(1) - 1.0).iloc[1:]


def refine_qp(sigma, w0, extra=None):
    """Exact KKT solve of min w'Sw, 1'w=1 (and extra'w=target) on the support of w0."""
    n = len(w0)
    s = np.where(w0 > 1e-7)[0]
    if len(s) == 1:  # a single asset: the constraints fix the portfolio
        w = np.zeros(n)
        w[s] = 1.0
        return w
    rows = [np.ones(len(s))]
    rhs = [1.0]
    if extra is not None:
        vec, target = extra
        rows.append(vec[s])
        rhs.append(target)
    a = np.array(rows)
    k = len(rows)
    kkt = np.block([[2 * sigma[np.ix_(s, s)], -a.T], [a, np.zeros((k, k))]])
    sol = np.linalg.solve(kkt, np.concatenate([np.zeros(len(s)), rhs]))
    w = np.zeros(n)
    w[s] = sol[: len(s)]
    lam = sol[len(s):]
    # KKT: gradient 2Sw - A'lam must be >= 0 off the support (multipliers of w >= 0)
    full_a = [np.ones(n)] + ([extra[0]] if extra is not None else [])
    g = 2 * sigma @ w - np.array(full_a).T @ lam
    assert (w >= -1e-14).all(), w
    assert (g[w == 0] >= -1e-10).all(), g
    return w


def slsqp(sigma, cons, n, start=None):
    # SLSQP may stop with "Positive directional derivative" at ftol 1e-16 once it cannot improve;
    # the exact KKT refinement and checks that follow decide whether the support is right.
    r = minimize(lambda w: w @ sigma @ w, np.ones(n) / n if start is None else start, jac=lambda w: 2 * sigma @ w,
                 bounds=[(0, None)] * n, constraints=cons, method="SLSQP",
                 options=dict(ftol=1e-16, maxiter=2000))
    assert r.success or "directional derivative" in r.message, r.message
    return r.x


def min_variance(sigma):
    n = len(sigma)
    w = slsqp(sigma, [dict(type="eq", fun=lambda w: w.sum() - 1)], n)
    return refine_qp(sigma, w)


def frontier_point(mu, sigma, target):
    n = len(sigma)
    w = slsqp(sigma, [dict(type="eq", fun=lambda w: w.sum() - 1),
                      dict(type="eq", fun=lambda w: mu @ w - target)], n)
    return refine_qp(sigma, w, (mu, target))


def max_sharpe(mu, sigma, rf):
    n = len(sigma)
    ex = mu - rf
    start = np.where(ex > 0, ex, 0.0) / (ex[ex > 0] @ ex[ex > 0])
    y = slsqp(sigma, [dict(type="eq", fun=lambda y: ex @ y - 1)], n, start)
    s = np.where(y > 1e-7 * y.max())[0]
    w = np.zeros(n)
    w[s] = np.linalg.solve(sigma[np.ix_(s, s)], ex[s])
    w /= w.sum()
    assert (w >= 0).all()
    gamma = (mu @ w - rf) / (w @ sigma @ w)
    assert (ex - gamma * sigma @ w <= 1e-10).all()  # no asset off the support improves the ratio
    return w


def erc(sigma):
    """Cyclical coordinate descent on y'Sy/2 - sum b ln y, b = 1/n."""
    n = len(sigma)
    b = np.ones(n) / n
    y = 1 / np.sqrt(np.diag(sigma))
    for _ in range(10000):
        old = y.copy()
        for i in range(n):
            c = sigma[i] @ y - sigma[i, i] * y[i]
            y[i] = (-c + np.sqrt(c * c + 4 * sigma[i, i] * b[i])) / (2 * sigma[i, i])
        if np.max(np.abs(y - old) / old) < 1e-15:
            break
    w = y / y.sum()
    rc = w * (sigma @ w)
    assert np.max(np.abs(rc / rc.sum() - 1 / n)) < 1e-12
    return w


def analytics(name, w, mu, sigma, out):
    vol = np.sqrt(w @ sigma @ w)
    rc = w * (sigma @ w) / vol
    out += [(f"{name}.w", i, "", v) for i, v in enumerate(w)]
    out += [(f"{name}.rc", i, "", v) for i, v in enumerate(rc)]
    out.append((f"{name}.vol", "", "", vol))
    out.append((f"{name}.return", "", "", mu @ w))
    out.append((f"{name}.dr", "", "", (w @ np.sqrt(np.diag(sigma))) / vol))


def moments(prefix, r, per_year, out):
    out.append((f"{prefix}.n", "", "", len(r)))
    mu = r.mean().values * per_year
    cov = r.cov().values * per_year
    corr = r.corr().values
    out += [(f"{prefix}.mu", i, "", v) for i, v in enumerate(mu)]
    for i in range(len(mu)):
        for j in range(len(mu)):
            out.append((f"{prefix}.cov", i, j, cov[i, j]))
            out.append((f"{prefix}.corr", i, j, corr[i, j]))
    return mu, cov


def allocation_file(tickers, start, end, path, freqs):
    lv = levels(tickers, start, end)
    out = []
    for freq, per_year in freqs:
        r = simple_returns(last_per_period(lv, freq))
        mu, cov = moments(freq, r, per_year, out)
        out.append((f"{freq}.first", "", "", r.index[0].date().isoformat()))
        out.append((f"{freq}.last", "", "", r.index[-1].date().isoformat()))
    # optimisers on the weekly moments
    r = simple_returns(last_per_period(lv, "weekly"))
    mu, cov = r.mean().values * 52, r.cov().values * 52
    analytics("minvar", min_variance(cov), mu, cov, out)
    analytics("maxsharpe", max_sharpe(mu, cov, RF), mu, cov, out)
    analytics("erc", erc(cov), mu, cov, out)
    analytics("equal", np.ones(len(mu)) / len(mu), mu, cov, out)
    wmv = min_variance(cov)
    lo, hi = mu @ wmv, mu.max()
    for k in range(5):
        target = lo + (hi - lo) * k / 4
        w = wmv if k == 0 else frontier_point(mu, cov, target)
        out.append((f"frontier{k}.target", "", "", target))
        analytics(f"frontier{k}", w, mu, cov, out)
    with open(path, "w") as f:
        f.write(f"# allocation_oracle.py: {' '.join(tickers)} levels {start}..{end}, rf={RF}\n")
        f.write("key,i,j,value\n")
        for k, i, j, v in out:
            f.write(f"{k},{i},{j},{v if isinstance(v, str) else repr(float(v))}\n")


def backtest(r, w, rule, cost_bps):
    """Dollar holdings: drift, then at each period end before a new month/quarter trade to w."""
    c = cost_bps * 1e-4
    h = np.array(w, dtype=float)
    value = 1.0
    nets, turns = [], []
    idx = r.index
    key = {"none": None, "monthly": idx.to_period("M"), "quarterly": idx.to_period("Q")}[rule]
    for t in range(len(r)):
        h = h * (1 + r.iloc[t].values)
        v = h.sum()
        if key is not None and t + 1 < len(r) and key[t] != key[t + 1]:
            trades = np.abs(np.array(w) * v - h).sum()
            turns.append((idx[t], trades / v))
            v = v - c * trades
            h = np.array(w) * v
        nets.append(v / value - 1)
        value = v
    return pd.Series(nets, index=idx), turns


def backtests(path_weekly, path_daily):
    lv = levels(["IWM", "SPY", "QQQ"], START, END)
    w = [0.5, 0.3, 0.2]
    rw = simple_returns(last_per_period(lv, "weekly"))
    cols = {}
    for rule in ["none", "monthly", "quarterly"]:
        cols[rule] = backtest(rw, w, rule, 10.0)[0]
    with open(path_weekly, "w") as f:
        f.write(f"# allocation_oracle.py: weights IWM .5 SPY .3 QQQ .2, weekly {START}..{END}, 10 bps\n")
        f.write("date,none,monthly,quarterly\n")
        for d in rw.index:
            f.write(d.date().isoformat() + "," + ",".join(repr(cols[k][d]) for k in cols) + "\n")
    rd = simple_returns(lv)
    with open(path_daily, "w") as f:
        f.write(f"# allocation_oracle.py: weights IWM .5 SPY .3 QQQ .2, daily {START}..{END}, 10 bps\n")
        f.write("key,date,value\n")
        for rule in ["none", "monthly", "quarterly"]:
            net, turns = backtest(rd, w, rule, 10.0)
            n = len(net)
            growth = float(np.prod(1 + net.values))
            f.write(f"{rule}.periods,,{n}\n")
            f.write(f"{rule}.final,,{growth!r}\n")
            f.write(f"{rule}.cagr,,{growth ** (252 / n) - 1!r}\n")
            f.write(f"{rule}.vol,,{net.std(ddof=1) * np.sqrt(252)!r}\n")
            f.write(f"{rule}.totalTurnover,,{sum(x for _, x in turns)!r}\n")
            for d, x in turns:
                f.write(f"{rule}.turnover,{d.date().isoformat()},{x!r}\n")


def rolling(path):
    lv = levels(["IWM", "SPY"], START, END)
    r = simple_returns(last_per_period(lv, "weekly"))
    rho = r["IWM"].rolling(52).corr(r["SPY"]).dropna()
    with open(path, "w") as f:
        f.write(f"# allocation_oracle.py: pandas rolling(52).corr of weekly IWM, SPY {START}..{END}\n")
        f.write("date,corr\n")
        for d, v in rho.items():
            f.write(f"{d.date().isoformat()},{v!r}\n")


if __name__ == "__main__":
    allocation_file(["IWM", "SPY", "QQQ"], START, END, "iwm_spy_qqq.csv",
                    [("daily", 252), ("weekly", 52), ("monthly", 12)])
    allocation_file(["IWM", "SPY", "QQQ"] + SECTORS, "2018-06-01", END, "sectors_weekly.csv",
                    [("weekly", 52)])
    rolling("iwm_spy_rolling52.csv")
    backtests("backtest_weekly.csv", "backtest_daily.csv")
