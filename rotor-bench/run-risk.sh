#!/usr/bin/env bash
# Risk statistics (issue 4): RiskReport.compute (JMH) against a numpy/pandas/scipy peer computing
# the same figures on the same 100 years of generated daily data, measured in one session.
# Usage, from the repository root:
#
#   rotor-bench/run-risk.sh [rounds]      (default 3 rounds; builds the jar if it is missing)
#
# Both sides first print every figure (the peer also checks itself against the risk oracle's own
# figures()); the driver stops unless the generated data agree bit for bit (last close) and every
# figure agrees within 1e-9 relative. Each round runs
# `java -jar rotor-bench/target/benchmarks.jar Risk -f 1 -wi 3 -i 5` and then the peer (1 warm-up
# + 20 timed calls). The summary gives the medians per round and the ratio pandas / Rotor (above 1:
# Rotor is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
JAR=rotor-bench/target/benchmarks.jar
PY=/usr/bin/python3
PEER=rotor-bench/src/main/python/risk_pandas.py
OUT="$(mktemp -d "${TMPDIR:-/tmp}/rotor-risk.XXXXXX")"

if [ ! -f "$JAR" ]; then
  mvn -B -q -pl rotor-bench -am package -DskipTests
fi

echo "== machine"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 2
$PY -c 'import sys, numpy, pandas, scipy; print("python", sys.version.split()[0], "numpy", numpy.__version__, "pandas", pandas.__version__, "scipy", scipy.__version__)'

echo "== same data, same figures (Rotor, pandas)"
java -cp "$JAR" dev.rotor.bench.RiskData > "$OUT/check-rotor.txt"
$PY "$PEER" check > "$OUT/check-pandas.txt"
$PY - "$OUT/check-rotor.txt" "$OUT/check-pandas.txt" <<'PYEOF'
import sys
def read(path):
    return {k: float(v) for k, v in (line.split() for line in open(path))}
a, b = read(sys.argv[1]), read(sys.argv[2])
assert a.keys() == b.keys(), f"figure names differ: {set(a) ^ set(b)}"
if a["last_close"] != b["last_close"]:
    sys.exit("input data differ between Rotor and pandas")
worst = 0.0
for k in a:
    rel = abs(a[k] - b[k]) / (abs(b[k]) if b[k] else 1.0)
    worst = max(worst, rel)
    print(f"  {k:24s} Rotor {a[k]: .12e}   pandas {b[k]: .12e}   rel {rel:.1e}")
print(f"largest relative difference {worst:.1e} over {len(a)} figures")
if worst > 1e-9:
    sys.exit("figures differ by more than 1e-9 relative")
PYEOF

for r in $(seq 1 "$ROUNDS"); do
  echo "== round $r of $ROUNDS: JMH (load $(cut -d' ' -f1 /proc/loadavg))"
  java -jar "$JAR" Risk -f 1 -wi 3 -i 5 -rf json -rff "$OUT/jmh-$r.json" | grep -E '^RiskBenchmark|^Benchmark '
  echo "== round $r of $ROUNDS: pandas"
  $PY "$PEER" time "$OUT/pandas-$r.json" 20
done

echo "== summary (results in $OUT)"
$PY "$PEER" summarise "$OUT"
