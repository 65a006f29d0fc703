"""Oracle for dev.rotor.concentration (pandas), run with /usr/bin/python3 from the repo root:

    /usr/bin/python3 rotor-core/src/test/resources/oracles/concentration/concentration_oracle.py \
        /work/shared/data rotor-core/src/test/resources/oracles/concentration

Writes concentration_oracle.properties and breadth_2024q1.csv.

Definitions (docs/conventions-concentration.md):
- IVV weights: equity rows of ishares_holdings/IVV_holdings.csv (as of 2026-06-19), `Weight (%)`,
  normalised to sum 1; ticker '.' -> '-' to match the panel. HHI = sum w^2, effective N = 1/HHI.
- Contribution over [start, end]: P(d) = last panel close on or before d (adjusted closes of
  stock_panel/adj_close_wide_2019-2026.csv.gz); names lacking P(asOf), P(start) or a later P(end)
  are dropped; w0 ∝ w_asOf * P(start)/P(asOf), renormalised; r = P(end)/P(start) - 1; c = w0 r.
- Mag 7 price returns from market-base/stocks/<T>.csv `close` (split-, not dividend-adjusted).
- RSP - SPY: factor_attribution/etf/<T>.csv `Close`, L(end)/L(start) - 1.
- Breadth: per panel date, names with a close that day and >= N closes so far (own, gaps skipped),
  above = close > mean of last N own closes; advance/decline vs previous panel row (diff of the
  wide frame); A/D line cumsum from the first reported date.
"""
import sys
import numpy as np
import pandas as pd

root, out = sys.argv[1], sys.argv[2]
props = []

ivv = pd.read_csv(f"{root}/ishares_holdings/IVV_holdings.csv", skiprows=9)
ivv = ivv[ivv["Asset Class"] == "Equity"].copy()
ivv["w"] = pd.to_numeric(ivv["Weight (%)"].astype(str).str.replace(",", ""), errors="coerce")
ivv = ivv[ivv["w"] > 0]
ivv["t"] = ivv["Ticker"].astype(str).str.replace(".", "-", regex=False)
w = ivv.groupby("t", sort=False)["w"].sum()
w = w / w.sum()
hhi = float((w ** 2).sum())
props += [f"ivv.names={len(w)}", f"ivv.hhi={hhi!r}", f"ivv.effectiveN={1 / hhi!r}"]

panel = pd.read_csv(f"{root}/factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz",
                    index_col=0, parse_dates=True)
asof = pd.Timestamp("2026-06-19")
MAG7 = ["AAPL", "MSFT", "GOOG", "GOOGL", "AMZN", "NVDA", "META", "TSLA"]


def last_on_or_before(s, d):
    s = s.dropna()
    s = s[s.index <= d]
    return (s.index[-1], s.iloc[-1]) if len(s) else (None, np.nan)


for label, start, end in [("y2023", "2022-12-31", "2023-12-31"), ("y2024", "2023-12-31", "2024-12-31")]:
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    rows = []
    for t, wt in w.items():
        if t not in panel.columns:
            continue
        s = panel[t]
        _, pa = last_on_or_before(s, asof)
        d0, p0 = last_on_or_before(s, start)
        d1, p1 = last_on_or_before(s, end)
        if not (pa > 0) or not (p0 > 0) or d1 is None or d0 is None or d1 <= d0:
            continue
        rows.append((t, wt, wt * p0 / pa, p1 / p0 - 1))
    df = pd.DataFrame(rows, columns=["t", "wa", "roll", "r"]).set_index("t")
    df["w0"] = df["roll"] / df["roll"].sum()
    df["c"] = df["w0"] * df["r"]
    idx = float(df["c"].sum())
    m = df.loc[[t for t in MAG7 if t in df.index]]
    top = df.sort_values("w0", ascending=False).head(10)
    props += [f"{label}.used={len(df)}", f"{label}.covered={float(df['wa'].sum())!r}",
              f"{label}.index={idx!r}", f"{label}.mag7.weight={float(m['w0'].sum())!r}",
              f"{label}.mag7.contribution={float(m['c'].sum())!r}",
              f"{label}.mag7.share={float(m['c'].sum()) / idx!r}",
              f"{label}.top10.contribution={float(top['c'].sum())!r}",
              f"{label}.top10.names={','.join(top.index)}",
              f"{label}.NVDA.w0={float(df.loc['NVDA','w0'])!r}",
              f"{label}.NVDA.c={float(df.loc['NVDA','c'])!r}"]

for t in ["AAPL", "MSFT", "GOOG", "AMZN", "NVDA", "META", "TSLA"]:
    df = pd.read_csv(f"{root}/market-base/stocks/{t}.csv", parse_dates=["date"]).set_index("date")
    s = df["close"].dropna()
    for label, start, end in [("y2023", "2022-12-31", "2023-12-31"), ("y2024", "2023-12-31", "2024-12-31")]:
        _, p0 = last_on_or_before(s, pd.Timestamp(start))
        _, p1 = last_on_or_before(s, pd.Timestamp(end))
        props.append(f"close.{t}.{label}={p1 / p0 - 1!r}")

for label, start, end in [("y2023", "2022-12-31", "2023-12-31"), ("y2024", "2023-12-31", "2024-12-31")]:
    rr = {}
    for t in ["RSP", "SPY"]:
        df = pd.read_csv(f"{root}/factor_attribution/etf/{t}.csv")
        s = pd.Series(df["Close"].values, index=pd.to_datetime(df["Date"].astype(str).str[:10])).dropna()
        _, p0 = last_on_or_before(s, pd.Timestamp(start))
        _, p1 = last_on_or_before(s, pd.Timestamp(end))
        rr[t] = p1 / p0 - 1
    props += [f"rsp.{label}={rr['RSP']!r}", f"spy.{label}={rr['SPY']!r}",
              f"spread.{label}={rr['RSP'] - rr['SPY']!r}"]

# Breadth over 2024-01-01 .. 2024-03-31 (history from 2019 feeds the averages).
to = pd.Timestamp("2024-03-31")
p = panel[panel.index <= to]
p = p.loc[p.notna().any(axis=1)]
res = {}
for n in (50, 200):
    above = pd.Series(0, index=p.index)
    elig = pd.Series(0, index=p.index)
    for c in p.columns:
        s = p[c].dropna()
        if len(s) < n:
            continue
        ma = s.rolling(n).mean()
        ok = ma.notna()
        elig = elig.add(ok.astype(int).reindex(p.index, fill_value=0))
        above = above.add((s > ma).astype(int).reindex(p.index, fill_value=0))
    res[n] = (above, elig)
d = p.diff()
adv = (d > 0).sum(axis=1)
dec = (d < 0).sum(axis=1)
sel = p.index >= pd.Timestamp("2024-01-01")
outdf = pd.DataFrame({
    "above50": res[50][0], "eligible50": res[50][1],
    "above200": res[200][0], "eligible200": res[200][1],
    "advancers": adv, "decliners": dec})[sel]
outdf["adLine"] = (outdf["advancers"] - outdf["decliners"]).cumsum()
outdf.index.name = "date"
outdf.to_csv(f"{out}/breadth_2024q1.csv", date_format="%Y-%m-%d")
props.append(f"panel.names={panel.shape[1]}")

with open(f"{out}/concentration_oracle.properties", "w") as f:
    f.write("# Generated by concentration_oracle.py from /work/shared/data; do not edit.\n")
    f.write("\n".join(props) + "\n")
