# Oracle for ReportCommandTest: the report's headline window as of 2024-01-26 on real data.
# Year to date spans fewer than 20 trading days on 2024-01-26, so the headline window is 3 months:
# the last close on or before 2023-10-26 to the close of 2024-01-26 (price returns).
# Run: /usr/bin/python3 headline_2024-01-26.py > headline_2024-01-26.txt
import pandas as pd
base = "/work/shared/data/market-base/indices/"
out = {}
for name in ["RUT", "SPX", "IXIC"]:
    s = pd.read_csv(base + name + ".csv", parse_dates=["date"]).set_index("date")["close"]
    s = s[s.index <= "2024-01-26"]
    ytd_days = len(s[(s.index > "2023-12-31")])
    start = s[s.index <= "2023-10-26"].index[-1]
    out[name] = s.iloc[-1] / s.loc[start] - 1
    print(f"{name} start {start.date()} end {s.index[-1].date()} 3m return {out[name]:.10f} ytd_days {ytd_days}")
print(f"spread RUT-SPX {out['RUT'] - out['SPX']:.10f}")
