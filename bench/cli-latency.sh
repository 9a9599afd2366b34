#!/usr/bin/env bash
# Start-to-finish latency of the reference commands: a fresh JVM per run, as a user types them.
# Compares the launcher (CDS archive + C1 + serial GC) with a bare `java -jar`, so the effect of
# the start-up tuning is visible. Uses hyperfine when installed (apt-get install hyperfine),
# otherwise a plain timing loop.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-20}"
./statuskit explain 404 >/dev/null # builds the jar and the CDS archive if needed
jar=statuskit-cli/target/statuskit.jar

commands=(
  "./statuskit explain 404"
  "./statuskit search rate limit"
  "./statuskit list --format json"
  "java -jar $jar explain 404"
)

if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs "$runs" --export-markdown bench/out-cli-latency.md "${commands[@]}"
  exit 0
fi

printf '%-40s %10s %10s\n' command "mean ms" "min ms"
for c in "${commands[@]}"; do
  total=0; min=999999
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N); $c >/dev/null; end=$(date +%s%N)
    ms=$(((end - start) / 1000000)); total=$((total + ms)); ((ms < min)) && min=$ms
  done
  printf '%-40s %10d %10d\n' "$c" $((total / runs)) "$min"
done
