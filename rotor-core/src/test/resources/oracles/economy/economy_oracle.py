"""Independent oracle for dev.rotor.economy (pandas, numpy, scipy as installed in Debian).

Run: /usr/bin/python3 economy_oracle.py /work/shared/data > economy_oracle.csv
Relative return: RUT minus SPX simple monthly returns (market-base/indices, `close`, last close of
each calendar month, pct_change), keyed by calendar month. Indicators (fred_macro-monitor, `value`):
RSXFS m/m growth (decimal), UMCSENT and UNRATE m/m change, CFNAI level, keyed by calendar month.
Lag k pairs indicator month m with return month m + k; Pearson r over complete pairs, n, and the
95% Fisher-z interval tanh(atanh(r) +- 1.96 / sqrt(n - 3)). Also: RSXFS growth surprise (m/m growth
minus mean of the 12 preceding months' growth) sign split and USREC split: counts, means, Welch t.
"""
import sys

import numpy as np
import pandas as pd
from scipy import stats

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"


def monthly_level(path, column):
    df = pd.read_csv(path, parse_dates=["date"])
    s = df.set_index("date")[column].astype(float)
    s = s.groupby(s.index.to_period("M")).last()
    return s


def monthly_return(name):
    lv = monthly_level(f"{ROOT}/market-base/indices/{name}.csv", "close")
    # consecutive months only (a missing month would make pct_change span two months)
    full = lv.reindex(pd.period_range(lv.index[0], lv.index[-1], freq="M"))
    return full.pct_change().dropna()


rel = (monthly_return("RUT") - monthly_return("SPX")).dropna()


def fred(name):
    return monthly_level(f"{ROOT}/fred_macro-monitor/{name}.csv", "value")


def consecutive(s):
    return s.reindex(pd.period_range(s.index[0], s.index[-1], freq="M"))


inds = {
    "RSXFS_growth": consecutive(fred("RSXFS")).pct_change().dropna(),
    "UMCSENT_change": consecutive(fred("UMCSENT")).diff().dropna(),
    "UNRATE_change": consecutive(fred("UNRATE")).diff().dropna(),
    "CFNAI_level": fred("CFNAI"),
}
MAXLAG = 3
print("kind,name,lag,n,r,lower,upper")
for name, ind in inds.items():
    for k in range(-MAXLAG, MAXLAG + 1):
        shifted = ind.copy()
        shifted.index = shifted.index + k
        both = pd.concat([shifted, rel], axis=1, join="inner").dropna()
        n = len(both)
        r = both.iloc[:, 0].corr(both.iloc[:, 1])
        h = 1.96 / np.sqrt(n - 3)
        z = np.arctanh(r)
        print(f"corr,{name},{k},{n},{r:.17g},{np.tanh(z - h):.17g},{np.tanh(z + h):.17g}")

g = inds["RSXFS_growth"]
g = consecutive(g)
trail = g.shift(1).rolling(12, min_periods=12).mean()
surprise = (g - trail).dropna()


def split(name, state):
    both = pd.concat([rel.rename("r"), state.rename("s")], axis=1, join="inner").dropna()
    a = both.r[both.s.astype(bool)]
    b = both.r[~both.s.astype(bool)]
    t = stats.ttest_ind(a, b, equal_var=False).statistic
    print(f"split,{name},in,{len(a)},{a.mean():.17g},,")
    print(f"split,{name},out,{len(b)},{b.mean():.17g},,")
    print(f"split,{name},welch,{len(both)},{t:.17g},,")


split("surprise", surprise > 0)
split("usrec", fred("USREC"))
