#!/usr/bin/env bash
# Throughput and p99 latency of `statuskit serve` next to its peers, one after the other on
# loopback: nginx (Debian's package, `return 200` / `return 503` with Retry-After) and WireMock
# standalone (from Maven Central, with stub mappings for the same two responses). Each target gets
# a warm-up run, then a measured wrk run per endpoint. Targets: >= 0.7x nginx, >= 3x WireMock.
#
#   bench/serve-vs-peers.sh                 # 10 s per run, 2 threads, 50 connections
#   DURATION=30s CONNECTIONS=100 bench/serve-vs-peers.sh
#
# wrk and the servers share the machine's cores, so absolute numbers say as much about wrk as about
# the server; the ratios are the point. Installs wrk and nginx with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-5s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-50}"
WIREMOCK_VERSION="${WIREMOCK_VERSION:-3.13.2}"
SK_PORT=18181 NGINX_PORT=18182 WM_PORT=18183

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx

work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

wait_for() { # url: wait until it answers (any status), at most 60 s
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "bench: $1 did not come up" >&2
  exit 1
}

# ---- statuskit serve, through the launcher (built before the clock starts) ----
start_statuskit() {
  ./statuskit --version >/dev/null
  ./statuskit serve --port "$SK_PORT" >"$work/statuskit.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$SK_PORT/status/200"
}

# ---- nginx: a throwaway config on a loopback port ----
start_nginx() {
  mkdir -p "$work/nginx"
  cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /status/200 { return 200; }
    location = /status/503 { add_header Retry-After 1 always; return 503; }
  }
}
CONF
  nginx -c "$work/nginx.conf" -g 'daemon on;'
  wait_for "http://127.0.0.1:$NGINX_PORT/status/200"
}

# ---- WireMock standalone ----
start_wiremock() {
  jar="$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar"
  if [ ! -f "$jar" ]; then
    (cd "$work" && mvn -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
      -DoutputDirectory="$work" >/dev/null)
    jar="$work/wiremock-standalone-$WIREMOCK_VERSION.jar"
  fi
  mkdir -p "$work/wm/mappings"
  cat >"$work/wm/mappings/ok.json" <<'JSON'
{"request": {"method": "GET", "url": "/status/200"},
 "response": {"status": 200, "headers": {"Content-Type": "application/json"},
              "body": "{\"status\": 200, \"title\": \"OK\"}"}}
JSON
  cat >"$work/wm/mappings/unavailable.json" <<'JSON'
{"request": {"method": "GET", "url": "/status/503"},
 "response": {"status": 503, "headers": {"Content-Type": "application/problem+json", "Retry-After": "1"},
              "body": "{\"type\": \"about:blank\", \"title\": \"Service Unavailable\", \"status\": 503}"}}
JSON
  java -jar "$jar" --port "$WM_PORT" --bind-address 127.0.0.1 --root-dir "$work/wm" \
    --no-request-journal --disable-request-logging --disable-banner >"$work/wiremock.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$WM_PORT/status/200"
}

stop_all() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=()
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; sleep 0.5; rm -f "$work/nginx.pid"; fi
}

# run NAME PORT: warm up, then measure both endpoints; appends "name path rps p99_ms" rows
run() {
  local name="$1" port="$2"
  for path in /status/200 /status/503; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$port$path" >/dev/null
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$path")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    echo "$name $path $rps $(to_ms "$p99")" >>"$work/results"
    echo "  $name $path: $rps req/s, p99 $p99" >&2
  done
}

to_ms() { # wrk prints 812.00us, 1.23ms or 2.01s
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n = n / 1000; else if (u == "s") n = n * 1000;
    printf "%.2f", n }'
}

echo "bench: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (warm-up $WARMUP) on $(nproc) cores, shared with wrk" >&2
start_statuskit; run statuskit "$SK_PORT"; stop_all
start_nginx; run nginx "$NGINX_PORT"; stop_all
start_wiremock; run wiremock "$WM_PORT"; stop_all

echo
awk '
  { rps[$1 " " $2] = $3; p99[$1 " " $2] = $4 }
  END {
    printf "%-12s %-12s %12s %10s %12s %14s\n", "server", "endpoint", "requests/s", "p99 ms", "vs nginx", "statuskit vs"
    n = split("/status/200 /status/503", paths, " ")
    split("statuskit nginx wiremock", names, " ")
    for (i = 1; i <= n; i++) {
      p = paths[i]; ng = rps["nginx " p]; sk = rps["statuskit " p]
      for (j = 1; j <= 3; j++) {
        s = names[j]; r = rps[s " " p]
        vs = (ng > 0) ? sprintf("%.2fx", r / ng) : "-"
        mine = (r > 0 && s != "statuskit") ? sprintf("%.2fx", sk / r) : "-"
        printf "%-12s %-12s %12.0f %10.2f %12s %14s\n", s, p, r, p99[s " " p], vs, mine
      }
    }
  }' "$work/results"
echo
echo "targets: statuskit >= 0.70x nginx and >= 3x WireMock on requests/s"
