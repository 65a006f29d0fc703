"""Independent oracle for dev.rotor.drivers.RallyDecomposition (statsmodels, pandas via /usr/bin/python3).

Run: /usr/bin/python3 explain_oracle.py /work/shared/data > oracle_output.txt   (from this directory)
Writes explain.csv: one row per case x driver (plus 'const'). Data: market-base/indices/{RUT,SPX}.csv
close, fred_macro-monitor/{DGS2,DGS10,BAMLH0A0HYM2}.csv value (percent). The small, large and driver
levels are intersected on common dates over their whole span, the last common observation per ISO
week (W-SUN) is kept, y = RUT simple return - SPX simple return per week, x_j = level diff per week
(percentage points). Estimation sample: weeks whose date (last common day) is in [est_from, est_to];
statsmodels OLS(y, add_constant(X)).fit(cov_type='HAC', cov_kwds={'maxlags': L}), Bartlett, no
small-sample correction, L = floor(4 (n/100)^(2/9)); R2 from the same fit. Window: weeks whose date is
in [win_from, win_to]; move_j = sum x_j, contribution = beta_j * move_j, interval = ends of
conf_int(0.05) (normal) times move, sorted; actual = sum y; residual = actual - const*m - sum contrib.
"""
import sys

import numpy as np
import pandas as pd
import statsmodels.api as sm

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
fmt = "%.17g"


def col(path, value_col):
    df = pd.read_csv(path)
    d = pd.to_datetime(df.iloc[:, 0].astype(str).str[:10])
    s = pd.to_numeric(df[value_col], errors="coerce")
    s.index = d
    return s.dropna().astype(float)


rut = col(f"{ROOT}/market-base/indices/RUT.csv", "close")
spx = col(f"{ROOT}/market-base/indices/SPX.csv", "close")
fred = {n: col(f"{ROOT}/fred_macro-monitor/{n}.csv", "value") for n in ("DGS2", "DGS10", "BAMLH0A0HYM2")}

CASES = [
    ("rates_h2_2024", ["DGS2", "DGS10"], "2016-07-01", "2023-12-31", "2024-07-01", "2024-12-31"),
    ("rates_credit_2025", ["DGS2", "DGS10", "BAMLH0A0HYM2"], "2016-07-01", "2024-12-31", "2025-01-01", "2025-06-30"),
    ("dgs2_insample_2024", ["DGS2"], "2016-07-01", "2024-12-31", "2024-07-01", "2024-12-31"),
]

rows = []
for case, names, ef, et, wf, wt in CASES:
    s = pd.concat([rut, spx] + [fred[n] for n in names], axis=1, join="inner").dropna()
    s.columns = ["small", "large"] + names
    s = s.groupby(s.index.to_period("W-SUN")).tail(1)
    y_all = (s["small"].pct_change() - s["large"].pct_change()).iloc[1:]
    x_all = s[names].diff().iloc[1:]
    est = (y_all.index >= ef) & (y_all.index <= et)
    win = (y_all.index >= wf) & (y_all.index <= wt)
    y = y_all[est]
    X = sm.add_constant(x_all[est])
    n = len(y)
    lags = int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))
    hac = sm.OLS(y.values, X.values).fit(cov_type="HAC", cov_kwds={"maxlags": lags})
    ci = hac.conf_int(0.05)
    m = int(win.sum())
    actual = float(y_all[win].sum())
    base = dict(case=case, n=n, lags=lags, m=m, r2=hac.rsquared,
                est_first=str(y.index[0].date()), est_last=str(y.index[-1].date()),
                win_first=str(y_all[win].index[0].date()), win_last=str(y_all[win].index[-1].date()),
                actual=actual)
    explained = 0.0
    for j, name in enumerate(names):
        move = float(x_all[name][win].sum())
        b = hac.params[j + 1]
        lo, hi = sorted((ci[j + 1][0] * move, ci[j + 1][1] * move))
        explained += b * move
        rows.append(dict(base, driver=name, beta=b, se_hac=hac.bse[j + 1], move=move,
                         contribution=b * move, lo=lo, hi=hi))
    rows.append(dict(base, driver="const", beta=hac.params[0], se_hac=hac.bse[0], move=m,
                     contribution=hac.params[0] * m, lo=np.nan, hi=np.nan,
                     explained=explained, residual=actual - hac.params[0] * m - explained))
out = pd.DataFrame(rows)
out.to_csv("explain.csv", index=False, float_format=fmt)
pd.set_option("display.width", 250)
print(out[["case", "driver", "n", "lags", "m", "r2", "beta", "move", "contribution", "lo", "hi", "actual", "residual"]].to_string())
import statsmodels
print("statsmodels", statsmodels.__version__, "pandas", pd.__version__)
