"""Oracle for dev.rotor.valuation and dev.rotor.flows (run: /usr/bin/python3 valuation_oracle.py /work/shared/data).

Writes aggregates.csv (aggregate earnings yield / P/E per universe) and flows.csv (IWM vs SPY
dollar-volume share and z-scores, window 63, sampled rows) next to this script.
"""
import os
import sys

import numpy as np
import pandas as pd

root = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
here = os.path.dirname(os.path.abspath(__file__))


def aggregate(name, cap, income, pe):
    n = len(cap)
    both = cap.notna() & income.notna()
    c, i = cap[both], income[both]
    neg = i < 0
    ey = i.sum() / c.sum()
    pos = ~neg
    ey_ex = i[pos].sum() / c[pos].sum()
    hp = cap.notna() & pe.notna() & (pe > 0)
    harm = cap[hp].sum() / (cap[hp] / pe[hp]).sum()
    return dict(
        universe=name, rows=n, rows_with_data=int(both.sum()),
        cap_total=cap.sum(), cap_with_data=c.sum(), income_sum=i.sum(),
        earnings_yield=ey, pe=(1 / ey if ey > 0 else np.nan),
        negative_count=int(neg.sum()), negative_cap_share=c[neg].sum() / c.sum(),
        earnings_yield_ex_negative=ey_ex, harmonic_pe=harm)


# S&P 500, yfinance 2026-06-29: no net income field; income := marketCap / trailingPE (trailingPE > 0).
s = pd.read_csv(os.path.join(root, "us-stock-monitor/fundamentals_sp500_2026-06-29.csv"), low_memory=False)
spe = s.trailingPE.where(s.trailingPE > 0)
rows = [aggregate("sp500_2026-06-29", s.marketCap, s.marketCap / spe, spe)]

# Finviz 2023-08: Income / Market Cap with K/M/B/T suffixes; minus signs lost in the source.
mult = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def money(v):
    if pd.isna(v) or str(v).strip() == "":
        return np.nan
    v = str(v).strip()
    return float(v[:-1]) * mult[v[-1]] if v[-1] in mult else float(v)


f = pd.read_csv(os.path.join(root, "finviz_snapshot/finviz_2023-08.csv"), low_memory=False)
members = f["Index"].fillna("").apply(lambda x: [t.strip() for t in x.split(",")])
for code, name in [("RUT", "finviz_rut_2023-08"), ("S&P 500", "finviz_sp500_2023-08")]:
    g = f[members.apply(lambda m: code in m)]
    rows.append(aggregate(name, g["Market Cap"].map(money), g["Income"].map(money),
                          pd.to_numeric(g["P/E"], errors="coerce")))
pd.DataFrame(rows).to_csv(os.path.join(here, "aggregates.csv"), index=False, float_format="%.17g")

# Flows: IWM (small) vs SPY (large), unadjusted Close x Volume, common dates, window 63.
W = 63


def load(t):
    d = pd.read_csv(os.path.join(root, f"etf-seasonality/{t}.csv"), parse_dates=["Date"]).set_index("Date")
    return d


iwm, spy = load("IWM"), load("SPY")
idx = iwm.index.intersection(spy.index)
iwm, spy = iwm.loc[idx], spy.loc[idx]
dv_s, dv_l = iwm.Close * iwm.Volume, spy.Close * spy.Volume
share = dv_s / (dv_s + dv_l)


def z(x):
    prev = x.shift(1).rolling(W)
    return (x - prev.mean()) / prev.std(ddof=1)


out = pd.DataFrame(dict(dv_small=dv_s, dv_large=dv_l, share=share, share_z=z(share),
                        small_volume_z=z(iwm.Volume), large_volume_z=z(spy.Volume)))
sample = out.iloc[list(range(60, 70)) + list(range(W, len(out), 250)) + list(range(len(out) - 5, len(out)))]
sample = sample[~sample.index.duplicated()]
sample.to_csv(os.path.join(here, "flows.csv"), index_label="date", float_format="%.17g", na_rep="NaN")
print(pd.DataFrame(rows).T)
print(out.tail(3).T)
print("common dates", len(out), "share mean 1y", share.iloc[-252:].mean())
