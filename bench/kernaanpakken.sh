#!/usr/bin/env bash
# Benchmark: time and peak memory of `impact run` on SYNTHETIC scenarios of N kernaanpakken
# (default 100 and 1000), to show that the cost grows linearly. Prints one line per size and the
# ratio of the largest to the smallest. Figures go into docs/performance.md.
#
# usage: bench/kernaanpakken.sh [N ...]        (e.g. bench/kernaanpakken.sh 100 1000 3000)
# env:   JAVA_OPTS  extra JVM options (e.g. -Xmx512m)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/impact.jar"
[ -f "$jar" ] || mvn -B -q -f "$here/pom.xml" -DskipTests package >&2
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Wall time depends on what else the machine runs; CPU time (user + system, all threads) less so.
printf '%-15s %10s %10s %12s %10s\n' kernaanpakken wall_s cpu_s peak_MB bytes_in
first_s=""; first_n=""
for n in "${sizes[@]}"; do
  "$here/bench/generate-kernaanpakken.py" "$n" > "$work/k$n.yaml"
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/time$n" java ${JAVA_OPTS:-} -jar "$jar" run "$work/k$n.yaml" --out "$work/out$n" > /dev/null
  s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); t=0; for(i=1;i<=n;i++) t=t*60+p[i]; print t}' "$work/time$n")
  cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {print t}' "$work/time$n")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time$n")
  printf '%-15s %10.2f %10.2f %12d %10d\n' "$n" "$s" "$cpu" $((kb / 1024)) "$(wc -c < "$work/k$n.yaml")"
  if [ -z "$first_s" ]; then first_s=$cpu; first_n=$n; fi
  last_s=$cpu; last_n=$n
  rm -rf "$work/out$n"
done
if [ "$last_n" != "$first_n" ]; then
  awk -v a="$first_s" -v b="$last_s" -v na="$first_n" -v nb="$last_n" \
    'BEGIN { printf "cpu time %d / cpu time %d = %.1f (work ratio %.1f)\n", nb, na, b / a, nb / na }'
fi
