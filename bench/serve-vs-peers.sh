#!/usr/bin/env bash
# Throughput and p99 latency of `statuskit serve` next to its peers, one after the other on
# loopback: nginx (Debian's package, `return 200` / `return 503` with Retry-After) and WireMock
# standalone (from Maven Central, with stub mappings for the same two responses). All three run at
# once, each gets a warm-up on each endpoint, then ROUNDS rounds of wrk runs take them in turn; each
# figure is the median of its rounds. Targets: >= 0.7x nginx, >= 3x WireMock.
#
#   bench/serve-vs-peers.sh             # 30 s warm-up, 3 runs of 10 s, 2 threads, 50 connections
#   DURATION=30s ROUNDS=5 CONNECTIONS=100 bench/serve-vs-peers.sh
#
# wrk and the servers share the machine's cores, so absolute numbers say as much about wrk as about
# the server; the ratios are the point. Installs wrk and nginx with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

DURATION="${DURATION:-10s}"
# WireMock (on the JVM, like statuskit) needs 20-40 s under load to reach its steady state: after a
# 5 s warm-up it answered at a quarter to a half of its later rate, which flattered statuskit.
WARMUP="${WARMUP:-30s}"
# Runs share two cores with wrk, so one run can be 10% off either way: each figure is the median
# of ROUNDS runs, for every server alike.
ROUNDS="${ROUNDS:-3}"
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

# measure NAME PORT PATH DURATION: one wrk run; appends "name path rps p99_ms" to $work/rounds
measure() {
  local out rps p99
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency "http://127.0.0.1:$2$3")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  echo "$1 $3 $rps $(to_ms "$p99")" >>"$work/rounds"
  echo "  $1 $3: $rps req/s, p99 $p99" >&2
}

to_ms() { # wrk prints 812.00us, 1.23ms or 2.01s
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "us") n = n / 1000; else if (u == "s") n = n * 1000;
    printf "%.2f", n }'
}

echo "bench: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, median of $ROUNDS rounds (warm-up $WARMUP) on $(nproc) cores, shared with wrk" >&2
start_statuskit
start_nginx
start_wiremock
servers=("statuskit $SK_PORT" "nginx $NGINX_PORT" "wiremock $WM_PORT")
echo "bench: warming up each server on each endpoint for $WARMUP" >&2
for server in "${servers[@]}"; do
  read -r name port <<<"$server"
  for path in /status/200 /status/503; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$port$path" >/dev/null
  done
done
# Rounds take the servers in turn, so a slow spell of the machine touches each of them alike.
for round in $(seq 1 "$ROUNDS"); do
  echo "bench: round $round of $ROUNDS" >&2
  for server in "${servers[@]}"; do
    read -r name port <<<"$server"
    for path in /status/200 /status/503; do measure "$name" "$port" "$path" "$DURATION"; done
  done
done
stop_all

echo
# The median of the rounds, throughput and p99 each, per server and endpoint.
sort -k1,1 -k2,2 -k3,3g "$work/rounds" | awk '
  { k = $1 " " $2; n[k]++; r[k, n[k]] = $3 }
  END { for (k in n) print k, r[k, int((n[k] + 1) / 2)] }' >"$work/rps"
sort -k1,1 -k2,2 -k4,4g "$work/rounds" | awk '
  { k = $1 " " $2; n[k]++; r[k, n[k]] = $4 }
  END { for (k in n) print k, r[k, int((n[k] + 1) / 2)] }' >"$work/p99"
join <(sort "$work/rps" | awk '{print $1 "_" $2, $3}') <(sort "$work/p99" | awk '{print $1 "_" $2, $3}') |
  tr '_' ' ' >"$work/results"
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
