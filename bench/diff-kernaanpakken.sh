#!/usr/bin/env bash
# Benchmark: time and peak memory of `impact diff` on SYNTHETIC scenarios of N kernaanpakken
# (default 200 and 400) against the same scenario with every expected value raised by 1 % (every
# `value`, `expected` and value per year: the shared parameter, each kernaanpak's reach, reduction
# and effect amounts, each budget line's tariff), so every input of the register changed. The diff
# recomputes only what each changed input reaches, so its cost grows linearly: the target is that
# 400 kernaanpakken take at most 2.5 times the CPU time of 200. Prints one line per size and the
# ratio of the largest to the smallest. Figures go into docs/performance.md.
#
# usage: bench/diff-kernaanpakken.sh [N ...]        (e.g. bench/diff-kernaanpakken.sh 200 400 1000)
# env:   JAVA_OPTS  extra JVM options (e.g. -Xmx1g)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/impact.jar"
[ -f "$jar" ] || mvn -B -q -f "$here/pom.xml" -DskipTests package >&2
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200 400)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every expected value times 1.01: `value: X`, `expected: X` and each `YEAR: X` of a perYear map.
raise() {
  python3 - "$1" "$2" <<'PY'
import re, sys
from decimal import Decimal

def up(m):
    return m.group(1) + format(Decimal(m.group(2)) * Decimal("1.01"), "f")

text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r"((?:value|expected): )(-?[0-9]+(?:\.[0-9]+)?)", up, text)
text = re.sub(r"perYear: \{([^}]*)\}",
              lambda m: "perYear: {" + re.sub(r"(\b20[0-9]{2}: )(-?[0-9]+(?:\.[0-9]+)?)", up, m.group(1)) + "}", text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
}

# Wall time depends on what else the machine runs; CPU time (user + system, all threads) less so.
printf '%-15s %10s %10s %12s %14s\n' kernaanpakken wall_s cpu_s peak_MB inputs_changed
first_s=""; first_n=""
for n in "${sizes[@]}"; do
  "$here/bench/generate-kernaanpakken.py" "$n" > "$work/base$n.yaml"
  raise "$work/base$n.yaml" "$work/new$n.yaml"
  set +e
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/time$n" java ${JAVA_OPTS:-} -jar "$jar" diff "$work/base$n.yaml" "$work/new$n.yaml" \
    --format csv > "$work/diff$n.csv"
  rc=$?
  set -e
  if [ "$rc" -ne 3 ]; then
    echo "impact diff of $n kernaanpakken ended with exit code $rc, expected 3 (results changed)" >&2
    exit 1
  fi
  s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); t=0; for(i=1;i<=n;i++) t=t*60+p[i]; print t}' "$work/time$n")
  cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {print t}' "$work/time$n")
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time$n")
  groups=$(awk -F',' '$1 == "input" {print $5}' "$work/diff$n.csv" | sort -u | wc -l)
  printf '%-15s %10.2f %10.2f %12d %14d\n' "$n" "$s" "$cpu" $((kb / 1024)) "$groups"
  if [ -z "$first_s" ]; then first_s=$cpu; first_n=$n; fi
  last_s=$cpu; last_n=$n
done
if [ "$last_n" != "$first_n" ]; then
  awk -v a="$first_s" -v b="$last_s" -v na="$first_n" -v nb="$last_n" \
    'BEGIN { printf "cpu time %d / cpu time %d = %.2f (work ratio %.1f; target at most 2.5 for 400 / 200)\n", nb, na, b / a, nb / na }'
fi
