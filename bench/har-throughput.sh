#!/usr/bin/env bash
# Throughput and memory of reading a big HAR: generates a ~1 GB HAR shaped like a Chrome DevTools
# export (API calls with JSON bodies of varied sizes, errors, base64 images, blocked requests, and
# two 100 MB bodies), then reads it in a 256 MB heap and prints MB/s and the peak resident memory.
#
#   bench/har-throughput.sh                 # 1024 MB file, 100 MB bodies
#   SIZE_MB=300 HUGE_MB=30 bench/har-throughput.sh
#
# Two runs: the reader alone (HarThroughput, from statuskit-io's test classes: it only counts), and,
# when `./statuskit check --help` works, the whole `statuskit check FILE --format json`, rules and
# report included. The generated file stays in bench/out/ and is reused while its settings match.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${SIZE_MB:-1024}"
huge_mb="${HUGE_MB:-100}"
heap="${HEAP:-256m}"
out=bench/out
mkdir -p "$out"
har="$out/har-${size_mb}m-huge${huge_mb}m.har"

echo "building statuskit-io and its test classes..." >&2
cp_file="$PWD/$out/statuskit-io.classpath"
mvn -B -q -pl statuskit-io -am test-compile dependency:build-classpath \
  -Dspotless.check.skip=true -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
cp="statuskit-io/target/test-classes:statuskit-io/target/classes:$(cat "$cp_file")"

if [ ! -f "$har" ]; then
  echo "generating $har..." >&2
  java -cp "$cp" dev.statuskit.har.HarGenerator "$har.tmp" "$size_mb" "$huge_mb" >&2
  mv "$har.tmp" "$har"
fi
bytes=$(stat -c %s "$har")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }')
echo "file: $har ($mb MB); heap: -Xmx$heap; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs a command under /usr/bin/time (Debian package `time`) for its peak RSS when there is one;
# prints the figures on stderr, so that the command's own output can go elsewhere.
measure() {
  local log="$out/time.log" start end status=0
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%M %U %S" -o "$log" "$@" || status=$?
  else
    "$@" || status=$?
    echo "? ? ?" >"$log"
  fi
  end=$(date +%s%N)
  read -r rss user sys < <(tail -n 1 "$log")
  awk -v mb="$mb" -v ns=$((end - start)) -v rss="$rss" -v u="$user" -v s="$sys" -v st="$status" 'BEGIN {
    sec = ns / 1e9
    printf "  wall %.1f s = %.1f MB/s; CPU (all threads) %s s user + %s s sys; peak RSS %s MB; exit %s\n",
      sec, mb / sec, u, s, (rss == "?" ? "?" : sprintf("%.0f", rss / 1024)), st }' >&2
}

echo "reader alone (HarReader, counting exchanges):"
measure java "-Xmx$heap" -cp "$cp" dev.statuskit.har.HarThroughput "$har" | sed 's/^/  /'

if ./statuskit check --help >/dev/null 2>&1; then
  echo "statuskit check FILE --format json (rules and report included; exit 1 = findings):"
  STATUSKIT_JAVA_OPTS="-Xmx$heap" measure ./statuskit check "$har" --format json >/dev/null
else
  echo "statuskit check: not measured (./statuskit check --help fails: the CLI does not build yet)"
fi
