#!/usr/bin/env bash
# Monte Carlo benchmark: impact simulate against the numpy reference (shared/bench/mc_reference.py),
# the same PlusWIJken model (bench/pluswijken-mc.yaml, illustrative) and the same number of draws.
# Both are timed as whole processes: impact as users run it, through the launcher ./impact (JVM start
# included, with its class-data-sharing archive or ahead-of-time cache made beforehand, and -Xmx512m), on the
# Java the launcher picks (IMPACT_JAVA chooses another; the line of `impact --version` printed names it).
# Prints draws per second of each, their ratio, and both P5/P50/P95 of the grand total.
# Usage: bench/monte-carlo.sh [DRAWS (default 10000000)] [SEED (default 1)] [THREADS (default: processors)]
# Needs numpy (Debian: apt-get install -y python3-numpy).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
draws="${1:-10000000}"
seed="${2:-1}"
threads="${3:-$(nproc)}"
reference="${MC_REFERENCE:-$here/../shared/bench/mc_reference.py}"
[ -f "$reference" ] || reference=/work/shared/bench/mc_reference.py
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import numpy' 2>/dev/null; then python="$candidate"; break; fi
  done
fi
[ -n "$python" ] || { echo "numpy not found: apt-get install -y python3-numpy" >&2; exit 2; }
jar="$here/target/impact.jar"
[ -f "$jar" ] || mvn -B -q -f "$here/pom.xml" -DskipTests package >&2
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }
# CPU seconds (user + system) as well, where /usr/bin/time exists: on a shared machine wall time means little.
timed() { if [ -x /usr/bin/time ]; then /usr/bin/time -f '%U %S' -o "$1" "${@:2}"; else echo "0 0" > "$1"; "${@:2}"; fi; }
cpu() { awk '{ printf "%.2f", $1 + $2 }' "$1"; }

echo "draws: $draws, seed: $seed, impact threads: $threads, processors: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$here/impact" --version

start=$(now)
timed "$out/numpy.cpu" "$python" "$reference" "$draws" "$seed" > "$out/numpy.txt"
numpy_seconds=$(echo "$(now) - $start" | bc -l)

# The launcher makes its archive or cache on the first run after a build: make it before timing.
IMPACT_JAVA_OPTS=-Xmx512m "$here/impact" simulate "$here/bench/pluswijken-mc.yaml" --draws 1000 --out "$out/warm" \
  > /dev/null 2>&1
start=$(now)
IMPACT_JAVA_OPTS=-Xmx512m timed "$out/impact.cpu" "$here/impact" simulate "$here/bench/pluswijken-mc.yaml" \
  --draws "$draws" --seed "$seed" --threads "$threads" --out "$out/impact" > "$out/impact.txt" 2>/dev/null
impact_seconds=$(echo "$(now) - $start" | bc -l)

numpy_rate=$(echo "$draws / $numpy_seconds" | bc -l)
impact_rate=$(echo "$draws / $impact_seconds" | bc -l)
printf 'numpy reference: %8.2f s  %12.0f draws/s (whole process)\n' "$numpy_seconds" "$numpy_rate"
printf 'impact simulate: %8.2f s  %12.0f draws/s (whole process via ./impact, JVM start included, -Xmx512m)\n' "$impact_seconds" "$impact_rate"
printf 'ratio impact/numpy: %.2f\n' "$(echo "$impact_rate / $numpy_rate" | bc -l)"
echo "CPU seconds (user + system): numpy $(cpu "$out/numpy.cpu"), impact $(cpu "$out/impact.cpu")"
echo "numpy  grand total: $(grep -o 'P5=.*' "$out/numpy.txt")"
# simulation.csv: level,name,measure,year,mean,sd,p5,p25,p50,p75,p95,...
awk -F, '$1=="total" && $3=="net" && $4=="all" {
  printf "impact grand total: P5=%'"'"'.0f P50=%'"'"'.0f P95=%'"'"'.0f (mean %'"'"'.0f, sd %'"'"'.0f)\n", $7, $9, $11, $5, $6 }' \
  "$out/impact/simulation.csv"
grep '^percentiles' "$out/impact/simulation-metadata.csv"
