#!/usr/bin/env bash
# Benchmark: how fast the page of `impact serve` follows a control, measured in the browser (issue
# 23): headless Chromium, driven through chromedriver's WebDriver protocol (no client library), sets
# one input's field to A, then B, then A ... ROUNDS times; the page itself records each change from
# its input event to the frame after the recomputed figures are in the page (window.impactLatencies,
# performance.now()). Prints the median and the 95th percentile in milliseconds. The targets: 100 ms
# for PlusWIJken, a second for a national area scenario. Figures go into docs/performance.md.
#
# usage: bench/serve-latency.sh [ROUNDS] [SCENARIO PATH A B]
#   a cell of an area table too large to show whole (PATH areas.CODE.COLUMN) is found first by
#   typing CODE into the page's area search
#   default: 200 rounds of scenarios/pluswijken.yaml, kernaanpakken.welzijn-op-recept.clientenPerFte 120/135
# needs: chromium and chromedriver (Debian: chromium, chromium-driver), python3
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
default_rounds=200
source "$here/bench/serve-common.sh"
serve_arguments "$@"
start_serve

driver_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
chromedriver --port="$driver_port" > "$work/driver.out" 2>&1 &
driver_pid=$!
extra_pids+=("$driver_pid")

python3 - "$driver_port" "$url" "$path" "$a" "$b" "$rounds" "$work/profile" <<'PY'
import json, re, statistics, sys, time, urllib.request

port, url, path, a, b, rounds, profile = sys.argv[1:8]
rounds = int(rounds)
base = f"http://127.0.0.1:{port}"

def call(method, where, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + where, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read() or b"null")

for _ in range(100):
    try:
        call("GET", "/status"); break
    except OSError:
        time.sleep(0.1)
args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,2000",
        "--user-data-dir=" + profile]
session = call("POST", "/session", {"capabilities": {"alwaysMatch": {
    "browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})["value"]["sessionId"]
s = f"/session/{session}"
def script(code, *arguments):
    return call("POST", s + "/execute/sync", {"script": code, "args": list(arguments)})["value"]
try:
    call("POST", s + "/url", {"url": url})
    shown = "return document.querySelector('.control[data-path=\"' + arguments[0] + '\"] input[type=number]') !== null"
    found = script(shown, path)
    cell = re.match(r'^areas\.(?:"([^"]+)"|(.+))\.([^.]+)$', path)
    if not found and cell and script("return document.getElementById('cell-search') !== null"):
        # A table too large to show whole: its cells are found by the area's code, as a person types it.
        script("""const s = document.getElementById('cell-search'); s.value = arguments[0];
                  s.dispatchEvent(new Event('input', {bubbles: true}));""", cell.group(1) or cell.group(2))
        deadline = time.time() + 60
        while not found and time.time() < deadline:
            time.sleep(0.05)
            found = script(shown, path)
    if not found:
        sys.exit(f"no control for {path} on the page")
    for i in range(rounds + 5):
        value = a if i % 2 == 0 else b
        before = script("return window.impactLatencies.length")
        script("""const f = document.querySelector('.control[data-path="' + arguments[0] + '"] input[type=number]');
                  f.value = arguments[1]; f.dispatchEvent(new Event('input', {bubbles: true}));""", path, value)
        deadline = time.time() + 60
        while script("return window.impactLatencies.length") <= before:
            if time.time() > deadline:
                sys.exit("the page did not redraw within a minute")
            time.sleep(0.005)
    latencies = script("return window.impactLatencies")[5:]   # the first five warm the JVM's code paths
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * len(latencies))) - 1)]
    print(f"{len(latencies)} changes of {path}: median {statistics.median(latencies):.1f} ms, "
          f"95th percentile {p95:.1f} ms (input event to figures drawn, in Chromium)")
finally:
    call("DELETE", s)
PY
