"""Oracle for dev.rotor.liquidity, written independently with pandas/numpy from the papers' formulas.

Run from the repository root:
    /usr/bin/python3 rotor-core/src/test/resources/oracles/liquidity/liquidity_oracle.py /work/shared/data
Writes the CSV files next to this script. pandas 1.5.3 / numpy 1.24 (Debian python3-pandas).

Data
  etf-seasonality/{IWM,SPY}.csv   Date,Close,High,Low,Open,Volume (unadjusted yfinance prices)
  factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz   closes only, no volume
  nasdaq_screener/nasdaq_screener_2025-02.csv   Symbol, Market Cap (US dollars), about 2025-02-09

Definitions (docs/conventions-liquidity.md)
  r_t            close_t / close_{t-1} - 1 (previous available close)
  dollar volume  DV_t = close_t * volume_t
  Amihud (2002)  ILLIQ = mean over days with DV_t > 0 of |r_t| / DV_t, times 1e6
  ADV            mean(DV_t) (dollars), mean(volume_t) (shares)
  volatility     sample standard deviation (ddof 1) of r_t
  Corwin-Schultz (2012), pair (t-1, t), dated t:
      overnight adjustment of day t: if L_t > C_{t-1}: H_t, L_t -= L_t - C_{t-1};
                                     if H_t < C_{t-1}: H_t, L_t += C_{t-1} - H_t
      beta  = ln(H_{t-1}/L_{t-1})^2 + ln(H_t/L_t)^2
      gamma = ln(max(H_{t-1},H_t) / min(L_{t-1},L_t))^2
      alpha = (sqrt(2 beta) - sqrt(beta)) / (3 - 2 sqrt 2) - sqrt(gamma / (3 - 2 sqrt 2))
      S     = 2 (exp(alpha) - 1) / (1 + exp(alpha)), negative S set to 0, then averaged
  Roll (1984)    2 sqrt(-cov(r_t, r_{t-1})) (pandas Series.cov, ddof 1); NaN when cov >= 0
  impact         Y * volatility * sqrt(Q / ADV) with Q and ADV in dollars, Y = 1
  days           Q / (participation * ADV)
Each daily quantity is dated on its last bar; window statistics use the quantities dated in
[FROM, TO] (a return on the first day of the window uses the close before it).
"""
import os
import sys

import numpy as np
import pandas as pd

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = os.path.dirname(os.path.abspath(__file__))

FROM = "2024-01-01"
TO = "2026-08-20"  # 2026-08-21 may be an intraday snapshot (data README, section 3)
POSITION_USD = 100e6
PARTICIPATION = 0.10
Y = 1.0
IWM_SHARES = 278_750_000.0  # iShares IWM holdings file, "Shares Outstanding" as of 2026-05-05
ROLLING = 21
PANEL_FROM = "2024-01-01"
PANEL_TO = "2026-08-03"
QUANTILES = 5
THRESHOLDS = [2e9, 10e9]  # cap < $2B, $2B <= cap < $10B, cap >= $10B
DAILY_TO = "2024-03-31"


def bars(ticker):
    path = os.path.join(ROOT, "etf-seasonality", ticker + ".csv")
    return pd.read_csv(path, index_col=0, parse_dates=True).astype(float)


def corwin_schultz(d, overnight):
    h = d["High"].copy()
    lo = d["Low"].copy()
    prev_close = d["Close"].shift(1)
    if overnight:
        up = (lo - prev_close).where(lo > prev_close, 0.0).fillna(0.0)
        down = (prev_close - h).where(h < prev_close, 0.0).fillna(0.0)
        h2 = h - up + down
        l2 = lo - up + down
    else:
        h2, l2 = h, lo
    h1 = h.shift(1)
    l1 = lo.shift(1)
    beta = np.log(h1 / l1) ** 2 + np.log(h2 / l2) ** 2
    gamma = np.log(np.maximum(h1, h2) / np.minimum(l1, l2)) ** 2
    k = 3.0 - 2.0 * np.sqrt(2.0)
    alpha = (np.sqrt(2.0 * beta) - np.sqrt(beta)) / k - np.sqrt(gamma / k)
    s = 2.0 * (np.exp(alpha) - 1.0) / (1.0 + np.exp(alpha))
    return s.clip(lower=0.0)


def daily(d):
    r = d["Close"].pct_change()
    dv = d["Close"] * d["Volume"]
    illiq = (r.abs() / dv).where(dv > 0) * 1e6
    return pd.DataFrame(
        {
            "r": r,
            "r_lag": r.shift(1),
            "dv": dv,
            "volume": d["Volume"],
            "amihud": illiq,
            "cs": corwin_schultz(d, True),
            "cs_raw": corwin_schultz(d, False),
        }
    )


def roll(r, r_lag):
    c = r.cov(r_lag)
    return 2.0 * np.sqrt(-c) if c < 0 else np.nan


def summary(ticker, shares):
    q = daily(bars(ticker))
    w = q[(q.index >= FROM) & (q.index <= TO)]
    adv = w["dv"].mean()
    vol = w["r"].std(ddof=1)
    row = {
        "ticker": ticker,
        "bars": len(w),
        "first": w.index[0].date(),
        "last": w.index[-1].date(),
        "amihud": w["amihud"].mean(),
        "amihud_n": int(w["amihud"].count()),
        "adv_dollars": adv,
        "adv_shares": w["volume"].mean(),
        "turnover": w["volume"].mean() / shares if shares == shares else np.nan,
        "volatility": vol,
        "volatility_n": int(w["r"].count()),
        "days_to_liquidate": POSITION_USD / (PARTICIPATION * adv),
        "impact": Y * vol * np.sqrt(POSITION_USD / adv),
        "corwin_schultz": w["cs"].mean(),
        "corwin_schultz_n": int(w["cs"].count()),
        "corwin_schultz_raw": w["cs_raw"].mean(),
        "corwin_schultz_zero_share": float((w["cs"] == 0).mean()),
        "roll": roll(w["r"], w["r_lag"]),
    }
    return row, q


def write(df, name, header):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        for line in header:
            f.write("# " + line + "\n")
        df.to_csv(f, index=False, float_format="%.17g", na_rep="NaN")


def etfs():
    rows = []
    rolling = []
    daily_rows = []
    for t, shares in (("IWM", IWM_SHARES), ("SPY", np.nan)):
        row, q = summary(t, shares)
        rows.append(row)
        rr = pd.DataFrame(
            {
                "date": q.index.date,
                "ticker": t,
                "amihud": q["amihud"].rolling(ROLLING).mean().values,
                "adv_dollars": q["dv"].rolling(ROLLING).mean().values,
                "adv_shares": q["volume"].rolling(ROLLING).mean().values,
                "corwin_schultz": q["cs"].rolling(ROLLING).mean().values,
            }
        )
        rr = rr[(rr["date"] >= pd.Timestamp(FROM).date()) & (rr["date"] <= pd.Timestamp(TO).date())]
        rolling.append(rr)
        dd = q[(q.index >= FROM) & (q.index <= DAILY_TO)]
        daily_rows.append(
            pd.DataFrame(
                {
                    "date": dd.index.date,
                    "ticker": t,
                    "r": dd["r"].values,
                    "amihud": dd["amihud"].values,
                    "corwin_schultz": dd["cs"].values,
                    "corwin_schultz_raw": dd["cs_raw"].values,
                }
            )
        )
    write(
        pd.DataFrame(rows),
        "iwm_spy_summary.csv",
        [
            "liquidity_oracle.py: etf-seasonality IWM and SPY, window %s..%s" % (FROM, TO),
            "position %.0f USD, participation %.2f, Y %.1f; IWM shares %.0f (2026-05-05), SPY unknown"
            % (POSITION_USD, PARTICIPATION, Y, IWM_SHARES),
        ],
    )
    write(
        pd.concat(daily_rows),
        "iwm_spy_daily.csv",
        ["liquidity_oracle.py: daily quantities %s..%s, each dated on its last bar" % (FROM, DAILY_TO)],
    )
    write(
        pd.concat(rolling),
        "iwm_spy_rolling21.csv",
        ["liquidity_oracle.py: trailing %d-bar means (pandas rolling, min_periods = window)" % ROLLING],
    )


def caps():
    path = os.path.join(ROOT, "nasdaq_screener", "nasdaq_screener_2025-02.csv")
    s = pd.read_csv(path, usecols=["Symbol", "Market Cap"], dtype={"Symbol": str})
    s["Symbol"] = s["Symbol"].str.strip().str.replace("/", "-", regex=False)
    s = s[s["Market Cap"] > 0].drop_duplicates("Symbol")
    return s.set_index("Symbol")["Market Cap"].astype(float)


def panel():
    path = os.path.join(ROOT, "factor_attribution", "stock_panel", "adj_close_wide_2019-2026.csv.gz")
    p = pd.read_csv(path, index_col=0, parse_dates=True)
    cap = caps()
    tickers = sorted(set(p.columns) & set(cap.index))
    members = []
    for t in tickers:
        c = p[t].dropna()
        r = c.pct_change()
        lag = r.shift(1)
        m = (r.index >= PANEL_FROM) & (r.index <= PANEL_TO)
        rw, lw = r[m], lag[m]
        members.append(
            {
                "ticker": t,
                "cap": cap[t],
                "volatility": rw.std(ddof=1) if rw.count() >= 2 else np.nan,
                "roll": roll(rw, lw) if (rw.notna() & lw.notna()).sum() >= 2 else np.nan,
            }
        )
    m = pd.DataFrame(members)
    header = [
        "liquidity_oracle.py: stock panel closes %s..%s, Nasdaq screener 2025-02 caps"
        % (PANEL_FROM, PANEL_TO),
        "tickers in both panel and screener: %d (panel %d, screener caps > 0: %d)"
        % (len(m), p.shape[1], len(cap)),
    ]
    write(buckets(m, np.searchsorted(THRESHOLDS, m["cap"].values, side="right") + 1),
          "panel_thresholds.csv", header + ["buckets: cap < 2e9, 2e9 <= cap < 1e10, cap >= 1e10"])
    # rank ascending by cap, ties by ticker; bucket = floor(rank * n / N) + 1
    m = m.sort_values(["cap", "ticker"], kind="mergesort").reset_index(drop=True)
    n_all = len(m)
    write(buckets(m, (np.arange(n_all) * QUANTILES // n_all) + 1), "panel_quintiles.csv",
          header + ["buckets: quintiles by rank, floor(rank * 5 / N) + 1"])


def buckets(m, bucket):
    m = m.copy()
    m["bucket"] = bucket
    out = m.groupby("bucket").agg(
        members=("ticker", "size"),
        min_cap=("cap", "min"),
        max_cap=("cap", "max"),
        median_cap=("cap", "median"),
        volatility=("volatility", "median"),
        volatility_n=("volatility", "count"),
        roll=("roll", "median"),
        roll_n=("roll", "count"),
    )
    return out.reset_index()


if __name__ == "__main__":
    etfs()
    panel()
