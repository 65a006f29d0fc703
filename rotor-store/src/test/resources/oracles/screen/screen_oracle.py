"""Oracle for dev.rotor.screen.ScreenRealDataTest: the same screens computed with pandas.

Run from the repository root (Debian python3-pandas 1.5.3):
    /usr/bin/python3 rotor-store/src/test/resources/oracles/screen/screen_oracle.py \
        /work/shared/data > rotor-store/src/test/resources/oracles/screen/expected.properties

Inputs (see ../shared/data/README.md):
  finviz_snapshot/finviz_2023-08.csv: labels of columns 2-6 are shifted by one (the column
    labelled Company holds the ticker, Sector the name, Industry the sector, Country the
    industry); rows without a company name are shifted once more. Read by position, as
    Rotor's FinvizParser does. Amount suffixes K/M/B/T and percents are applied by shifting the
    decimal exponent before one float() conversion, which (like Java's parseDouble) is correctly
    rounded, so every value is the same double Rotor reads.
  us-stock-monitor/fundamentals_sp500_2026-06-29.csv: yfinance fields; debtToEquity is in percent
    and is divided by 100 (as a decimal shift) to give Rotor's ratio.

Screens are written as pandas masks by hand. Missing values follow Rotor's three-valued rule: a
comparison with NaN is false in pandas and unknown in Rotor, which select the same rows unless a
comparison sits under a negation; where one does (`not (pe > 40)`), the mask spells out the
known-value condition (`pe.notna() & (pe <= 40)`). Arithmetic that is not finite is missing.

Finviz quirk found here (not in the data README): the export has no minus signs at all (no cell
of any column starts with '-': Perf Week, EPS, Sales Q/Q, Income, ROE ...), so declines and losses
read as gains and profits (SNAP Sales Q/Q 3.90% was -3.9%); `finviz_sign_quirk` pins that.
Ranking: values ascending/descending, NaN last, ties by ticker ascending then file order
(stable mergesort on [value, ticker]).
"""
import math
import sys

import numpy as np
import pandas as pd

ROOT = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"

SECTORS = {
    "Basic Materials", "Communication Services", "Consumer Cyclical", "Consumer Defensive",
    "Energy", "Financial", "Healthcare", "Industrials", "Real Estate", "Technology", "Utilities",
}
SUFFIX = {"K": 3, "M": 6, "B": 9, "T": 12}


def amount(cell, percent=False):
    s = cell.strip().replace(",", "").replace("$", "")
    if s in ("", "-"):
        return math.nan
    shift = 0
    if percent:
        if s.endswith("%"):
            s = s[:-1]
        shift = -2
    elif s[-1] in SUFFIX:
        shift = SUFFIX[s[-1]]
        s = s[:-1]
    if "e" in s or "E" in s:
        mant, exp = s.lower().split("e")
        return float(mant + "e" + str(int(exp) + shift))
    return float(s + "e" + str(shift))


def finviz():
    raw = pd.read_csv(ROOT + "/finviz_snapshot/finviz_2023-08.csv", dtype=str,
                      keep_default_na=False)
    cols = list(raw.columns)
    rows = []
    for rec in raw.itertuples(index=False, name=None):
        a, b = rec[2].strip(), rec[3].strip()
        if b in SECTORS:
            name, sector, industry = a, b, rec[4].strip()
        elif a in SECTORS:
            name, sector, industry = "", a, b
        else:
            raise ValueError(rec[1])
        get = lambda label: rec[cols.index(label)]
        rows.append({
            "ticker": rec[1].strip(), "name": name, "sector": sector, "industry": industry,
            "asset_class": "ETF" if industry == "Exchange Traded Fund" else "Equity",
            "memberships": get("Index").strip(),
            "market_cap": amount(get("Market Cap")), "sales": amount(get("Sales")),
            "income": amount(get("Income")), "shares": amount(get("Shs Outstand")),
            "price": amount(get("Price")), "pe": amount(get("P/E")),
            "forward_pe": amount(get("Forward P/E")),
            "sales_growth": amount(get("Sales Q/Q"), True),
            "earnings_growth": amount(get("EPS Q/Q"), True),
            "profit_margin": amount(get("Profit Margin"), True),
            "debt_to_equity": amount(get("Debt/Eq")),
        })
    return pd.DataFrame(rows)


def fundamentals():
    raw = pd.read_csv(ROOT + "/us-stock-monitor/fundamentals_sp500_2026-06-29.csv", dtype=str,
                      keep_default_na=False)
    return pd.DataFrame({
        "ticker": raw["ticker"].str.strip(), "name": raw["shortName"].str.strip(),
        "sector": raw["sector"].str.strip(), "industry": raw["industry"].str.strip(),
        "asset_class": "", "memberships": "",
        "market_cap": raw["marketCap"].map(amount), "price": raw["currentPrice"].map(amount),
        "pe": raw["trailingPE"].map(amount), "forward_pe": raw["forwardPE"].map(amount),
        "sales_growth": raw["revenueGrowth"].map(amount),
        "earnings_growth": raw["earningsGrowth"].map(amount),
        "profit_margin": raw["profitMargins"].map(amount),
        "debt_to_equity": raw["debtToEquity"].map(lambda c: amount(c, True)),
    })


def ranked(df, mask, field, ascending, top):
    m = df[mask].copy()
    m["_order"] = range(len(m))
    present = m[m[field].notna()].sort_values(
        [field, "ticker", "_order"], ascending=[ascending, True, True], kind="mergesort")
    missing = m[m[field].isna()].sort_values(["ticker", "_order"], kind="mergesort")
    out = pd.concat([present, missing]).head(top)
    return len(m), int(m[field].isna().sum()), out


def finite_ratio(a, b):
    r = a / b
    return r.where(np.isfinite(r))


def emit(key, file, df, where, mask, rank, top):
    field, _, order = rank.partition(" ")
    matched, missing, out = ranked(df, mask, field, order != "desc", top)
    print(f"{key}.file={file}")
    print(f"{key}.where={where}")
    print(f"{key}.rank={rank}")
    print(f"{key}.top={top}")
    print(f"{key}.total={len(df)}")
    print(f"{key}.matched={matched}")
    print(f"{key}.missingRank={missing}")
    print(f"{key}.tickers={' '.join(out['ticker'])}")
    print(f"{key}.values={' '.join(repr(float(v)) for v in out[field])}")


def main():
    print("# generated by screen_oracle.py (pandas " + pd.__version__ + "); do not edit")
    v = finviz()
    f = fundamentals()
    example = "sales_growth > 0.10 and debt_to_equity < 1 and pe > 0"

    emit("sp500_example", "us-stock-monitor/fundamentals_sp500_2026-06-29.csv", f, example,
         f.eval("sales_growth > 0.10 and debt_to_equity < 1 and pe > 0"), "pe", 25)
    emit("finviz_example", "finviz_snapshot/finviz_2023-08.csv", v, example,
         v.eval("sales_growth > 0.10 and debt_to_equity < 1 and pe > 0"), "pe", 25)
    emit("finviz_rut_example", "finviz_snapshot/finviz_2023-08.csv", v,
         'memberships contains "RUT" and ' + example,
         v.memberships.str.contains("rut", case=False, regex=False)
         & v.eval("sales_growth > 0.10 and debt_to_equity < 1 and pe > 0"), "pe", 25)
    emit("sp500_tech_megacaps", "us-stock-monitor/fundamentals_sp500_2026-06-29.csv", f,
         'sector = "technology" and market_cap > 100B and not (pe > 40)',
         (f.sector.str.lower() == "technology") & (f.market_cap > 100e9)
         & f.pe.notna() & (f.pe <= 40), "market_cap desc", 10)
    emit("sp500_missing_pe", "us-stock-monitor/fundamentals_sp500_2026-06-29.csv", f,
         "pe is missing or earnings_growth < -20%",
         f.pe.isna() | (f.earnings_growth < -0.20), "pe desc", 40)
    emit("finviz_rut_value", "finviz_snapshot/finviz_2023-08.csv", v,
         'memberships contains "rut" and asset_class = "Equity"'
         ' and (forward_pe / pe < 0.8 or forward_pe is missing and pe < 10)'
         ' and not sector in ("Financial", "Real Estate")',
         v.memberships.str.contains("rut", case=False, regex=False)
         & (v.asset_class.str.lower() == "equity")
         & ((finite_ratio(v.forward_pe, v.pe) < 0.8) | (v.forward_pe.isna() & (v.pe < 10)))
         & (v.sector != "") & ~v.sector.str.lower().isin(["financial", "real estate"]),
         "profit_margin desc", 20)
    emit("finviz_sp500_low_debt", "finviz_snapshot/finviz_2023-08.csv", v,
         'memberships contains "S&P 500" and debt_to_equity <= 0.05',
         v.memberships.str.contains("s&p 500", case=False, regex=False)
         & (v.debt_to_equity <= 0.05), "debt_to_equity", 25)
    emit("finviz_sign_quirk", "finviz_snapshot/finviz_2023-08.csv", v,
         "sales_growth < 0 or earnings_growth < 0 or profit_margin < 0 or income < 0",
         (v.sales_growth < 0) | (v.earnings_growth < 0) | (v.profit_margin < 0) | (v.income < 0),
         "sales_growth", 5)
    emit("finviz_sp500_no_pe", "finviz_snapshot/finviz_2023-08.csv", v,
         'memberships contains "S&P 500" and pe is missing',
         v.memberships.str.contains("s&p 500", case=False, regex=False) & v.pe.isna(),
         "market_cap desc", 10)


if __name__ == "__main__":
    main()
