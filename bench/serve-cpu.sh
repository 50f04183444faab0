#!/usr/bin/env bash
# Benchmark: the CPU time `impact serve` spends per change (issue 23), all its threads (JIT and GC
# included), from /proc, warm: ROUNDS/2 requests to warm up, then ROUNDS timed, each setting one
# input to A, then B, ..., and sending the shape and chart digests of the previous answer as the
# page does. On a shared machine CPU time says more than wall time; the latency the room sees is
# bench/serve-latency.sh's. Prints ms of CPU per change and the answer's size.
#
# usage: bench/serve-cpu.sh [ROUNDS] [SCENARIO PATH A B]   (Linux: reads /proc/PID/stat)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
default_rounds=400
source "$here/bench/serve-common.sh"
serve_arguments "$@"
start_serve

python3 - "$url" "$serve_pid" "$rounds" "$path" "$a" "$b" <<'PY'
import json, os, sys, urllib.request

url, pid, rounds, path, a, b = sys.argv[1], sys.argv[2], int(sys.argv[3]), *sys.argv[4:7]
tick = os.sysconf("SC_CLK_TCK")

def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

shape, charts, size = "", {}, 0

def change(i):
    global shape, charts, size
    body = json.dumps({"changes": [[path, (a, b)[i % 2]]], "shape": shape, "charts": charts}).encode()
    request = urllib.request.Request(url + "state", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    raw = urllib.request.urlopen(request, timeout=120).read()
    state = json.loads(raw)
    if not state["ok"]:
        sys.exit("refused: " + "; ".join(state["problems"]))
    size += len(raw)
    shape, charts = state["shape"], state["chartDigests"]

for i in range(rounds // 2):
    change(i)
size, start = 0, cpu()
for i in range(rounds):
    change(i)
print(f"{rounds} changes: {1000 * (cpu() - start) / rounds:.1f} ms CPU of the server per change, "
      f"{size / rounds / 1000:.0f} kB per answer")
PY
