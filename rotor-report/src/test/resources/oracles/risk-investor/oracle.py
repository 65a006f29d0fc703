"""Oracle for the risk and investor sections on real data at as-of 2024-01-26.

Run: /usr/bin/python3 oracle.py /work/shared/data > oracle.txt   (pandas 1.5.3, numpy)
Independent of Rotor: plain pandas/numpy on the shared CSVs.
"""
import sys
import numpy as np
import pandas as pd

D = sys.argv[1]
AS_OF = pd.Timestamp("2024-01-26")


def col(path, c):
    df = pd.read_csv(f"{D}/{path}", parse_dates=[0], index_col=0)
    return df[c].dropna().loc[:AS_OF]


rut = col("market-base/indices/RUT.csv", "close")
spx = col("market-base/indices/SPX.csv", "close")

# 1. five-year risk of RUT (levels from as-of minus 5 years), beta to SPX
f5 = AS_OF - pd.DateOffset(years=5)
r5 = rut.loc[f5:]
ret = r5.pct_change().dropna()
print("rut_vol5", ret.std(ddof=1) * np.sqrt(252))
print("rut_maxdd5", (r5 / r5.cummax() - 1).min())
print("rut_var95", ret.quantile(0.05))  # numpy/pandas linear = type 7
print("rut_cvar95", ret[ret <= ret.quantile(0.05)].mean())
both = pd.concat([r5, spx.loc[f5:]], axis=1, join="inner").pct_change().dropna()
print("rut_beta5", both.cov().iloc[0, 1] / both.iloc[:, 1].var())

# 2. weekly correlation: last close of each ISO week, common dates
lv = pd.concat([rut.loc[f5:], spx.loc[f5:]], axis=1, join="inner")
iso = lv.index.isocalendar()
wk = lv.groupby([iso.year, iso.week]).last()
wr = wk.pct_change().dropna()
print("weekly_corr5", wr.corr().iloc[0, 1], "weeks", len(wr))

# 3. one-year holding windows: 252 trading days on common dates, small strictly higher
full = pd.concat([rut, spx], axis=1, join="inner")
g = full / full.shift(252) - 1
g = g.dropna()
print("hold1_share", (g.iloc[:, 0] > g.iloc[:, 1]).mean(), "windows", len(g))

# 4. Amihud of IWM (etf-seasonality, unadjusted bars), 2023-01-26..2024-01-26, per US$1 million
iwm = pd.read_csv(f"{D}/etf-seasonality/IWM.csv", parse_dates=[0], index_col=0)
iwm["r"] = iwm["Close"].pct_change()
w = iwm.loc[AS_OF - pd.DateOffset(years=1):AS_OF]
dv = w["Close"] * w["Volume"]
ok = dv > 0
print("iwm_amihud", (w["r"].abs()[ok] / dv[ok]).mean() * 1e6)

# 5. IWM (dividend-adjusted) tracking error against RUT over three years
iwma = col("factor_attribution/etf/IWM.csv", "Close")
f3 = AS_OF - pd.DateOffset(years=3)
t = pd.concat([iwma.loc[f3:], rut.loc[f3:]], axis=1, join="inner").pct_change().dropna()
print("iwm_te3", (t.iloc[:, 0] - t.iloc[:, 1]).std(ddof=1) * np.sqrt(252))

# 6. recession months: mean small-minus-large monthly return (last close per calendar month)
m = full.groupby([full.index.year, full.index.month]).last().pct_change().dropna()
diff = m.iloc[:, 0] - m.iloc[:, 1]
rec = pd.read_csv(f"{D}/fred_macro-monitor/USREC.csv", parse_dates=[0], index_col=0)["value"]
flag = {(d.year, d.month): v for d, v in rec.items()}
inrec = [k for k in diff.index if flag.get(k) == 1.0]
print("recession_months", len(inrec), "mean_diff", diff.loc[inrec].mean())

# 7. French size deciles (first block of Portfolios_Formed_on_ME.CSV: value-weighted monthly, percent)
rows = []
with open(f"{D}/ken_french/Portfolios_Formed_on_ME.CSV", encoding="latin-1") as fh:
    header = None
    for line in fh:
        cells = [c.strip() for c in line.split(",")]
        if header is None:
            if len(cells) > 1 and cells[0] == "" and "Lo 10" in cells:
                header = cells
            continue
        if not (len(cells[0]) == 6 and cells[0].isdigit()):
            break
        rows.append((cells[0], float(cells[header.index("Lo 10")]), float(cells[header.index("Hi 10")])))
fr = pd.DataFrame(rows, columns=["ym", "lo", "hi"])
fr = fr[fr.ym <= "202312"]
fr["d"] = (fr.lo - fr.hi) / 100
fr["k"] = [(int(y[:4]), int(y[4:])) for y in fr.ym]
rm = fr[[flag.get(k) == 1.0 for k in fr.k]]
print("french_recession_months", len(rm), "mean_diff", rm.d.mean())
