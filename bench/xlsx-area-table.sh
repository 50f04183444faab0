#!/usr/bin/env bash
# xlsx area table benchmark (issue 19): a SYNTHETIC area table at the documented limit of 100,000
# areas, by 30 columns (default), as an xlsx workbook and as the same CSV; runs `impact validate`
# (or the COMMAND given, such as run) on each with IMPACT_JAVA_OPTS=-Xmx512m through the launcher,
# and prints the exit code, wall time, CPU time and peak resident memory (/usr/bin/time -v).
# What it checks: the xlsx table is streamed, so it passes within 512 MB as the CSV does (before,
# the workbook was loaded whole: 3.5 GB and out of memory in 512 MB; 100,000 by 150 columns ended
# in POI's "please open an issue on bugzilla").
#
# Usage: bench/xlsx-area-table.sh [ROWS [COLUMNS [COMMAND]]]    (default: 100000 30 validate)
# The scenario declares the first 27 count columns (fewer when the table has fewer); see
# bench/generate-area-table.py. Every buurt and figure is made up.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-100000}"
columns="${2:-30}"
command="${3:-validate}"
jar="$here/target/impact.jar"
[ -f "$jar" ] || mvn -B -q -f "$here/pom.xml" -DskipTests package >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$here/bench/generate-area-table.py" "$rows" "$columns" "$work"
printf '%-5s %8s %8s %6s %8s %8s %8s\n' table rows columns exit wall_s cpu_s peak_MB
for kind in xlsx csv; do
  extra=()
  if [ "$command" = run ]; then extra=(--out "$work/out-$kind"); fi
  set +e
  IMPACT_JAVA_OPTS="-Xmx512m" /usr/bin/time -v -o "$work/time-$kind" "$here/impact" "$command" \
    "$work/$kind.yaml" "${extra[@]}" > "$work/stdout-$kind" 2> "$work/stderr-$kind"
  code=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); t=0; for(i=1;i<=n;i++) t=t*60+p[i]; print t}' "$work/time-$kind")
  cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {print t}' "$work/time-$kind")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time-$kind")
  printf '%-5s %8d %8d %6d %8.2f %8.2f %8d\n' "$kind" "$rows" "$columns" "$code" "$wall" "$cpu" $((kb / 1024))
  if [ "$code" -ne 0 ]; then
    head -5 "$work/stderr-$kind" >&2
  fi
done
ls -l "$work/buurten.xlsx" "$work/buurten.csv" | awk '{ printf "%s: %d bytes\n", $NF, $5 }' | sed "s|$work/||"
