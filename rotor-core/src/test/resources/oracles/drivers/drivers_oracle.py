"""Independent oracle for dev.rotor.drivers rate sensitivity (statsmodels, pandas via /usr/bin/python3).

Run: /usr/bin/python3 drivers_oracle.py /work/shared/data   (from this directory)
Writes:
  rate_sensitivity.csv  per period x sampling x target: OLS of simple returns of RUT (small),
                        SPX (large) and RUT minus SPX (sml) on changes of DGS2 and DGS10 in basis
                        points, with an intercept; statsmodels OLS().fit() (classical) and
                        .fit(cov_type='HAC', cov_kwds={'maxlags': L}), L = floor(4 (n/100)^(2/9)),
                        Bartlett, no small-sample correction; 95% intervals (t with n-3 df for
                        classical, normal for HAC). Data: market-base/indices/{RUT,SPX}.csv close,
                        fred_macro-monitor/DGS2.csv, DGS10.csv value (percent); levels sliced to
                        the period first, then the four series intersected on common dates, then
                        the last common observation per ISO week (weekly).
  rolling_beta.csv      rolling one-year beta (252 daily / 52 weekly) of sml on the 2-year change
                        (bp), pandas y.rolling(w).cov(x) / x.rolling(w).var(), full sample.
  rate_cut_proxy.csv    DGS2 minus FEDFUNDS as of each DGS2 date (latest FEDFUNDS dated on or
                        before), and its weekly changes in bp.
"""
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
fmt = "%.17g"


def col(path, value_col):
    df = pd.read_csv(path)
    d = pd.to_datetime(df.iloc[:, 0].astype(str).str[:10])
    s = pd.to_numeric(df[value_col], errors="coerce")
    s.index = d
    return s.dropna().astype(float)


rut = col(f"{ROOT}/market-base/indices/RUT.csv", "close")
spx = col(f"{ROOT}/market-base/indices/SPX.csv", "close")
dgs2 = col(f"{ROOT}/fred_macro-monitor/DGS2.csv", "value")
dgs10 = col(f"{ROOT}/fred_macro-monitor/DGS10.csv", "value")
ff = col(f"{ROOT}/fred_macro-monitor/FEDFUNDS.csv", "value")

PERIODS = [("full", None, None), ("2016-2019", None, "2019-12-31"),
           ("2020-2021", "2020-01-01", "2021-12-31"), ("2022-2025", "2022-01-01", "2025-12-31")]


def sample(frm, to, sampling):
    parts = [s[frm:to] for s in (rut, spx, dgs2, dgs10)]
    both = pd.concat(parts, axis=1, join="inner").dropna()
    both.columns = ["small", "large", "y2", "y10"]
    if sampling == "weekly":
        both = both.groupby(both.index.to_period("W-SUN")).tail(1)
    return both


rows = []
for period, frm, to in PERIODS:
    for sampling in ("daily", "weekly"):
        s = sample(frm, to, sampling)
        rs = s["small"].pct_change().iloc[1:]
        rl = s["large"].pct_change().iloc[1:]
        X = pd.DataFrame({"d2y": s["y2"].diff().iloc[1:] * 100.0, "d10y": s["y10"].diff().iloc[1:] * 100.0})
        X = sm.add_constant(X)
        n = len(rs)
        lags = int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))
        for target, y in (("small", rs), ("large", rl), ("sml", rs - rl)):
            ols = sm.OLS(y.values, X.values).fit()
            hac = sm.OLS(y.values, X.values).fit(cov_type="HAC", cov_kwds={"maxlags": lags})
            ci_o = ols.conf_int(0.05)
            ci_h = hac.conf_int(0.05)
            row = dict(period=period, sampling=sampling, target=target, n=n, lags=lags,
                       first_date=str(rs.index[0].date()), last_date=str(rs.index[-1].date()),
                       r2=ols.rsquared)
            for j, name in enumerate(("const", "d2y", "d10y")):
                row[f"{name}"] = ols.params[j]
                row[f"{name}_se_ols"] = ols.bse[j]
                row[f"{name}_se_hac"] = hac.bse[j]
                row[f"{name}_ci_ols_lo"] = ci_o[j][0]
                row[f"{name}_ci_ols_hi"] = ci_o[j][1]
                row[f"{name}_ci_hac_lo"] = ci_h[j][0]
                row[f"{name}_ci_hac_hi"] = ci_h[j][1]
            rows.append(row)
pd.DataFrame(rows).to_csv("rate_sensitivity.csv", index=False, float_format=fmt)

out = []
for sampling, w in (("daily", 252), ("weekly", 52)):
    s = sample(None, None, sampling)
    sml = (s["small"].pct_change() - s["large"].pct_change()).iloc[1:]
    x = (s["y2"].diff() * 100.0).iloc[1:]
    b = sml.rolling(w).cov(x) / x.rolling(w).var()
    for d, v in b.dropna().items():
        out.append(dict(sampling=sampling, date=str(d.date()), beta=v))
pd.DataFrame(out).to_csv("rolling_beta.csv", index=False, float_format=fmt)

y2 = dgs2["2016-01-01":]
spread = y2 - ff.reindex(y2.index, method="ffill")
wk = spread.groupby(spread.index.to_period("W-SUN")).tail(1)
ch = (wk.diff() * 100.0).iloc[1:]
pd.DataFrame({"date": [str(d.date()) for d in spread.index], "spread": spread.values}).to_csv(
    "rate_cut_proxy.csv", index=False, float_format=fmt)
pd.DataFrame({"date": [str(d.date()) for d in ch.index], "change_bp": ch.values}).to_csv(
    "rate_cut_proxy_weekly_changes.csv", index=False, float_format=fmt)

pd.set_option("display.width", 250)
r = pd.DataFrame(rows)
print(r[["period", "sampling", "target", "n", "lags", "d2y", "d2y_se_hac", "d10y", "d10y_se_hac", "r2"]].to_string())
print("rolling rows", len(out))
import statsmodels, pandas
print("statsmodels", statsmodels.__version__, "pandas", pandas.__version__)
