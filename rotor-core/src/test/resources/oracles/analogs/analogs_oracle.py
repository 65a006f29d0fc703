"""Independent pandas/numpy oracle for dev.rotor.analogs (AnalogsRealDataTest).

Run:  /usr/bin/python3 analogs_oracle.py [/work/shared/data]
(pandas 1.5.3, numpy from Debian). Writes <case>_analogs.csv and <case>_summary.csv next to this
script. Values are printed with repr() so the Java test can compare to 1e-12.

Rules reproduced from docs/conventions-analogs.md, written here from the description only:
  * months -> observations: 21 per month for daily data, 1 for monthly data;
  * relative level: small/large close ratio (daily, intersected dates); growth of one of
    1 + SMB/100 (monthly); ratio of the growths of 1 + Lo10/100 and 1 + Hi10/100 (deciles);
  * rel(s, t) = L[t]/L[s] - 1 (simple);
  * candidates i with i + H < a (H = longest horizon, a = as-of index) and full state history;
  * threshold: rel(i-n, i) >= X and rel(i-n-m, i-n) <= Y, greedy by date with spacing E;
  * nearest: features rel over 1,3,6,12 months and the rolling ddof=1 std of log one-period
    relative returns over 6 months times sqrt(periods a year); scale = ddof=1 std of each feature
    over [first complete, a]; Euclidean distance of scaled differences; greedy by (distance, date)
    with spacing E, k = 10;
  * forward returns rel(i, i + h); mean, median, hit rate (> 0); bootstrap: 10000 resamples of
    n indices drawn by java.util.Random(1).nextInt(n) (its specified LCG, ported below), percentile
    interval at (1-0.9)/2 and 1-(1-0.9)/2 with numpy's linear (type 7) quantile.
"""
import os
import sys

import numpy as np
import pandas as pd

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
OUT = os.path.dirname(os.path.abspath(__file__))
HORIZONS = [1, 3, 6, 12]
EXCLUSION = 12
RESAMPLES = 10000
SEED = 1
CONFIDENCE = 0.90


class JavaRandom:
    """java.util.Random as specified in its javadoc (48-bit LCG)."""

    MASK = (1 << 48) - 1

    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & self.MASK

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & self.MASK
        return self.seed >> (48 - bits)

    def next_int(self, bound):
        r = self.next(31)
        m = bound - 1
        if bound & m == 0:
            return (bound * r) >> 31
        u = r
        while True:
            r = u % bound
            if u - r + m < (1 << 31):  # no int overflow in Java
                return r
            u = self.next(31)


_boot_cache = {}


def bootstrap_interval(x):
    n = len(x)
    if n not in _boot_cache:
        rnd = JavaRandom(SEED)
        _boot_cache[n] = np.array(
            [[rnd.next_int(n) for _ in range(n)] for _ in range(RESAMPLES)], dtype=np.int64
        )
    means = np.asarray(x)[_boot_cache[n]].sum(axis=1) / n
    tail = (1.0 - CONFIDENCE) / 2.0
    return np.quantile(means, [tail, 1.0 - tail])


def french_first_block(path, column):
    rows = []
    with open(path, encoding="latin-1") as f:
        header = None
        for line in f:
            cells = [c.strip() for c in line.rstrip("\r\n").split(",")]
            if header is None:
                if len(cells) > 1 and cells[0] == "" and column in cells:
                    header = cells
                continue
            if len(cells[0]) != 6 or not cells[0].isdigit():
                break
            rows.append((cells[0], float(cells[header.index(column)])))
    idx = pd.to_datetime([r[0] for r in rows], format="%Y%m") + pd.offsets.MonthEnd(0)
    return pd.Series([r[1] / 100.0 for r in rows], index=idx)


def run_case(name, L, ppm, as_of):
    L = L[L.index <= pd.Timestamp(as_of)]  # nothing after the as-of
    a = len(L) - 1
    H = max(HORIZONS) * ppm
    E = EXCLUSION * ppm
    last = a - H - 1
    vals = L.to_numpy()
    dates = L.index

    def rel_series(lag):
        return L / L.shift(lag) - 1.0

    # threshold rule, defaults: recent 3m >= 0.03, prior 12m before that <= 0.0
    n, m = 3 * ppm, 12 * ppm
    recent = rel_series(n)
    prior = L.shift(n) / L.shift(n + m) - 1.0
    ok = ((recent >= 0.03) & (prior <= 0.0)).to_numpy()
    picks = []
    for i in range(n + m, last + 1):
        if ok[i] and (not picks or i - picks[-1] >= E):
            picks.append(i)
    write(name + "_threshold", dates, vals, picks, None,
          {"recent_3m": recent.to_numpy(), "prior_12m": prior.to_numpy()}, a, ppm)

    # nearest neighbours, defaults
    feats = {}
    for lb in [1, 3, 6, 12]:
        feats["rel_%dm" % lb] = rel_series(lb * ppm).to_numpy()
    W = 6 * ppm
    logret = np.log(L / L.shift(1))
    feats["vol_6m"] = (logret.rolling(W).std(ddof=1) * np.sqrt(12 * ppm)).to_numpy()
    first = max(12 * ppm, W)
    X = np.column_stack(list(feats.values()))
    sd = X[first:a + 1].std(axis=0, ddof=1)
    cand = np.arange(first, last + 1)
    dist = np.full(a + 1, np.nan)
    if len(cand):
        dist[cand] = np.sqrt((((X[cand] - X[a]) / sd) ** 2).sum(axis=1))
    order = cand[np.lexsort((cand, dist[cand]))] if len(cand) else []
    chosen = []
    for i in order:
        if len(chosen) == 10:
            break
        if all(abs(i - c) >= E for c in chosen):
            chosen.append(int(i))
    write(name + "_nearest", dates, vals, chosen, dist, feats, a, ppm)


def write(case, dates, vals, picks, dist, state, a, ppm):
    fwd = {h: [vals[i + h * ppm] / vals[i] - 1.0 for i in picks] for h in HORIZONS}
    with open(os.path.join(OUT, case + "_analogs.csv"), "w") as f:
        f.write("# generated by analogs_oracle.py; as-of %s\n" % dates[a].date())
        f.write("date,distance," + ",".join(state) + "," + ",".join("fwd_%dm" % h for h in HORIZONS) + "\n")
        f.write("asof,nan," + ",".join(repr(float(v[a])) for v in state.values()) + ",,,,\n")
        for j, i in enumerate(picks):
            cells = [str(dates[i].date()), repr(float(dist[i])) if dist is not None else "nan"]
            cells += [repr(float(v[i])) for v in state.values()]
            cells += [repr(float(fwd[h][j])) for h in HORIZONS]
            f.write(",".join(cells) + "\n")
    with open(os.path.join(OUT, case + "_summary.csv"), "w") as f:
        f.write("# generated by analogs_oracle.py\n")
        f.write("horizon,count,mean,median,hit_rate,lower,upper\n")
        for h in HORIZONS:
            x = np.array(fwd[h])
            if len(x) == 0:
                f.write("%d,0,nan,nan,nan,nan,nan\n" % h)
                continue
            lo, hi = bootstrap_interval(x)
            f.write(",".join([str(h), str(len(x)), repr(float(pd.Series(x).mean())),
                              repr(float(pd.Series(x).median())), repr(float((x > 0).mean())),
                              repr(float(lo)), repr(float(hi))]) + "\n")
    print(case, len(picks), [str(dates[i].date()) for i in picks][:12])


def main():
    smb = french_first_block(os.path.join(DATA, "ken_french/F-F_Research_Data_Factors.csv"), "SMB")
    L = (1.0 + smb).cumprod()
    run_case("smb_202602", L, 1, "2026-02-28")
    run_case("smb_199012", L, 1, "1990-12-31")

    me = os.path.join(DATA, "ken_french/Portfolios_Formed_on_ME.CSV")
    lo10 = french_first_block(me, "Lo 10")
    hi10 = french_first_block(me, "Hi 10")
    both = pd.concat([lo10, hi10], axis=1, join="inner")
    Ld = (1.0 + both.iloc[:, 0]).cumprod() / (1.0 + both.iloc[:, 1]).cumprod()
    run_case("deciles_202412", Ld, 1, "2024-12-31")

    def close(sym):
        df = pd.read_csv(os.path.join(DATA, "market-base/indices/%s.csv" % sym), parse_dates=["date"])
        return df.set_index("date")["close"].dropna()

    pair = pd.concat([close("RUT"), close("SPX")], axis=1, join="inner")
    Lr = pair.iloc[:, 0] / pair.iloc[:, 1]
    run_case("rut_spx_20260130", Lr, 21, "2026-01-30")


if __name__ == "__main__":
    main()
