"""Oracle for dev.rotor.episodes: an independent Python/pandas implementation of the turning-point
dating (docs/conventions-episodes.md) run on real data, with hand checks of the results.

Run from the repository root:
    /usr/bin/python3 rotor-core/src/test/resources/oracles/episodes/episodes_oracle.py /work/shared/data \
        rotor-core/src/test/resources/oracles/episodes
Writes episodes_smb.csv, episodes_lo10_hi10.csv, episodes_rut_spx.csv (the tables the Java tests
compare against) and prints the human-readable report saved as oracle_output.txt.

Data: Kenneth R. French Data Library (F-F_Research_Data_Factors.csv, first block, SMB; and
Portfolios_Formed_on_ME.CSV, first block = value-weighted monthly returns, Lo 10 and Hi 10), percent
-> decimal, each month dated on its last calendar day; RUT and SPX closes from market-base/indices;
context: FRED DGS2 (market-base/fred/rates.csv) and USREC (fred_macro-monitor/USREC.csv).
"""
import math
import sys

import numpy as np
import pandas as pd

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = sys.argv[2] if len(sys.argv) > 2 else "."
STALE_DAYS = 31


def read_french(path, cols):
    """First block of a French CSV: YYYYMM rows after the first header line starting with ','."""
    rows, header = [], None
    with open(path, encoding="latin-1") as f:
        for line in f:
            cells = [c.strip() for c in line.rstrip("\r\n").split(",")]
            if header is None:
                if len(cells) > 1 and cells[0] == "" and cells[1] != "":
                    header = cells
                continue
            if len(cells[0]) == 6 and cells[0].isdigit():
                rows.append([cells[0]] + [float(cells[header.index(c)]) for c in cols])
            else:
                break
    df = pd.DataFrame(rows, columns=["ym"] + cols)
    df.index = pd.to_datetime(df.ym, format="%Y%m") + pd.offsets.MonthEnd(0)
    return df[cols] / 100.0


def candidates(x, w):
    n, out = len(x), []
    for t in range(n):
        left, right = x[max(0, t - w):t], x[t + 1:min(n - 1, t + w) + 1]
        both = np.concatenate([left, right])
        if np.all(left < x[t]) and np.all(right <= x[t]) and np.any(both < x[t]):
            out.append((t, True))
        elif np.all(left > x[t]) and np.all(right >= x[t]) and np.any(both > x[t]):
            out.append((t, False))
    return out


def alternate(x, cand):
    out = []
    for t, p in cand:
        if out and out[-1][1] == p:
            if (p and x[t] > x[out[-1][0]]) or (not p and x[t] < x[out[-1][0]]):
                out[-1] = (t, p)
        else:
            out.append((t, p))
    return out


def moves_enough(a, b, rise, amp):
    m = b / a - 1
    return (m > 0 and m >= amp) if rise else (m < 0 and m <= -amp)


def turning_points(x, w, min_phase, exempt, min_cycle, amp, e):
    n = len(x)
    tp = alternate(x, candidates(x, w))
    while True:
        changed = False
        while tp:  # first turning point: strictly more extreme than all before; amplitude near start
            t, p = tp[0]
            ok = t > 0 and (x[t] > x[:t].max() if p else x[t] < x[:t].min())
            ok = ok and (t >= e or moves_enough(x[0], x[t], p, amp))
            if ok:
                break
            tp, changed = tp[1:], True
        while tp:  # last: at least as extreme as all after; amplitude near end
            t, p = tp[-1]
            ok = t < n - 1 and (x[t] >= x[t + 1:].max() if p else x[t] <= x[t + 1:].min())
            ok = ok and (n - 1 - t >= e or moves_enough(x[t], x[n - 1], not p, amp))
            if ok:
                break
            tp, changed = tp[:-1], True
        if changed:
            continue
        m = len(tp)
        if m < 2:
            return tp
        a, bad = [], []
        for k in range(m - 1):
            (t0, _), (t1, p1) = tp[k], tp[k + 1]
            a.append(math.log(x[t1] / x[t0]) if p1 else math.log(x[t0] / x[t1]))
            mv = x[t1] / x[t0] - 1
            bad.append(not moves_enough(x[t0], x[t1], p1, amp)
                       or (t1 - t0 < min_phase and not abs(mv) >= exempt))
        for k in range(m - 2):
            if tp[k + 2][0] - tp[k][0] < min_cycle:
                bad[k] = bad[k + 1] = True
        offending = [k for k in range(m - 1) if bad[k]]
        if not offending:
            return tp
        k = min(offending, key=lambda j: (a[j], j))
        while True:
            left = a[k - 1] if k > 0 else math.inf
            right = a[k + 1] if k < m - 2 else math.inf
            if left < a[k] and left <= right:
                k -= 1
            elif right < a[k]:
                k += 1
            else:
                break
        tp = tp[:k] + tp[k + 2:]


def as_of(s, d):
    s = s.loc[:d]
    if len(s) == 0 or (d - s.index[-1]).days > STALE_DAYS:
        return math.nan
    return float(s.iloc[-1])


def episodes(line, tps, yields, rec):
    x, d = line.values, line.index
    bounds = [0] + [t for t, _ in tps] + [len(x) - 1]
    rows, prev = [], math.nan
    for k in range(len(tps) + 1):
        a, b = bounds[k], bounds[k + 1]
        if k < len(tps):
            direction = "SMALL_LEADS" if tps[k][1] else "LARGE_LEADS"
        else:
            direction = "LARGE_LEADS" if tps[-1][1] else "SMALL_LEADS"
        mv = x[b] / x[a] - 1
        start = d[a]
        dy = as_of(yields, start) - as_of(yields, start - pd.DateOffset(months=6))
        rows.append(dict(start=start.date(), end=d[b].date(), direction=direction, periods=b - a,
                         calendar_days=(d[b] - start).days, relative_move=mv, previous_move=prev,
                         start_censored=k == 0, ongoing=k == len(tps),
                         yield_change_2y=dy, recession=as_of(rec, start),
                         start_value=x[a], end_value=x[b]))
        prev = mv
    return pd.DataFrame(rows)


def fred(path, col):
    df = pd.read_csv(path, parse_dates=["date"])
    s = df.set_index("date")[col].dropna()
    return s.astype(float)


def show(name, line, rules, yields, rec, csv_name):
    tps = turning_points(line.values, *rules)
    table = episodes(line, tps, yields, rec) if tps else pd.DataFrame()
    print(f"== {name}: {len(line)} obs {line.index[0].date()}..{line.index[-1].date()}, rules "
          f"window={rules[0]} minPhase={rules[1]} exemption={rules[2]} minCycle={rules[3]} "
          f"minAmplitude={rules[4]} endExclusion={rules[5]}")
    with pd.option_context("display.width", 200, "display.max_rows", 500):
        print(table.drop(columns=["previous_move"]).to_string(
            index=False, float_format=lambda v: f"{v:.6g}"))
    table.to_csv(f"{OUT}/{csv_name}", index=False, float_format="%.17g",
                 columns=["start", "end", "direction", "periods", "calendar_days", "relative_move",
                          "previous_move", "start_censored", "ongoing", "yield_change_2y",
                          "recession"])
    return line, tps, table


def main():
    yields = fred(f"{DATA}/market-base/fred/rates.csv", "DGS2")
    rec = fred(f"{DATA}/fred_macro-monitor/USREC.csv", "value")
    monthly = (8, 4, 0.20, 16, 0.10, 6)
    daily = (168, 84, 0.20, 336, 0.10, 126)

    ff = read_french(f"{DATA}/ken_french/F-F_Research_Data_Factors.csv", ["Mkt-RF", "SMB"])
    smb = (1 + ff.SMB).cumprod()
    me = read_french(f"{DATA}/ken_french/Portfolios_Formed_on_ME.CSV", ["Lo 10", "Hi 10"])
    spread = (1 + me["Lo 10"]).cumprod() / (1 + me["Hi 10"]).cumprod()
    idx = f"{DATA}/market-base/indices"
    rut = pd.read_csv(f"{idx}/RUT.csv", parse_dates=["date"]).set_index("date").close
    spx = pd.read_csv(f"{idx}/SPX.csv", parse_dates=["date"]).set_index("date").close
    both = pd.concat([rut, spx], axis=1, join="inner").dropna()
    rs = both.iloc[:, 0] / both.iloc[:, 1]

    print("Volatilities used to scale the amplitude rule (annualised std of log changes):")
    print(f"  SMB cumulative index {np.log(smb).diff().std() * math.sqrt(12):.4f}, "
          f"Mkt-RF {np.log1p(ff['Mkt-RF']).std() * math.sqrt(12):.4f} (monthly 1926-07..2026-02)")
    print(f"  RUT/SPX {np.log(rs).diff().std() * math.sqrt(252):.4f}, "
          f"SPX {np.log(spx).diff().std() * math.sqrt(252):.4f} (daily 2016-06-28..2026-08-21)")
    print()

    line, tps, table = show("SMB cumulative index prod(1+SMB)", smb, monthly, yields, rec,
                            "episodes_smb.csv")
    print("\nHand checks on the SMB index (values of prod(1+SMB) from pandas):")
    for a, b in [("1968-12-31", "1974-12-31"), ("1974-12-31", "1983-07-31"),
                 ("1983-07-31", "1990-10-31"), ("1994-02-28", "1999-03-31"),
                 ("2000-11-30", "2006-03-31")]:
        va, vb = smb[a], smb[b]
        print(f"  {a} {va:.6f} -> {b} {vb:.6f}: {vb / va - 1:+.4%}")
    for t, p in tps:
        w = monthly[0]
        seg = smb.iloc[max(0, t - w):t + w + 1]
        ok = smb.iloc[t] == (seg.max() if p else seg.min())
        assert ok, "turning point is not the extreme of its window"
    print("  every turning point is the extreme of its +-8-month window (asserted)")
    seg = smb["1975-01-31":"1983-07-31"]
    print(f"  1974-12..1983-07: lowest later value {seg.min():.6f} > trough {smb['1974-12-31']:.6f}; "
          f"highest earlier value {seg.max():.6f} == peak {smb['1983-07-31']:.6f}")
    print()
    show("Lo 10 / Hi 10 (value-weighted) prod(1+lo)/prod(1+hi)", spread, monthly, yields, rec,
         "episodes_lo10_hi10.csv")
    print()
    show("RUT/SPX daily closes", rs, daily, yields, rec, "episodes_rut_spx.csv")


if __name__ == "__main__":
    main()
