"""Oracle for the claim checker's valuation check (ValuationCheck) on the Finviz 2023-08 export.

Run from the repository root:
  /usr/bin/python3 rotor-claims/src/test/resources/oracles/claims/valuation.py \
      > rotor-claims/src/test/resources/oracles/claims/valuation.txt
(ROTOR_SHARED_DATA overrides the data root, default /work/shared/data.)

Independent of the Java importer: reads the CSV by its labels with pandas. Universes: rows whose
'Index' cell lists 'RUT' (Russell 2000) or 'S&P 500'. Amounts carry K/M/B/T suffixes.
Aggregate P/E = sum(Market Cap) / sum(Income) over members with both (losses included; this export
has none because it lost its minus signs). Loss-signed reading: members with Income > 0 but no
positive P/E get -Income. Ex losses: members with (loss-signed) Income >= 0 only.
Rule: ratio = P/E RUT / P/E S&P 500; cheaper <= 0.9, dearer >= 1.1.
"""
import os

import numpy as np
import pandas as pd

ROOT = os.environ.get("ROTOR_SHARED_DATA", "/work/shared/data")
MULT = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def amount(s):
    s = s.strip().replace(",", "")
    if not s:
        return np.nan
    if s[-1] in MULT:
        return float(s[:-1]) * MULT[s[-1]]
    return float(s)


def percent(s):
    s = s.strip()
    return np.nan if not s else float(s.rstrip("%")) / 100


d = pd.read_csv(
    os.path.join(ROOT, "finviz_snapshot/finviz_2023-08.csv"), dtype=str, keep_default_na=False
)
d["cap"] = d["Market Cap"].map(amount)
d["inc"] = d["Income"].map(amount)
d["pe"] = d["P/E"].map(amount)
signed = pd.concat(
    [d["inc"], d["Sales Q/Q"].map(percent), d["EPS Q/Q"].map(percent), d["Profit Margin"].map(percent)]
)
print("negative income/growth/margin values: %d of %d reported" % ((signed < 0).sum(), signed.notna().sum()))


def word(r):
    return "cheaper" if r <= 0.9 else "dearer" if r >= 1.1 else "similarly valued"


res = {}
for label, m in [("rut", "RUT"), ("sp500", "S&P 500")]:
    u = d[d["Index"].map(lambda x: m in [t.strip() for t in x.split(",")])]
    w = u[u.cap.notna() & u.inc.notna()]
    pe = w.cap.sum() / w.inc.sum()
    flip = (w.inc > 0) & ~(w.pe > 0)
    inc2 = np.where(flip, -w.inc, w.inc)
    pe_signed = w.cap.sum() / inc2.sum()
    keep = inc2 >= 0
    pe_ex = w.cap[keep].sum() / inc2[keep].sum()
    res[label] = (pe, pe_signed, pe_ex)
    print(
        "%-5s rows %d with_data %d pe %.10g flipped %d pe_losses_signed %.10g pe_ex_losses %.10g"
        % (label, len(u), len(w), pe, flip.sum(), pe_signed, pe_ex)
    )
for i, name in enumerate(["relative_pe", "relative_pe_losses_signed", "relative_pe_ex_losses"]):
    r = res["rut"][i] / res["sp500"][i]
    print("%s %.10g %s" % (name, r, word(r)))
