"""Outside oracle for DriversSectionTest (real data, as-of 2024-01-26).

Run: /usr/bin/python3 drivers_oracle.py /work/shared/data > drivers_oracle.txt
Independent of Rotor: pandas/numpy only. Figures:
  spread          RUT minus SPX price return, close 2023-10-26 to close 2024-01-26 (the headline
                  window: year to date has fewer than 20 periods, so three months)
  ret_XL?         sector SPDR price return over the same closes
  iwm_share       IWM dollar volume / (IWM + SPY dollar volume) on 2024-01-26
  beta2_100bp,
  beta10_100bp    OLS slopes of weekly (last common close per ISO week) RUT-minus-SPX simple
                  returns on weekly changes of DGS2 and DGS10 in bp, dates 2019-01-26..2024-01-26
                  on the intersection of all four series, times 100 (per +100 bp)
  pe_rut, pe_spx  aggregate P/E of the Finviz 2023-08 export: sum(Market Cap) / sum(Income) over
                  rows with both, membership RUT / S&P 500 in the Index column
"""
import sys
import numpy as np
import pandas as pd

root = sys.argv[1]
start, end = pd.Timestamp("2023-10-26"), pd.Timestamp("2024-01-26")


def col(rel, c):
    df = pd.read_csv(f"{root}/{rel}")
    d = pd.to_datetime(df.iloc[:, 0].astype(str).str[:10])
    return pd.Series(df[c].values, index=d).dropna()


def ret(s):
    return s[s.index <= end].iloc[-1] / s[s.index <= start].iloc[-1] - 1


rut = col("market-base/indices/RUT.csv", "close")
spx = col("market-base/indices/SPX.csv", "close")
print("spread %.12f" % (ret(rut) - ret(spx)))
for t in ["XLF", "XLI", "XLB"]:
    print("ret_%s %.12f" % (t, ret(col(f"factor_attribution/etf/{t}.csv", "Close"))))
iwm = pd.read_csv(f"{root}/etf-seasonality/IWM.csv", index_col=0, parse_dates=True)
spy = pd.read_csv(f"{root}/etf-seasonality/SPY.csv", index_col=0, parse_dates=True)
dv_i = (iwm["Close"] * iwm["Volume"]).loc[end]
dv_s = (spy["Close"] * spy["Volume"]).loc[end]
print("iwm_share %.12f" % (dv_i / (dv_i + dv_s)))

lo = pd.Timestamp("2019-01-26")
d2 = col("market-base/fred/rates.csv", "DGS2")
d10 = col("market-base/fred/rates.csv", "DGS10")
df = pd.concat([rut, spx, d2, d10], axis=1, join="inner")
df.columns = ["s", "l", "y2", "y10"]
df = df[(df.index >= lo) & (df.index <= end)]
iso = df.index.isocalendar()
wk = df.groupby([iso.year.values, iso.week.values]).tail(1)
y = (wk["s"].pct_change() - wk["l"].pct_change()).iloc[1:].values
X = np.column_stack(
    [np.ones(len(y)), 100 * wk["y2"].diff().iloc[1:].values, 100 * wk["y10"].diff().iloc[1:].values]
)
b = np.linalg.lstsq(X, y, rcond=None)[0]
print("weeks %d" % len(y))
print("beta2_100bp %.12f" % (100 * b[1]))
print("beta10_100bp %.12f" % (100 * b[2]))


def amount(x):
    if not isinstance(x, str) or x.strip() in ("", "-"):
        return np.nan
    k = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}.get(x[-1])
    return float(x[:-1]) * k if k else float(x)


fv = pd.read_csv(f"{root}/finviz_snapshot/finviz_2023-08.csv", index_col=0, dtype=str)
cap = fv["Market Cap"].map(amount)
inc = fv["Income"].map(amount)
for name, m in [("rut", "RUT"), ("spx", "S&P 500")]:
    mem = fv["Index"].fillna("").map(lambda s: m in [p.strip() for p in s.split(",")])
    ok = mem & cap.notna() & inc.notna()
    print("pe_%s %.12f" % (name, cap[ok].sum() / inc[ok].sum()))
