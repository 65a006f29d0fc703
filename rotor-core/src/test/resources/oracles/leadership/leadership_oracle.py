"""Oracle for dev.rotor.leadership: window returns, spreads and spread history on real index data.

Run: /usr/bin/python3 leadership_oracle.py /work/shared/data > leadership_oracle.properties
(pandas 1.5.3, Debian python3-pandas). Independent of the Java code: it uses pandas date offsets,
DatetimeIndex.searchsorted, shift() and Series.rank(pct=True, method='max').

Definitions (docs/conventions-leadership.md):
- close series of market-base/indices/{RUT,SPX,IXIC}.csv, INTERSECT of their dates;
- end E = last common date <= as-of; base = last close <= limit, where limit is
  ytd: Dec 31 of the prior year; mtd: last day of prior month; qtd: last day of prior quarter;
  1w: E - 7 days; 1m/3m/6m: E - DateOffset(months=n); 1y..10y: E - DateOffset(years=n); max: first date;
- total = end/base - 1; annualised (3y, 5y, 10y, and max when base + 1y < E) = (1+total)**(252/k) - 1,
  k = number of periods between base and end;
- spread = ra - rb; relative = (1+ra)/(1+rb) - 1;
- history: calendar-offset windows use the same offset from every end date t <= E; ytd/mtd/qtd/max use
  every window of the same k periods; percentile = rank(pct=True, method='max') of the current spread
  among them (fraction <= current), z = (current - mean) / std(ddof=1).
"""
import sys

import pandas as pd

root = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
names = ["RUT", "SPX", "IXIC"]
closes = {
    n: pd.read_csv(f"{root}/market-base/indices/{n}.csv", parse_dates=["date"], index_col="date")["close"]
    for n in names
}
df = pd.concat(closes, axis=1, join="inner").sort_index()
idx = df.index
pairs = [("RUT", "SPX"), ("IXIC", "SPX"), ("RUT", "IXIC")]
offsets = {
    "1w": pd.Timedelta(days=7),
    "1m": pd.DateOffset(months=1),
    "3m": pd.DateOffset(months=3),
    "6m": pd.DateOffset(months=6),
    "1y": pd.DateOffset(years=1),
    "3y": pd.DateOffset(years=3),
    "5y": pd.DateOffset(years=5),
    "10y": pd.DateOffset(years=10),
}
windows = ["ytd", "mtd", "qtd", "1w", "1m", "3m", "6m", "1y", "3y", "5y", "10y", "max"]


def limit(w, e):
    if w == "ytd":
        return pd.Timestamp(e.year - 1, 12, 31)
    if w == "mtd":
        return e.replace(day=1) - pd.Timedelta(days=1)
    if w == "qtd":
        return pd.Timestamp(e.year, (e.month - 1) // 3 * 3 + 1, 1) - pd.Timedelta(days=1)
    return e - offsets[w]


def last_on_or_before(ts):
    pos = idx.searchsorted(ts, side="right") - 1
    return pos


out = []


def put(key, value):
    if isinstance(value, pd.Timestamp):
        value = value.date().isoformat()
    elif isinstance(value, float):
        value = repr(value)
    out.append(f"{key}={value}")


for as_of in ["2024-01-31", "2026-01-30", "2026-01-31"]:
    a = pd.Timestamp(as_of)
    e = last_on_or_before(a)
    put(f"{as_of}.as_of_used", idx[e])
    for w in windows:
        key = f"{as_of}.{w}"
        b = 0 if w == "max" else last_on_or_before(limit(w, idx[e]))
        if b < 0:
            put(f"{key}.available", "false")
            continue
        put(f"{key}.available", "true")
        k = e - b
        put(f"{key}.start", idx[b])
        put(f"{key}.end", idx[e])
        put(f"{key}.periods", k)
        annualise = w in ("3y", "5y", "10y") or (w == "max" and idx[b] + pd.DateOffset(years=1) < idx[e])
        total = {}
        for n in names:
            c = df[n]
            total[n] = c.iloc[e] / c.iloc[b] - 1
            put(f"{key}.{n}.start_level", float(c.iloc[b]))
            put(f"{key}.{n}.end_level", float(c.iloc[e]))
            put(f"{key}.{n}.total", float(total[n]))
            if annualise:
                put(f"{key}.{n}.annualised", float((1 + total[n]) ** (252 / k) - 1))
        # historical windows ending on or before E
        ends = idx[: e + 1]
        if w in offsets:
            lim = pd.DatetimeIndex([t - offsets[w] for t in ends])
            bases = idx.searchsorted(lim, side="right") - 1
        else:
            bases = pd.Index(range(e + 1)) - k
        ok = bases >= 0
        end_pos = pd.Index(range(e + 1))[ok]
        base_pos = pd.Index(bases)[ok]
        for pa, pb in pairs:
            ra = df[pa].values[end_pos] / df[pa].values[base_pos] - 1
            rb = df[pb].values[end_pos] / df[pb].values[base_pos] - 1
            h = pd.Series(ra - rb, index=idx[end_pos])
            cur = total[pa] - total[pb]
            pk = f"{key}.{pa}-{pb}"
            put(f"{pk}.spread", float(cur))
            put(f"{pk}.relative", float((1 + total[pa]) / (1 + total[pb]) - 1))
            put(f"{pk}.leader", pa if cur > 0 else pb if cur < 0 else "tie")
            put(f"{pk}.n", len(h))
            put(f"{pk}.first_end", h.index[0])
            put(f"{pk}.last_end", h.index[-1])
            put(f"{pk}.mean", float(h.mean()))
            if len(h) >= 2:
                put(f"{pk}.sd", float(h.std(ddof=1)))
                put(f"{pk}.percentile", float(h.rank(pct=True, method="max").iloc[-1]))
                put(f"{pk}.z", float((h.iloc[-1] - h.mean()) / h.std(ddof=1)))

print(f"# generated by leadership_oracle.py with pandas {pd.__version__} from {root}")
print("\n".join(out))
