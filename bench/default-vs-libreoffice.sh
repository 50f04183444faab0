#!/usr/bin/env bash
# Benchmark: the whole `impact run scenarios/pluswijken.yaml` process against LibreOffice opening
# and recalculating the bijlage 1 it writes (`soffice --headless --convert-to csv`), side by side
# in one run, interleaved so that both see the same machine load. Also the JVM start-up variants:
# plain `java -jar`, C1 only (both on the PATH's java), and the launcher (C1, with its AppCDS archive or, on
# Java 25, its ahead-of-time cache; on the Java it picks, named first). Prints the median of each.
#
# usage: bench/default-vs-libreoffice.sh [ROUNDS]     (default 5)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
scenario="$here/scenarios/pluswijken.yaml"
jar="$here/target/impact.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/impact" run "$scenario" --out "$work/warm" > /dev/null   # builds the jar and the archive or cache
"$here/impact" run "$scenario" --out "$work/warm" > /dev/null
book="$work/warm/bijlage-1-maatschappelijke-business-case.xlsx"
profile="file://$work/lo-profile"
soffice "-env:UserInstallation=$profile" --headless --convert-to csv --outdir "$work/csv" "$book" > /dev/null 2>&1

measure() { # name command...: appends "wall cpu" to $work/<name>
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" > /dev/null 2>&1
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$work/t" >> "$work/$name"
}
for _ in $(seq "$rounds"); do
  measure launcher "$here/impact" run "$scenario" --out "$work/a"
  measure java-jar java -jar "$jar" run "$scenario" --out "$work/b"
  measure java-c1 java -XX:TieredStopAtLevel=1 -jar "$jar" run "$scenario" --out "$work/c"
  measure libreoffice soffice "-env:UserInstallation=$profile" --headless --convert-to csv --outdir "$work/csv" "$book"
done
echo "launcher: $("$here/impact" --version); java -jar: $(java -version 2>&1 | head -1)"
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
printf '%-40s %12s %12s\n' "median of $rounds" wall_s cpu_s
for name in java-jar java-c1 launcher libreoffice; do
  printf '%-40s %12s %12s\n' "$name" "$(cut -d' ' -f1 "$work/$name" | median)" "$(cut -d' ' -f2 "$work/$name" | median)"
done
l=$(cut -d' ' -f1 "$work/launcher" | median); o=$(cut -d' ' -f1 "$work/libreoffice" | median)
awk -v l="$l" -v o="$o" 'BEGIN { printf "impact (launcher) / LibreOffice, wall: %.2f (target at most 0.5)\n", l / o }'
