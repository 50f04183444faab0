# Sourced by the serve benchmarks: their arguments and a running `impact serve`.
# Sets rounds, scenario, path, a, b (from "$@" with the given default rounds), work (a scratch folder),
# serve_pid and url; `extra_pids` are killed on exit too. Needs `here` (the checkout) set first.
serve_arguments() {
  rounds="${1:-$default_rounds}"
  scenario="${2:-$here/scenarios/pluswijken.yaml}"
  path="${3:-kernaanpakken.welzijn-op-recept.clientenPerFte}"
  a="${4:-120}"
  b="${5:-135}"
}

start_serve() {
  local jar="$here/target/impact.jar"
  [ -f "$jar" ] || mvn -B -q -f "$here/pom.xml" -DskipTests package >&2
  work="$(mktemp -d)"
  serve_pid=""
  extra_pids=()
  trap 'for p in "$serve_pid" "${extra_pids[@]}"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
  java -jar "$jar" serve "$scenario" > "$work/serve.out" 2>&1 &
  serve_pid=$!
  for _ in $(seq 600); do grep -q '^Open ' "$work/serve.out" && break; sleep 0.1; done
  url="$(sed -n 's/^Open //p' "$work/serve.out")"
  [ -n "$url" ] || { cat "$work/serve.out" >&2; exit 1; }
}
