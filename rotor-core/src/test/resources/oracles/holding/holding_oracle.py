"""Independent pandas oracle for dev.rotor.holding.HoldingPeriods.

Run: /usr/bin/python3 holding_oracle.py /work/shared/data   (pandas 1.5.3, numpy 1.24.2)
Writes deciles.csv (French Lo 10 vs Hi 10, value-weighted monthly, 1926-07..2024-12),
smb.csv (French SMB monthly, 1926-07..2026-02, single series) and iwm_spy.csv
(factor_attribution IWM vs SPY dividend-adjusted daily closes, 2000-05-26..2026-08-03).

Method (deliberately different from the Java kernel, which differences cumulative log sums):
window growth = rolling product of (1 + r) over L = 12N months (pandas rolling.apply(np.prod)),
or P_t / P_{t-L} over L = 252N trading days for levels; annualised = growth ** (1 / N) - 1;
median = pandas Series.median; P(loss) = mean(growth < 1); beats = mean(small > large) on
annualised values.
"""
import sys

import numpy as np
import pandas as pd

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
YEARS = [1, 3, 5, 10, 20]


def french_first_block(path, column):
    rows = []
    header = None
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
            ym = pd.Period(year=int(cells[0][:4]), month=int(cells[0][4:]), freq="M")
            rows.append((ym.to_timestamp(how="end").normalize(), v / 100.0))
    s = pd.Series(dict(rows))
    return s.sort_index()


def close(path):
    df = pd.read_csv(path, parse_dates=["Date"]).dropna(subset=["Close"])
    return df.set_index("Date")["Close"].astype(float)


def summary(ann, growth):
    ann = ann.dropna()
    growth = growth.dropna()
    if len(ann) == 0:
        return [float("nan")] * 5
    return [(growth < 1).mean(), ann.min(), ann.median(), ann.max(), ann.mean()]


def from_returns(r, L):
    return (1 + r).rolling(L).apply(np.prod, raw=True)


def from_levels(p, L):
    return p / p.shift(L)


def compare(small, large, per_year, growth_fn, periods):
    out = []
    for n in YEARS:
        L = n * per_year
        gs = growth_fn(small, L)
        gl = growth_fn(large, L)
        ok = gs.notna() & gl.notna()
        gs, gl = gs[ok], gl[ok]
        a_s = gs ** (1.0 / n) - 1
        a_l = gl ** (1.0 / n) - 1
        rel_g = gs / gl
        a_r = rel_g ** (1.0 / n) - 1
        w = len(gs)
        row = {
            "years": n,
            "windows": w,
            "independent": periods // L,
            "first_end": gs.index[0].date() if w else "",
            "last_end": gs.index[-1].date() if w else "",
        }
        for name, a, g in (("small", a_s, gs), ("large", a_l, gl), ("relative", a_r, rel_g)):
            for k, v in zip(["loss", "worst", "median", "best", "mean"], summary(a, g)):
                row[f"{name}_{k}"] = v
        row["small_beats"] = (a_s > a_l).mean() if w else float("nan")
        row["large_beats"] = (a_s < a_l).mean() if w else float("nan")
        row["ties"] = (a_s == a_l).mean() if w else float("nan")
        out.append(row)
    return pd.DataFrame(out)


def single(r, per_year, periods):
    out = []
    for n in YEARS:
        L = n * per_year
        g = from_returns(r, L).dropna()
        a = g ** (1.0 / n) - 1
        w = len(g)
        row = {
            "years": n,
            "windows": w,
            "independent": periods // L,
            "first_end": g.index[0].date() if w else "",
            "last_end": g.index[-1].date() if w else "",
        }
        for k, v in zip(["loss", "worst", "median", "best", "mean"], summary(a, g)):
            row[k] = v
        out.append(row)
    return pd.DataFrame(out)


pd.set_option("display.width", 250)
fmt = "%.17g"
me = f"{ROOT}/ken_french/Portfolios_Formed_on_ME.CSV"
lo, hi = french_first_block(me, "Lo 10"), french_first_block(me, "Hi 10")
both = pd.concat([lo, hi], axis=1, join="inner")
d = compare(both.iloc[:, 0], both.iloc[:, 1], 12, from_returns, len(both))
d.to_csv("deciles.csv", index=False, float_format=fmt)
print("deciles", both.index[0].date(), both.index[-1].date(), len(both))
print(d.to_string())

smb = french_first_block(f"{ROOT}/ken_french/F-F_Research_Data_Factors.csv", "SMB")
s = single(smb, 12, len(smb))
s.to_csv("smb.csv", index=False, float_format=fmt)
print("smb", smb.index[0].date(), smb.index[-1].date(), len(smb))
print(s.to_string())

iwm = close(f"{ROOT}/factor_attribution/etf/IWM.csv")
spy = close(f"{ROOT}/factor_attribution/etf/SPY.csv")
lv = pd.concat([iwm, spy], axis=1, join="inner")
e = compare(lv.iloc[:, 0], lv.iloc[:, 1], 252, from_levels, len(lv) - 1)
e.to_csv("iwm_spy.csv", index=False, float_format=fmt)
print("iwm_spy", lv.index[0].date(), lv.index[-1].date(), len(lv))
print(e.to_string())
