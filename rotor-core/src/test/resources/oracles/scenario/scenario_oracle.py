"""Independent oracle for dev.rotor.scenario (statsmodels 0.13.5, pandas 1.5.3, scipy 1.10.1).

Run: /usr/bin/python3 scenario_oracle.py /work/shared/data
Writes:
  rate_betas.csv   OLS of IWM / SPY period simple returns on changes in DGS2 (percentage points),
                   full samples and from 2022-01-01 (IWM_2022, SPY_2022),
                   weekly (ISO weeks, last common close) and monthly; statsmodels OLS with
                   cov_type='nonrobust' (t intervals) and cov_type='HAC' with
                   maxlags = floor(4 (n/100)^(2/9)), Bartlett kernel, no correction (normal
                   intervals); and the implied returns of -100/-50/+50/+100 bp shocks.
  stress.csv       total return and maximum drawdown of IWM, SPY (factor_attribution, adjusted),
                   SPX (silverlight ^GSPC close) and a 60/40 IWM/SPY buy-and-hold portfolio in the
                   four standard windows.
  conditional.csv  monthly returns split by USREC, by CFNAI-MA3 < -0.70 and by INDPRO year-on-year
                   < 0: counts, means, 12 x mean, geometric annualised, sd, t, Welch t (scipy).
"""
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
fmt = "%.17g"
pd.set_option("display.width", 250)


def col(path, date_col, value_col):
    df = pd.read_csv(path)
    df[date_col] = pd.to_datetime(df[date_col].str[:10])
    s = df.set_index(date_col)[value_col]
    return pd.to_numeric(s, errors="coerce").dropna().astype(float)


iwm = col(f"{ROOT}/factor_attribution/etf/IWM.csv", "Date", "Close")
spy = col(f"{ROOT}/factor_attribution/etf/SPY.csv", "Date", "Close")
spx = col(f"{ROOT}/silverlight/SPX.csv", "Date", "Close")
dgs2 = col(f"{ROOT}/fred_macro-monitor/DGS2.csv", "date", "value")
usrec = col(f"{ROOT}/fred_macro-monitor/USREC.csv", "date", "value")
cfnai = col(f"{ROOT}/fred_macro-monitor/CFNAI.csv", "date", "value")
indpro = col(f"{ROOT}/fred_macro-monitor/INDPRO.csv", "date", "value")

# ---------------------------------------------------------------- rate betas
rows = []
# Full samples, and 2022 onwards (levels from 2022-01-01) to show how the beta moves with the regime.
for name, asset in (("IWM", iwm), ("SPY", spy), ("IWM_2022", iwm["2022-01-01":]), ("SPY_2022", spy["2022-01-01":])):
    both = pd.concat([asset, dgs2], axis=1, join="inner").dropna()
    both.columns = ["p", "y"]
    for sampling, key in (("weekly", both.index.to_period("W-SUN")), ("monthly", both.index.to_period("M"))):
        s = both.groupby(key).tail(1)
        r = s["p"].pct_change().iloc[1:]
        dy = s["y"].diff().iloc[1:]
        n = len(r)
        lags = int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))
        X = sm.add_constant(dy.values)
        ols = sm.OLS(r.values, X).fit()
        hac = sm.OLS(r.values, X).fit(cov_type="HAC", cov_kwds={"maxlags": lags})
        ci_o = ols.conf_int(0.05)[1]
        ci_h = hac.conf_int(0.05)[1]
        row = dict(series=name, sampling=sampling, n=n, first=r.index[0].date() if hasattr(r.index[0], "date") else "",
                   alpha=ols.params[0], beta=ols.params[1], se_ols=ols.bse[1], se_hac=hac.bse[1], lags=lags,
                   r2=ols.rsquared, ci_ols_lo=ci_o[0], ci_ols_hi=ci_o[1], ci_hac_lo=ci_h[0], ci_hac_hi=ci_h[1],
                   first_date=s.index[1].date(), last_date=s.index[-1].date(), max_abs_dy=dy.abs().max())
        for bp in (-100, -50, 50, 100):
            # shock of bp basis points = bp/100 percentage points: beta * bp/100 with the
            # interval of the linear combination (t_test of the contrast (0, bp/100)).
            for tag, res in (("ols", ols), ("hac", hac)):
                t = res.t_test(np.array([[0.0, bp / 100.0]]))
                lo, hi = t.conf_int(0.05)[0]
                row[f"shock{bp}_{tag}_mid"] = float(t.effect[0])
                row[f"shock{bp}_{tag}_lo"] = lo
                row[f"shock{bp}_{tag}_hi"] = hi
        rows.append(row)
rb = pd.DataFrame(rows).drop(columns=["first"])
rb.to_csv("rate_betas.csv", index=False, float_format=fmt)
print(rb[["series", "sampling", "n", "first_date", "last_date", "beta", "se_ols", "se_hac", "lags", "r2", "ci_hac_lo", "ci_hac_hi", "max_abs_dy"]].to_string())

# ---------------------------------------------------------------- stress windows
windows = [("gfc-2008", "2008-09-01", "2009-03-09"), ("covid-2020", "2020-02-19", "2020-03-23"),
           ("rates-2022", "2022-01-03", "2022-12-30"), ("tariffs-2025", "2025-02-19", "2025-04-08")]


def replay(path):
    base = path.index[0]
    dd = path / path.cummax() - 1
    trough = dd.idxmin()
    worst = dd.min()
    if worst == 0:
        peak = trough = base
    else:
        peak = path[:trough].idxmax()
    return dict(base=base.date(), end=path.index[-1].date(), obs=len(path),
                total=path.iloc[-1] / path.iloc[0] - 1, maxdd=worst, peak=peak.date(), trough=trough.date())


srows = []
pair = pd.concat([iwm, spy], axis=1, join="inner")
for w, a, b in windows:
    for name, s in (("IWM", iwm), ("SPY", spy), ("SPX", spx)):
        path = s[s.index <= b]
        path = path[path.index >= path[path.index <= a].index[-1]]
        srows.append(dict(window=w, series=name, **replay(path)))
    p = pair[pair.index <= b]
    p = p[p.index >= p[p.index <= a].index[-1]]
    v = 0.6 * p.iloc[:, 0] / p.iloc[0, 0] + 0.4 * p.iloc[:, 1] / p.iloc[0, 1]
    srows.append(dict(window=w, series="IWM60_SPY40", **replay(v)))
st = pd.DataFrame(srows)
st.to_csv("stress.csv", index=False, float_format=fmt)
print(st.to_string())

# ---------------------------------------------------------------- conditional returns


def french_first_block(path, column):
    rows, header = [], None
    with open(path, encoding="latin-1") as f:
        for line in f:
            cells = [c.strip() for c in line.rstrip("\r\n").split(",")]
            if header is None:
                if len(cells) > 1 and cells[0] == "" and column in cells:
                    header = cells
                continue
            if not (len(cells[0]) == 6 and cells[0].isdigit()):
                break
            v = float(cells[header.index(column)])
            if v in (-99.99, -999.0):
                continue
            rows.append((pd.Period(f"{cells[0][:4]}-{cells[0][4:]}", freq="M"), v / 100.0))
    return pd.Series(dict(rows)).sort_index()


def monthly(levels):
    m = levels.groupby(levels.index.to_period("M")).tail(1)
    r = m.pct_change().iloc[1:]
    r.index = r.index.to_period("M")
    return r


me = f"{ROOT}/ken_french/Portfolios_Formed_on_ME.CSV"
lo10, hi10 = french_first_block(me, "Lo 10"), french_first_block(me, "Hi 10")
smb = french_first_block(f"{ROOT}/ken_french/F-F_Research_Data_Factors.csv", "SMB")
iwm_m, spy_m = monthly(iwm), monthly(spy)
series = {
    "IWM": iwm_m, "SPY": spy_m, "IWM-SPY": (iwm_m - spy_m).dropna(),
    "Lo10": lo10, "Hi10": hi10, "Lo10-Hi10": (lo10 - hi10).dropna(), "SMB": smb,
}
rec = usrec.copy()
rec.index = rec.index.to_period("M")
cf = cfnai.copy()
cf.index = cf.index.to_period("M")
# every calendar month, so rolling(3) and shift(12) need consecutive months
cf = cf.reindex(pd.period_range(cf.index[0], cf.index[-1], freq="M"))
ma3 = cf.rolling(3).mean().dropna()
# strictly below -0.70 by more than 1e-9: 2001-11 (-1.12, -0.18, -0.80) averages exactly -0.70,
# which is not below; floating-point sums land on either side of it.
slow = (ma3 < -0.70 - 1e-9).astype(float)
ip = indpro.copy()
ip.index = ip.index.to_period("M")
ip = ip.reindex(pd.period_range(ip.index[0], ip.index[-1], freq="M"))
yoy = (ip / ip.shift(12)).dropna()
contraction = (yoy < 1.0).astype(float)
states = {"USREC": rec, "CFNAI_MA3": slow, "INDPRO_YOY": contraction}


def side(x):
    n = len(x)
    mean = x.mean() if n else np.nan
    sd = x.std(ddof=1) if n > 1 else np.nan
    geo = np.prod(1 + x.values) ** (12.0 / n) - 1 if n else np.nan
    return n, mean, 12 * mean, geo, sd, mean / (sd / np.sqrt(n)) if n > 1 else np.nan


crows = []
for sname, st_ in states.items():
    for name, r in series.items():
        j = pd.concat([r, st_], axis=1, join="inner").dropna()
        j.columns = ["r", "s"]
        unmatched = len(r) - len(j)
        a = j.loc[j.s == 1, "r"]
        b = j.loc[j.s == 0, "r"]
        ia, ib = side(a), side(b)
        welch = stats.ttest_ind(a, b, equal_var=False).statistic
        row = dict(state=sname, series=name, first=str(j.index[0]), last=str(j.index[-1]), unmatched=unmatched)
        for tag, v in (("in", ia), ("out", ib)):
            for k, x in zip(["n", "mean", "ann", "geo", "sd", "t"], v):
                row[f"{tag}_{k}"] = x
        row["diff"] = ia[1] - ib[1]
        row["welch"] = welch
        crows.append(row)
co = pd.DataFrame(crows)
co.to_csv("conditional.csv", index=False, float_format=fmt)
print(co[["state", "series", "first", "last", "in_n", "in_ann", "in_t", "out_n", "out_ann", "diff", "welch"]].to_string())
print("states in state:", {k: int(v.sum()) for k, v in states.items()}, "of", {k: len(v) for k, v in states.items()})
