#!/usr/bin/env bash
# Rolling kernels (issue 3): Rotor (JMH) against pandas on the same 10 million generated pairs,
# measured in one session. Usage, from the repository root:
#
#   rotor-bench/run-rolling.sh [rounds]      (default 3 rounds; builds the jar if it is missing)
#
# Each round runs `java -jar rotor-bench/target/benchmarks.jar Rolling -f 1 -wi 3 -i 5` and then the
# pandas peer (1 warm-up + 5 timed calls per operation). The summary gives, per operation, the median
# of each round and the ratio pandas / Rotor (above 1: Rotor is faster). Timings on a shared 2-core
# machine vary by up to +-50% between runs: compare ratios measured in the same session.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
JAR=rotor-bench/target/benchmarks.jar
PY=/usr/bin/python3
PEER=rotor-bench/src/main/python/rolling_pandas.py
OUT="$(mktemp -d "${TMPDIR:-/tmp}/rotor-rolling.XXXXXX")"

if [ ! -f "$JAR" ]; then
  mvn -B -q -pl rotor-bench -am package -DskipTests
fi

echo "== machine"
echo "nproc: $(nproc)"
java -version 2>&1 | head -n 2
$PY -c 'import sys, numpy, pandas; print("python", sys.version.split()[0], "numpy", numpy.__version__, "pandas", pandas.__version__)'

echo "== same data, same answers (Rotor, then pandas)"
java -cp "$JAR" dev.rotor.bench.BenchData > "$OUT/check-rotor.txt"
$PY "$PEER" check > "$OUT/check-pandas.txt"
paste -d'|' "$OUT/check-rotor.txt" "$OUT/check-pandas.txt" | sed 's/|/   |   /'
if ! diff <(grep sha256 "$OUT/check-rotor.txt") <(grep sha256 "$OUT/check-pandas.txt") > /dev/null; then
  echo "input data differ between Rotor and pandas" >&2
  exit 1
fi

for r in $(seq 1 "$ROUNDS"); do
  echo "== round $r of $ROUNDS: JMH"
  java -jar "$JAR" Rolling -f 1 -wi 3 -i 5 -rf json -rff "$OUT/jmh-$r.json" | grep -E '^(Benchmark|RollingBenchmark)'
  echo "== round $r of $ROUNDS: pandas"
  $PY "$PEER" time "$OUT/pandas-$r.json" 5
done

echo "== summary (results in $OUT)"
$PY "$PEER" summarise "$OUT"
