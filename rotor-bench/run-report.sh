#!/usr/bin/env bash
# Cold `./rotor report` on a store holding all of ../shared/data (issue 6, goal: median <= 1.5 s
# wall). Each run is a new JVM (cold: nothing cached in the process), timed whole from outside.
# Usage, from the repository root:
#
#   rotor-bench/run-report.sh [runs] [store]   (default 11 runs; store default: a fresh import of
#                                              ../shared/data into a temporary directory)
#
# Prints every run's wall time, then min / median / max, and one run's --timings breakdown (the
# time of each step inside the JVM; the rest of the wall time is JVM start and exit).
# Peer in the same session: `./rotor series list` on the same store (start-up plus one query),
# so the ratio shows what the report adds to the cost of starting Rotor at all.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-11}"
STORE="${2:-}"
OUT="$(mktemp -d "${TMPDIR:-/tmp}/rotor-report.XXXXXX")"
if [ -z "$STORE" ]; then
  STORE="$OUT/store.duckdb"
  ./rotor --store "$STORE" import ../shared/data --quiet
fi
./rotor --store "$STORE" report --out "$OUT/warmup.html" >/dev/null   # builds jar + class archive

echo "== machine"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 1

median() { sort -n | awk '{a[NR]=$1} END {printf "min %.3f  median %.3f  max %.3f\n", a[1], (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[NR]}'; }

run() {
  local label="$1"; shift
  : > "$OUT/$label.times"
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e" -o "$OUT/t" "$@" >/dev/null 2>&1
    cat "$OUT/t" >> "$OUT/$label.times"
  done
  echo "$label: $(tr '\n' ' ' < "$OUT/$label.times")"
  echo "$label: $(median < "$OUT/$label.times")"
}

echo "== wall seconds over $RUNS cold runs each"
run report ./rotor --store "$STORE" report --out "$OUT/report.html"
run series-list ./rotor --store "$STORE" series list
echo "== one run's breakdown (milliseconds inside the JVM)"
./rotor --store "$STORE" report --out "$OUT/report.html" --timings 2>&1 >/dev/null
rm -rf "$OUT"
