#!/usr/bin/env bash
# Markov-switching fit (issue 3): Rotor (JMH) against statsmodels on the same two real series,
# measured in one session. Usage, from the repository root:
#
#   rotor-bench/run-regime.sh [rounds] [shared-data]   (default 3 rounds, ../shared/data)
#
# The peer first exports the series (built by the regime oracle's own functions) to a temporary
# folder, one full-precision value per line; the JMH side reads them from there
# (-Drotor.regimeInput). Both sides then print n, the SHA-256 of the values and the fitted
# log-likelihood; the driver stops unless the digests are equal and the log-likelihoods agree
# within 1e-4. Each round runs `java -jar rotor-bench/target/benchmarks.jar Regime -f 1 -wi 3 -i 5`
# and then the statsmodels peer (1 warm-up + 5 timed fit() calls per data set). The summary gives
# the medians per round and the ratio statsmodels / Rotor (above 1: Rotor is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
DATA="${2:-../shared/data}"
JAR=rotor-bench/target/benchmarks.jar
PY=/usr/bin/python3
PEER=rotor-bench/src/main/python/regime_statsmodels.py
OUT="$(mktemp -d "${TMPDIR:-/tmp}/rotor-regime.XXXXXX")"

if [ ! -f "$JAR" ]; then
  mvn -B -q -pl rotor-bench -am package -DskipTests
fi

echo "== machine"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 2
$PY -c 'import sys, numpy, statsmodels; print("python", sys.version.split()[0], "numpy", numpy.__version__, "statsmodels", statsmodels.__version__)'

echo "== same data, same log-likelihood (Rotor, then statsmodels)"
$PY "$PEER" export "$OUT" "$DATA"
java -cp "$JAR" dev.rotor.bench.RegimeData "$OUT" > "$OUT/check-rotor.txt"
$PY "$PEER" check "$OUT" > "$OUT/check-statsmodels.txt"
cat "$OUT/check-rotor.txt" "$OUT/check-statsmodels.txt"
$PY - "$OUT/check-rotor.txt" "$OUT/check-statsmodels.txt" <<'PYEOF'
import sys
def read(path):
    rows = {}
    for line in open(path):
        c = line.split()
        rows[c[0]] = (c[2], c[4], float(c[6]))
    return rows
a, b = read(sys.argv[1]), read(sys.argv[2])
assert a.keys() == b.keys(), "data sets differ"
for k in a:
    if a[k][:2] != b[k][:2]:
        sys.exit(f"{k}: input data differ between Rotor and statsmodels")
    d = abs(a[k][2] - b[k][2])
    print(f"{k}: |llf Rotor - llf statsmodels| = {d:.2e}")
    if d > 1e-4:
        sys.exit(f"{k}: log-likelihoods differ by more than 1e-4")
PYEOF

for r in $(seq 1 "$ROUNDS"); do
  echo "== round $r of $ROUNDS: JMH (load $(cut -d' ' -f1 /proc/loadavg))"
  java -Drotor.regimeInput="$OUT" -jar "$JAR" Regime -f 1 -wi 3 -i 5 -rf json -rff "$OUT/jmh-$r.json" \
    | grep -E '^(Benchmark|RegimeBenchmark)'
  echo "== round $r of $ROUNDS: statsmodels"
  $PY "$PEER" time "$OUT" "$OUT/statsmodels-$r.json" 5
done

echo "== summary (results in $OUT)"
$PY "$PEER" summarise "$OUT"
