"""Oracle for the claim checker's commentary tests (rotor-claims/src/test/resources/commentary).

Run from the repository root:  /usr/bin/python3 rotor-claims/src/test/resources/oracles/claims/episodes.py
(reads ../shared/data; override with ROTOR_SHARED_DATA). Output: episodes.txt beside this script.
Rules reproduced by hand (docs/claims.md): a return runs from the last close on or before the base
date to the last close on or before the end date; equal-weight basket = mean of member returns;
period sigma = sample sd (ddof=1) of the 252 daily simple returns up to the base close x sqrt(n),
n = trading days in the period; SUBSTANTIAL threshold = min(sigma, 10 pp); "about X%" band =
max(2 pp, 0.2 X).
"""
import os
import pandas as pd

D = os.environ.get("ROTOR_SHARED_DATA", "../shared/data")


def col(path, name):
    d = pd.read_csv(os.path.join(D, path), parse_dates=[0], index_col=0)
    return d[name].dropna()


S = {
    "RUT": col("market-base/indices/RUT.csv", "close"),
    "SPX": col("market-base/indices/SPX.csv", "close"),
    "IXIC": col("market-base/indices/IXIC.csv", "close"),
}
for t in ["XLE", "XLU", "XLK", "XLF"]:
    S[t] = col(f"factor_attribution/etf/{t}.csv", "Close")
MAG7 = ["AAPL", "MSFT", "GOOG", "AMZN", "NVDA", "META", "TSLA"]
for t in MAG7:
    S[t] = col(f"market-base/stocks/{t}.csv", "close")


def ret(name, base, end):
    s = S[name]
    a = s[:base]
    b = s[:end]
    return b.iloc[-1] / a.iloc[-1] - 1, a.index[-1].date(), b.index[-1].date(), len(s[a.index[-1]:b.index[-1]]) - 1


def sigma(name, base, n, other=None):
    r = S[name].pct_change()
    if other is not None:
        r = (r - S[other].pct_change()).dropna()
    r = r.dropna()[:base].iloc[-252:]
    return r.std(ddof=1) * n ** 0.5


out = []


def show(label, name, base, end, other=None):
    r, b, e, n = ret(name, base, end)
    line = f"{label}: {name} {r*100:+.2f}% ({b}..{e}, n={n}, sigma {sigma(name, base, n)*100:.2f} pp)"
    if other:
        r2 = ret(other, base, end)[0]
        line += f"; {other} {r2*100:+.2f}%; spread {(r-r2)*100:+.2f} pp, spread sigma {sigma(name, base, n, other)*100:.2f} pp"
    out.append(line)


# 2023 full year (base 2022-12-31, end 2023-12-31)
show("2023", "IXIC", "2022-12-31", "2023-12-31")
show("2023", "SPX", "2022-12-31", "2023-12-31")
show("2023", "RUT", "2022-12-31", "2023-12-31", "SPX")
show("2023", "XLU", "2022-12-31", "2023-12-31", "SPX")
show("2023", "XLE", "2022-12-31", "2023-12-31")
m7 = sum(ret(t, "2022-12-31", "2023-12-31")[0] for t in MAG7) / 7
out.append(f"2023: MAG7 equal-weight {m7*100:+.2f}% vs SPX {ret('SPX','2022-12-31','2023-12-31')[0]*100:+.2f}%")
# 2022 bear market
show("2022", "IXIC", "2021-12-31", "2022-12-31")
show("2022", "SPX", "2021-12-31", "2022-12-31")
show("2022", "RUT", "2021-12-31", "2022-12-31", "IXIC")
show("2022", "XLE", "2021-12-31", "2022-12-31")
# November 2024 (base 2024-10-31, end 2024-11-30); article dated 2024-11-29
show("Nov 2024", "RUT", "2024-10-31", "2024-11-30", "SPX")
show("Nov 2024", "IXIC", "2024-10-31", "2024-11-30")
show("since early Nov 2024", "RUT", "2024-11-01", "2024-11-29")
# April 2025 drawdown; article dated 2025-04-08
show("YTD to 2025-04-08", "IXIC", "2024-12-31", "2025-04-08")
show("YTD to 2025-04-08", "RUT", "2024-12-31", "2025-04-08", "SPX")
show("trailing month to 2025-04-08", "SPX", "2025-03-08", "2025-04-08")
show("since mid March 2025", "XLK", "2025-03-11", "2025-04-08")
# The article small-caps-lead-rally.txt under its two date candidates
for t in ["XLB", "XLI"]:
    S[t] = col(f"factor_attribution/etf/{t}.csv", "Close")
for at in ["2026-01-07", "2024-01-26"]:
    base = f"{int(at[:4]) - 1}-12-31"
    show(f"article YTD to {at}", "RUT", base, at, "SPX")
    show(f"article YTD to {at}", "IXIC", base, at)
    for t in ["XLF", "XLI", "XLB"]:
        show(f"article YTD to {at}", t, base, at)
    pb = f"{int(at[:4]) - 4}-12-31"
    show(f"article prior 3y before {base}", "RUT", pb, base, "SPX")
    five = f"{int(at[:4]) - 5}{at[4:]}"
    r = pd.concat([S["RUT"].pct_change(), S["SPX"].pct_change()], axis=1, join="inner").dropna()
    r = r[(r.index > S["RUT"][:five].index[-1]) & (r.index <= at)]
    v = r.std(ddof=1) * 252 ** 0.5
    out.append(f"article 5y volatility to {at}: RUT {v.iloc[0]*100:.2f}% SPX {v.iloc[1]*100:.2f}% ({len(r)} days)")
    for t in ["IWM", "SPY"]:
        d = pd.read_csv(os.path.join(D, f"etf-seasonality/{t}.csv"), parse_dates=[0], index_col=0)
        d = d[d.index <= at].tail(252)
        dv = (d["Close"] * d["Volume"])[d["Volume"] > 0]
        out.append(f"article median dollar volume {t} 252 sessions to {at}: {dv.median():.6g}")
show("article kicked off 2024 (Jan 2024)", "RUT", "2023-12-31", "2024-01-31", "SPX")
show("article 2024 (full year)", "RUT", "2023-12-31", "2024-12-31", "SPX")
text = "\n".join(out) + "\n"
print(text, end="")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "episodes.txt"), "w") as f:
    f.write(text)
