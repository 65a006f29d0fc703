#!/usr/bin/python3
"""Oracle for dev.rotor.regime: statsmodels MarkovRegression(k_regimes=2, switching_variance=True).

Run from the repository root with the Debian interpreter (pandas 1.5.3, statsmodels 0.13.5):

    /usr/bin/python3 rotor-core/src/test/resources/oracles/regime/markov_oracle.py /work/shared/data

Writes, next to this script, for each data set <name> in {smb_monthly, rut_spx_weekly}:
  <name>_fit.csv       key,value: nobs, llf, the MLE mapped to Rotor's labelling (state 0 = lower
                       mean): p00, p11, mean0, mean1, variance0, variance1, their standard errors
                       se_* (cov_type='approx': numerical complex-step Hessian of the log-likelihood
                       in the direct parameters p[0->0], p[1->0], const, sigma2; se_p11 = se of
                       p[1->0]), the expected durations and the llf of statsmodels' default fit()
  <name>_probs.csv     date,filtered0,smoothed0: P(state 0) at the MLE (the series itself is not
                       written: the tests rebuild it from the shared data)

Data (identical to what the Java tests build):
  smb_monthly      SMB of F-F_Research_Data_Factors.csv, first block (YYYYMM rows), percent / 100
  rut_spx_weekly   log(RUT) - log(SPX) weekly log-return differences: `close` of
                   market-base/indices/{RUT,SPX}.csv, last observation per ISO week (Monday to
                   Sunday, dated on the actual last trading day), then differences of logs;
                   the first week yields no return.

Dates: SMB rows are dated on the last calendar day of the month.

The MLE: statsmodels' default fit() and fits (50 EM steps, then BFGS) from four hand-set start
parameters, the best llf kept, then polished with BFGS (gtol 1e-10) and a damped Newton iteration
on statsmodels' own complex-step score and Hessian (steps halved until the llf does not
decrease), so the golden is the maximum rather than wherever the default optimiser stopped;
max_abs_score and newton_decrement in <name>_fit.csv show how flat the likelihood is there.
"""
import os
import sys
import warnings

import numpy as np
import pandas as pd
from statsmodels.tsa.regime_switching.markov_regression import MarkovRegression

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def smb_monthly(root):
    dates, values = [], []
    with open(os.path.join(root, "ken_french/F-F_Research_Data_Factors.csv")) as f:
        started = False
        for line in f:
            cells = [c.strip() for c in line.split(",")]
            if len(cells[0]) == 6 and cells[0].isdigit():
                started = True
                ym = cells[0]
                dates.append(pd.Timestamp(int(ym[:4]), int(ym[4:]), 1) + pd.offsets.MonthEnd(0))
                values.append(float(cells[2]) / 100.0)
            elif started:
                break  # end of the first (monthly) block
    return pd.Series(values, index=pd.DatetimeIndex(dates))


def weekly_last(root, name):
    df = pd.read_csv(os.path.join(root, "market-base/indices", name + ".csv"), parse_dates=["date"])
    week = df["date"] - pd.to_timedelta(df["date"].dt.weekday, unit="D")
    last = df.groupby(week).tail(1)
    return pd.Series(last["close"].values, index=pd.DatetimeIndex(last["date"].values))


def rut_spx_weekly(root):
    rut, spx = weekly_last(root, "RUT"), weekly_last(root, "SPX")
    assert (rut.index == spx.index).all()
    return (np.log(rut).diff() - np.log(spx).diff()).iloc[1:]


def mapped(res):
    """statsmodels params -> Rotor labels (state 0 = lower mean)."""
    p = res.params
    se = res.bse
    p00, p10, c0, c1, s0, s1 = p
    e = dict(zip(["p00", "p10", "c0", "c1", "s0", "s1"], se))
    if c0 <= c1:
        return dict(p00=p00, p11=1 - p10, mean0=c0, mean1=c1, variance0=s0, variance1=s1,
                    se_p00=e["p00"], se_p11=e["p10"], se_mean0=e["c0"], se_mean1=e["c1"],
                    se_variance0=e["s0"], se_variance1=e["s1"]), 0
    # swap labels: new state 0 = old state 1; p11_new = p00_old, p00_new = 1 - p10_old
    return dict(p00=1 - p10, p11=p00, mean0=c1, mean1=c0, variance0=s1, variance1=s0,
                se_p00=e["p10"], se_p11=e["p00"], se_mean0=e["c1"], se_mean1=e["c0"],
                se_variance0=e["s1"], se_variance1=e["s0"]), 1


def newton_polish(mod, params, steps=30):
    """Damped Newton in the direct parameters with complex-step score and Hessian (statsmodels')."""
    llf = mod.loglike(params)
    for _ in range(steps):
        g, h = mod.score(params), mod.hessian(params)
        step = -np.linalg.solve(h, g)
        t = 1.0
        while t > 1e-6:
            cand = params + t * step
            ok = 0 < cand[0] < 1 and 0 < cand[1] < 1 and cand[4] > 0 and cand[5] > 0
            if ok:
                c = mod.loglike(cand)
                if np.isfinite(c) and c >= llf:
                    break
            t /= 2
        if t <= 1e-6:
            break
        params, llf = cand, c
        if -g @ step < 1e-16:  # Newton decrement
            break
    return params


def best_fit(y):
    mod = MarkovRegression(y.values, k_regimes=2, switching_variance=True)
    default = mod.fit()
    m, v = y.mean(), y.var()
    sd = np.sqrt(v)
    starts = [  # p[0->0], p[1->0], const[0], const[1], sigma2[0], sigma2[1]
        [0.9, 0.1, m - 0.5 * sd, m + 0.5 * sd, v, v],
        [0.95, 0.05, m, m, 0.5 * v, 2 * v],
        [0.9, 0.1, m - sd, m + sd, 2 * v, 0.5 * v],
        [0.98, 0.02, m + 0.3 * sd, m - 0.3 * sd, 0.3 * v, 3 * v],
    ]
    fits = [default] + [mod.fit(start_params=s, em_iter=50) for s in starts]
    best = max(fits, key=lambda r: r.llf)
    polished = mod.fit(start_params=best.params, em_iter=0, method="bfgs", maxiter=2000, gtol=1e-10)
    params = polished.params if polished.llf >= best.llf else best.params
    params = newton_polish(mod, params)
    best = mod.smooth(params, cov_type="approx")  # as fit() does by default
    grad = mod.score(best.params)
    return mod, default, best, grad


def main(root):
    for name, y in (("smb_monthly", smb_monthly(root)), ("rut_spx_weekly", rut_spx_weekly(root))):
        mod, default, res, grad = best_fit(y)
        m, state0 = mapped(res)
        rows = [("nobs", len(y)), ("llf", res.llf)] + list(m.items())
        rows += [("duration0", 1 / (1 - m["p00"])), ("duration1", 1 / (1 - m["p11"])),
                 ("default_fit_llf", default.llf), ("max_abs_score", float(np.max(np.abs(grad)))),
                 ("newton_decrement", float(-grad @ np.linalg.solve(mod.hessian(res.params), grad)))]
        with open(os.path.join(HERE, name + "_fit.csv"), "w") as f:
            f.write("key,value\n")
            for k, v in rows:
                f.write("%s,%s\n" % (k, repr(float(v)) if k != "nobs" else str(v)))
        filt = res.filtered_marginal_probabilities[:, state0]
        smooth = res.smoothed_marginal_probabilities[:, state0]
        with open(os.path.join(HERE, name + "_probs.csv"), "w") as f:
            f.write("date,filtered0,smoothed0\n")
            for d, a, b in zip(y.index, filt, smooth):
                f.write("%s,%.17g,%.17g\n" % (d.date().isoformat(), a, b))
        print(name, "nobs", len(y), "llf", res.llf, "default llf", default.llf, "max|score|", np.max(np.abs(grad)))
        print("  ", {k: round(float(v), 8) for k, v in m.items()})


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
