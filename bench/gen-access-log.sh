#!/usr/bin/env bash
# Writes a realistic nginx combined log with request times (fixed seed: same arguments, same
# bytes): an API and its static files, varied status codes, 5xx spikes, 429 bursts from one client,
# IPv6 clients, escaped quotes in user agents, a few damaged lines. The generator is Java in
# statuskit-stats' test sources (AccessLogGenerator), run from the test classpath.
#
#   bench/gen-access-log.sh                       # 2,000,000 lines -> bench/out/access-2000000.log
#   bench/gen-access-log.sh 10000000 7 /tmp/big.log
#
# Prints the file's path. SKIP_BUILD=1 reuses bench/out/statuskit-stats.classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-2000000}"
seed="${2:-42}"
out="${3:-bench/out/access-$lines.log}"
mkdir -p bench/out "$(dirname "$out")"
cp_file="$PWD/bench/out/statuskit-stats.classpath"

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$cp_file" ]; then
  echo "building statuskit-stats and its test classes..." >&2
  mvn -B -q -pl statuskit-stats -am test-compile dependency:build-classpath \
    -Dspotless.check.skip=true -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
fi
cp="statuskit-stats/target/test-classes:statuskit-stats/target/classes:$(cat "$cp_file")"

if [ ! -f "$out" ]; then
  echo "generating $lines lines (seed $seed) into $out..." >&2
  java -cp "$cp" dev.statuskit.stats.AccessLogGenerator "$out.tmp" "$lines" "$seed"
  mv "$out.tmp" "$out"
fi
echo "$out"
