#!/usr/bin/env bash
# statuskit stats against GoAccess and an awk one-liner, on the same combined log, in one run:
#
#   1. generates a realistic combined log of 2M lines (bench/gen-access-log.sh; fixed seed; kept
#      in bench/out/ and reused),
#   2. times statuskit-stats producing its full report as JSON (codes, latency percentiles per code
#      and endpoint, endpoints, timeline, spikes), through StatsMain from the module's test classes
#      and, when `./statuskit stats --help` works, through the CLI,
#   3. times GoAccess (Debian's package, installed if missing) writing its HTML report,
#   4. times `awk '{c[$9]++}'`, the floor of one pass over the file,
#
# and prints seconds, lines/s, throughput relative to GoAccess and to awk, and peak RSS. The file
# is read once first so that every tool starts from the page cache.
#
#   bench/stats-vs-goaccess.sh                  # 2,000,000 lines
#   LINES=10000000 HEAP=512m bench/stats-vs-goaccess.sh
#
# Targets (issue 5): at least 10x GoAccess's throughput, and within 3x of the awk pass.
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${LINES:-2000000}"
heap="${HEAP:-512m}"
runs="${RUNS:-3}"
out=bench/out
mkdir -p "$out"

need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "installing $2 (Debian package)..." >&2
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y "$2" >/dev/null; }) || true
  else
    (sudo apt-get install -y "$2" >/dev/null 2>&1) || true
  fi
  command -v "$1" >/dev/null 2>&1
}
need goaccess goaccess || echo "GoAccess could not be installed: its row will be missing" >&2
[ -x /usr/bin/time ] || need /usr/bin/time time || true

log=$(bench/gen-access-log.sh "$lines" 42)
cp="statuskit-stats/target/test-classes:statuskit-stats/target/classes:$(cat "$out/statuskit-stats.classpath")"
bytes=$(stat -c %s "$log")
count=$(wc -l <"$log")
cat "$log" >/dev/null # into the page cache

# Runs a command RUNS times (or once, for slow ones); keeps the fastest wall time and its peak RSS.
# Prints "seconds rss_kb exit".
measure() {
  local n="$1"; shift
  local best="" best_rss="?" status=0 i start end sec rss
  for ((i = 0; i < n; i++)); do
    start=$(date +%s%N)
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f "%M" -o "$out/stats-time.log" "$@" >/dev/null 2>"$out/stats-stderr.log" </dev/null || status=$?
      rss=$(tail -n 1 "$out/stats-time.log")
    else
      "$@" >/dev/null 2>"$out/stats-stderr.log" </dev/null || status=$?
      rss="?"
    fi
    end=$(date +%s%N)
    sec=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
    if [ -z "$best" ] || awk -v a="$sec" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$sec; best_rss=$rss
    fi
  done
  echo "$best $best_rss $status"
}

declare -a names times rsses
row() { names+=("$1"); read -r t r s < <(measure "$2" "${@:3}"); times+=("$t"); rsses+=("$r")
  [ "$s" = 0 ] || echo "  ($1 exited with $s: $(head -c 300 "$out/stats-stderr.log"))" >&2; }

echo "timing statuskit-stats (best of $runs)..." >&2
row "statuskit-stats (StatsMain, JSON)" "$runs" \
  java "-Xmx$heap" -cp "$cp" dev.statuskit.stats.StatsMain --format json "$log"
if ./statuskit stats --help >/dev/null 2>&1; then
  echo "timing ./statuskit stats (best of $runs)..." >&2
  row "./statuskit stats --format json" "$runs" \
    env STATUSKIT_JAVA_OPTS="-Xmx$heap" ./statuskit stats "$log" --format json
fi
goaccess_row=-1
if command -v goaccess >/dev/null; then
  echo "timing GoAccess (one run: it is slow)..." >&2
  goaccess_row=${#names[@]}
  row "goaccess $(goaccess --version | head -n1 | grep -o "[0-9][0-9.]*[0-9]" | head -n1) (HTML)" 1 \
    goaccess "$log" --log-format=COMBINED -o "$out/goaccess.html"
fi
awk_row=${#names[@]}
echo "timing awk (best of $runs)..." >&2
row "$(basename "$(readlink -f "$(command -v awk)")") '{c[\$9]++}'" "$runs" \
  awk '{c[$9]++} END { for (k in c) print k, c[k] }' "$log"

echo
echo "file: $log ($count lines, $((bytes / 1048576)) MB);" \
  "$(nproc) cores; heap -Xmx$heap; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-36s %9s %12s %11s %9s %10s\n' "tool" "seconds" "lines/s" "vs GoAccess" "vs awk" "peak RSS"
for i in "${!names[@]}"; do
  t=${times[$i]}
  g=$([ "$goaccess_row" -ge 0 ] && echo "${times[$goaccess_row]}" || echo 0)
  a=${times[$awk_row]}
  awk -v name="${names[$i]}" -v t="$t" -v n="$count" -v g="$g" -v a="$a" -v rss="${rsses[$i]}" 'BEGIN {
    vg = g > 0 ? sprintf("%.1fx", g / t) : "-"
    printf "%-36s %9.2f %12.0f %11s %8.2fx %10s\n", name, t, n / t, vg, a / t,
      (rss == "?" ? "?" : sprintf("%.0f MB", rss / 1024)) }'
done
echo "(vs GoAccess / vs awk: throughput relative to theirs; higher is faster)"
ours=${times[0]}
awk -v t="$ours" -v g="$([ "$goaccess_row" -ge 0 ] && echo "${times[$goaccess_row]}" || echo 0)" -v a="${times[$awk_row]}" 'BEGIN {
  if (g > 0) printf "target >= 10x GoAccess: %s (%.1fx)\n", (g / t >= 10 ? "met" : "MISSED"), g / t
  printf "target within 3x of awk: %s (statuskit takes %.2fx awk'"'"'s time)\n", (t / a <= 3 ? "met" : "MISSED"), t / a }'
