"""Oracle for dev.rotor.risk: every figure of RiskReport computed independently with numpy, pandas
and scipy, following docs/conventions-risk.md, on the Bacon (2008) sample portfolio and on real
daily RUT and SPX data.

Run from the repository root:
    /usr/bin/python3 rotor-core/src/test/resources/oracles/risk/risk_oracle.py /work/shared/data \
        rotor-core/src/test/resources/oracles/risk
Writes risk_oracle.properties (case.figure=value, full precision), the drawdown tables
drawdowns_<case>.csv, rolling_corr_rut_spx_63.csv, and prints a report saved as oracle_output.txt.
Library calls used as the oracle: pandas Series.std/skew/kurt/ewm/rolling.corr/cummax/merge_asof,
numpy quantile (default 'linear' = Hyndman-Fan R-7), numpy cov/corrcoef, scipy.stats
skew/kurtosis (bias=True: population moments), scipy.stats.norm, scipy.integrate.quad (Cornish-Fisher
expected shortfall by numerical integration of the Cornish-Fisher quantile, independent of the
closed form used in Java).

Data:
  * Bacon, C. (2008) Practical Portfolio Performance Measurement and Attribution, 2nd ed., Wiley:
    the 24-month sample portfolio and benchmark returns (percent), as distributed with the R package
    PerformanceAnalytics (data/portfolio_bacon.csv, github.com/braverock/PerformanceAnalytics),
    dated at the month ends 2000-01-31 .. 2001-12-31 as in that file.
  * market-base/indices/RUT.csv and SPX.csv (daily OHLC, 2016-06-28..2026-08-21).
  * market-base/fred/rates.csv column DGS3MO (percent a year).
  * ken_french/F-F_Research_Data_Factors.csv, first block, RF (percent a month).
"""
import math
import sys

import numpy as np
import pandas as pd
from scipy import integrate, stats

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = sys.argv[2] if len(sys.argv) > 2 else "."
LAMBDA = 0.94

BACON_P = [0.3, 2.6, 1.1, -1.0, 1.5, 2.5, 1.6, 6.7, -1.4, 4.0, -0.5, 8.1,
           4.0, -3.7, -6.1, 1.7, -4.9, -2.2, 7.0, 5.8, -6.5, 2.4, -0.5, -0.9]
BACON_B = [0.2, 2.5, 1.8, -1.1, 1.4, 1.8, 1.4, 6.5, -1.5, 4.2, -0.6, 8.3,
           3.9, -3.8, -6.2, 1.5, -4.8, 2.1, 6.0, 5.6, -6.7, 1.9, -0.3, 0.0]


def read_ohlc(name):
    d = pd.read_csv(f"{DATA}/market-base/indices/{name}.csv", parse_dates=["date"])
    return d.set_index("date")[["open", "high", "low", "close"]]


def read_french_rf():
    rows, header = [], None
    with open(f"{DATA}/ken_french/F-F_Research_Data_Factors.csv", encoding="latin-1") as f:
        for line in f:
            cells = [c.strip() for c in line.rstrip("\r\n").split(",")]
            if header is None:
                if len(cells) > 1 and cells[0] == "" and cells[1] != "":
                    header = cells
                continue
            if len(cells[0]) == 6 and cells[0].isdigit():
                rows.append((cells[0], float(cells[header.index("RF")])))
            else:
                break
    s = pd.Series([v / 100.0 for _, v in rows],
                  index=pd.to_datetime([ym for ym, _ in rows], format="%Y%m"))  # month start
    return s


def asof(rates, dates):
    """Last rate on or before each date (pandas merge_asof, direction backward)."""
    left = pd.DataFrame({"date": pd.to_datetime(dates)})
    right = pd.DataFrame({"date": rates.index, "rate": rates.values})
    m = pd.merge_asof(left, right, on="date", direction="backward")
    assert not m.rate.isna().any()
    return m.rate.values


def drawdown_table(dates, levels):
    """Independent loop: episodes from a running peak; recovery when the level regains the peak."""
    out, peak_i, in_dd, trough_i = [], 0, False, 0
    for i in range(1, len(levels)):
        if levels[i] >= levels[peak_i]:
            if in_dd:
                out.append((peak_i, trough_i, i))
                in_dd = False
            peak_i = i
        else:
            if not in_dd:
                in_dd, trough_i = True, i
            elif levels[i] < levels[trough_i]:
                trough_i = i
    if in_dd:
        out.append((peak_i, trough_i, None))
    rows = []
    for p, t, r in out:
        depth = levels[t] / levels[p] - 1.0
        rows.append({
            "peak": dates[p] if dates[p] is not None else "",
            "trough": dates[t],
            "recovery": dates[r] if r is not None else "",
            "depth": depth,
            "periods_to_trough": t - p,
            "periods_to_recovery": (r if r is not None else len(levels) - 1) - p,
        })
    rows.sort(key=lambda x: (x["depth"], str(x["trough"])))
    return rows


def cf_z(z, s, k):
    return z + (z * z - 1) * s / 6 + (z ** 3 - 3 * z) * k / 24 - (2 * z ** 3 - 5 * z) * s * s / 36


def figures(r, ppy, rf, levels=None, bench=None, ohlc=None, ohlc_prev_close=None):
    r = np.asarray(r, dtype=float)
    rf = np.asarray(rf, dtype=float)
    ex = r - rf
    n = len(r)
    f = {}
    wealth = np.concatenate([[1.0], np.cumprod(1 + r)]) if levels is None else np.asarray(levels)
    total = wealth[-1] / wealth[0] - 1
    f["total_return"] = total
    f["cagr"] = (1 + total) ** (ppy / n) - 1
    sr = pd.Series(r)
    sd = sr.std()  # ddof=1
    f["volatility"] = sd * math.sqrt(ppy)
    f["volatility_ewma"] = math.sqrt((sr ** 2).ewm(alpha=1 - LAMBDA, adjust=True).mean().iloc[-1] * ppy)
    dd = np.minimum(ex, 0.0)
    f["downside_deviation"] = math.sqrt(np.mean(dd ** 2)) * math.sqrt(ppy)
    exs = pd.Series(ex)
    f["sharpe"] = exs.mean() / exs.std() * math.sqrt(ppy)
    f["sortino"] = exs.mean() * math.sqrt(ppy) / math.sqrt(np.mean(dd ** 2))
    f["omega"] = np.sum(np.maximum(ex, 0)) / np.sum(np.maximum(-ex, 0))
    w = pd.Series(wealth)
    ddpath = w / w.cummax() - 1
    f["max_drawdown"] = ddpath.min()
    f["current_drawdown"] = ddpath.iloc[-1]
    f["calmar"] = f["cagr"] / abs(f["max_drawdown"])
    mu = r.mean()
    g1 = stats.skew(r)            # population (bias=True)
    g2 = stats.kurtosis(r)        # population excess (fisher=True, bias=True)
    f["skewness"] = sr.skew()     # adjusted G1 (pandas)
    f["excess_kurtosis"] = sr.kurt()  # adjusted G2 (pandas)
    for level in (95, 99):
        a = 1 - level / 100
        q = np.quantile(r, a)     # method='linear'
        f[f"var_{level}_historical"] = q
        f[f"cvar_{level}_historical"] = r[r <= q].mean()
        z = stats.norm.ppf(a)
        f[f"var_{level}_gaussian"] = mu + z * sd
        f[f"cvar_{level}_gaussian"] = mu - sd * stats.norm.pdf(z) / a
        f[f"var_{level}_cornish_fisher"] = mu + cf_z(z, g1, g2) * sd
        integral, _ = integrate.quad(lambda x: cf_z(x, g1, g2) * stats.norm.pdf(x), -np.inf, z,
                                     epsabs=1e-14, epsrel=1e-13)
        f[f"cvar_{level}_cornish_fisher"] = mu + sd * integral / a
    f["tail_ratio"] = abs(np.quantile(r, 0.95)) / abs(np.quantile(r, 0.05))
    if ohlc is not None:
        o, h, l, c = (ohlc[k].values for k in ("open", "high", "low", "close"))
        hl = np.log(h / l)
        f["volatility_parkinson"] = math.sqrt(np.mean(hl ** 2) / (4 * math.log(2)) * ppy)
        f["volatility_garman_klass"] = math.sqrt(
            np.mean(0.5 * hl ** 2 - (2 * math.log(2) - 1) * np.log(c / o) ** 2) * ppy)
        prev = np.concatenate([[ohlc_prev_close], c[:-1]])
        on = np.log(o / prev)
        oc = np.log(c / o)
        rs = np.log(h / c) * np.log(h / o) + np.log(l / c) * np.log(l / o)
        m = len(on)
        k = 0.34 / (1.34 + (m + 1) / (m - 1))
        f["volatility_yang_zhang"] = math.sqrt(
            (np.var(on, ddof=1) + k * np.var(oc, ddof=1) + (1 - k) * np.mean(rs)) * ppy)
    if bench is not None:
        b = np.asarray(bench, dtype=float)
        f["benchmark_periods"] = len(b)
        f["beta"] = np.cov(r, b)[0, 1] / np.var(b, ddof=1)
        f["correlation"] = np.corrcoef(r, b)[0, 1]
        up, down = b > 0, b < 0
        ann = lambda x: np.prod(1 + x) ** (ppy / len(x)) - 1
        f["up_capture"] = ann(r[up]) / ann(b[up])
        f["down_capture"] = ann(r[down]) / ann(b[down])
    return f


def main():
    props, report = {}, []

    def put(case, f):
        for k, v in f.items():
            props[f"{case}.{k}"] = repr(float(v))
        report.append(f"[{case}]")
        report.extend(f"  {k:28s} {float(v): .10f}" for k, v in f.items())

    # 1. Bacon sample portfolio, monthly; MAR 0.5% a month as a constant risk-free rate of
    #    1.005^12 - 1 a year (deannualised by compounding: exactly 0.005 a month).
    p, b = np.array(BACON_P) / 100, np.array(BACON_B) / 100
    rf_month = (1 + (1.005 ** 12 - 1)) ** (1 / 12) - 1
    f = figures(p, 12, np.full(len(p), rf_month), bench=b)
    f["skewness_moment"] = stats.skew(p)
    f["excess_kurtosis_moment"] = stats.kurtosis(p)
    f["downside_deviation_mar_0.005"] = math.sqrt(np.mean(np.minimum(p - 0.005, 0) ** 2))
    f["omega_mar_0.005"] = np.sum(np.maximum(p - 0.005, 0)) / np.sum(np.maximum(0.005 - p, 0))
    f["sortino_mar_0.005_monthly"] = np.mean(p - 0.005) / f["downside_deviation_mar_0.005"]
    put("bacon", f)
    dmar = np.minimum(p - 0.005, 0)
    report.append("  Bacon checks at MAR 0.5%%: downside deviation %.6f (published 0.0255), downside "
                  "potential %.6f (0.0137), upside potential %.6f (0.01771), downside frequency %.4f "
                  "(0.458)" % (math.sqrt(np.mean(dmar ** 2)), -dmar.mean(),
                               np.mean(np.maximum(p - 0.005, 0)), np.mean(p < 0.005)))
    report.append("  moment skew %.6f, sample skew %.6f (published -0.09), moment kurtosis %.6f "
                  "(2.43), excess %.6f (-0.57), sample excess %.6f (-0.41)" % (
                      stats.skew(p), stats.skew(p, bias=False), stats.kurtosis(p, fisher=False),
                      stats.kurtosis(p), stats.kurtosis(p, bias=False)))
    months = pd.date_range("2000-01-31", periods=24, freq="M").strftime("%Y-%m-%d")
    dd = drawdown_table([None] + list(months),
                        np.concatenate([[1.0], np.cumprod(1 + p)]))
    pd.DataFrame(dd).to_csv(f"{OUT}/drawdowns_bacon.csv", index=False, float_format="%.17g")

    # 2. Daily RUT and SPX from closes (levels path), rf = 0, OHLC of the same file.
    rut, spx = read_ohlc("RUT"), read_ohlc("SPX")
    common = rut.index.intersection(spx.index)
    for name, lv, other in (("rut", rut, spx), ("spx", spx, None)):
        closes = lv.close
        r = closes.pct_change().dropna()
        bench = None
        if other is not None:
            both = pd.concat([closes, other.close], axis=1, join="inner")
            rr = both.pct_change().dropna()
            bench = rr.iloc[:, 1].values
            assert len(rr) == len(r)
        bars = lv.loc[r.index[0]:r.index[-1]]
        prev_close = lv.close[lv.index < r.index[0]].iloc[-1]
        put(name, figures(r.values, 252, np.zeros(len(r)), levels=closes.values, bench=bench,
                          ohlc=bars, ohlc_prev_close=prev_close))
        dates = [d.strftime("%Y-%m-%d") for d in closes.index]
        pd.DataFrame(drawdown_table(dates, closes.values)).to_csv(
            f"{OUT}/drawdowns_{name}.csv", index=False, float_format="%.17g")
        report.append(f"  first return {r.index[0].date()}, last {r.index[-1].date()}, n={len(r)}")

    # 3. RUT daily with the 3-month Treasury yield (DGS3MO, percent a year) as of each return date,
    #    deannualised by compounding over 252 periods.
    rates = pd.read_csv(f"{DATA}/market-base/fred/rates.csv", parse_dates=["date"])
    dgs = rates.set_index("date").DGS3MO.dropna()
    r = rut.close.pct_change().dropna()
    y = asof(dgs, r.index)
    rf = (1 + y / 100) ** (1 / 252) - 1
    f = figures(r.values, 252, rf, levels=rut.close.values)
    f["mean_rf_per_period"] = rf.mean()
    put("rut_dgs3mo", f)

    # 4. RUT monthly (last close per calendar month) with French monthly RF, re-dated to the first
    #    day of its month and taken as of each return date; benchmark SPX monthly.
    both = pd.concat([rut.close, spx.close], axis=1, join="inner", keys=["rut", "spx"])
    monthly = both.groupby(both.index.to_period("M")).tail(1)
    mr = monthly.pct_change().dropna()
    rfm = asof(read_french_rf(), mr.index)
    f = figures(mr.rut.values, 12, rfm, levels=monthly.rut.values, bench=mr.spx.values)
    f["mean_rf_per_period"] = rfm.mean()
    f["last_rf_per_period"] = rfm[-1]
    put("rut_monthly_french", f)
    report.append(f"  monthly returns {mr.index[0].date()}..{mr.index[-1].date()}, n={len(mr)}")

    # 5. Rolling 63-day correlation of RUT and SPX daily returns (pandas rolling corr).
    rr = both.pct_change().dropna()
    roll = rr.rut.rolling(63).corr(rr.spx).dropna()
    pd.DataFrame({"date": roll.index.strftime("%Y-%m-%d"), "corr": roll.values}).to_csv(
        f"{OUT}/rolling_corr_rut_spx_63.csv", index=False, float_format="%.17g")
    report.append(f"[rolling corr 63] n={len(roll)} first {roll.index[0].date()} {roll.iloc[0]:.10f} "
                  f"last {roll.index[-1].date()} {roll.iloc[-1]:.10f}")

    with open(f"{OUT}/risk_oracle.properties", "w") as fh:
        fh.write("# Generated by risk_oracle.py; numpy %s, pandas %s, scipy %s\n" % (
            np.__version__, pd.__version__, __import__("scipy").__version__))
        for k in sorted(props):
            fh.write(f"{k}={props[k]}\n")
    print("\n".join(report))


if __name__ == "__main__":
    main()
