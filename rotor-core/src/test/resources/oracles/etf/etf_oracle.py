"""Oracle for dev.rotor.etf.EtfComparison (pandas), run with /usr/bin/python3 from the repo root:

    /usr/bin/python3 rotor-core/src/test/resources/oracles/etf/etf_oracle.py /work/shared/data \
        > rotor-core/src/test/resources/oracles/etf/etf_oracle.properties

Definitions (docs/conventions-etf.md): levels intersected on common dates; simple per-period
returns; annualised return (L_last/L_first)^(252/m) - 1 with m = periods; tracking difference =
ETF annualised - index annualised; tracking error = sqrt(252) * std(ddof=1) of r_etf - r_index;
volatility = sqrt(252) * std(ddof=1); correlation Pearson; beta = cov(ddof=1)/var(ddof=1) of the
index; cost gap = -TD - expense ratio; calendar year Y is complete when common dates exist in Y-1
and Y+1, its return is L(last date of Y)/L(last date of Y-1) - 1.
"""
import sys
import numpy as np
import pandas as pd

root = sys.argv[1]
PPY = 252
CASES = [
    ("iwm_rut", "etf-seasonality/IWM.csv", "Close", "market-base/indices/RUT.csv", "close", 0.0019),
    ("spy_spx", "etf-seasonality/SPY.csv", "Close", "market-base/indices/SPX.csv", "close", 0.000945),
    ("qqq_ixic", "etf-seasonality/QQQ.csv", "Close", "market-base/indices/IXIC.csv", "close", 0.0020),
]


def col(rel, name):
    df = pd.read_csv(f"{root}/{rel}")
    s = pd.Series(df[name].values, index=pd.to_datetime(df.iloc[:, 0].astype(str).str[:10]))
    return s.dropna()


print(f"# pandas {pd.__version__}, numpy {np.__version__}")
for case, ef, ec, xf, xc, er in CASES:
    lv = pd.concat([col(ef, ec), col(xf, xc)], axis=1, join="inner").dropna()
    e, x = lv.iloc[:, 0], lv.iloc[:, 1]
    re, rx = e.pct_change().iloc[1:], x.pct_change().iloc[1:]
    m = len(re)
    ae = (e.iloc[-1] / e.iloc[0]) ** (PPY / m) - 1
    ax = (x.iloc[-1] / x.iloc[0]) ** (PPY / m) - 1
    td = ae - ax
    te = (re - rx).std(ddof=1) * np.sqrt(PPY)
    out = {
        "first": lv.index[0].date(), "last": lv.index[-1].date(), "count": len(lv), "periods": m,
        "etfAnnualReturn": ae, "indexAnnualReturn": ax, "trackingDifference": td,
        "trackingError": te,
        "etfVolatility": re.std(ddof=1) * np.sqrt(PPY), "indexVolatility": rx.std(ddof=1) * np.sqrt(PPY),
        "correlation": re.corr(rx), "beta": re.cov(rx) / rx.var(ddof=1),
        "expenseRatio": er, "costGap": -td - er,
    }
    for k, v in out.items():
        print(f"{case}.{k}={v!r}" if isinstance(v, float) else f"{case}.{k}={v}")
    ye = e.groupby(e.index.year).last()
    yx = x.groupby(x.index.year).last()
    years = list(ye.index)
    done = []
    for i in range(1, len(years) - 1):
        y = years[i]
        if years[i - 1] != y - 1 or years[i + 1] != y + 1:
            continue
        a = ye[y] / ye[y - 1] - 1
        b = yx[y] / yx[y - 1] - 1
        done.append(y)
        print(f"{case}.year.{y}={a!r},{b!r},{a - b!r}")
    print(f"{case}.years={','.join(str(y) for y in done)}")
