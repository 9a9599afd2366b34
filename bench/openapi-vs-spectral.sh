#!/usr/bin/env bash
# Side by side: statuskit's spec lint (SK5xx) and Spectral with its default OpenAPI ruleset
# (spectral:oas), on the same specs: the realistic ones in bench/specs/ and statuskit-io's test
# specs. Prints, per spec, what each tool says about responses and status codes, then a table; the
# table also goes to bench/out/openapi-vs-spectral.md.
#
#   bench/openapi-vs-spectral.sh
#
# Spectral (npm @stoplight/spectral-cli) is installed into bench/out/node_modules on the first run.
# statuskit runs as users run it: `./statuskit check SPEC --format json` (built first if needed).
#
# A Spectral result counts as status-related when its rule is operation-success-response or its
# path goes through a 'responses' member (schema errors in responses, invalid response examples).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"

spectral="$out/node_modules/.bin/spectral"
if [ ! -x "$spectral" ]; then
  echo "installing @stoplight/spectral-cli into $out/node_modules..." >&2
  npm install --prefix "$out" --no-audit --no-fund --loglevel=error @stoplight/spectral-cli >&2
fi
ruleset="$out/.spectral.yaml"
printf 'extends: ["spectral:oas"]\n' >"$ruleset"


res=statuskit-io/src/test/resources/openapi
specs=(bench/specs/*.yaml "$res"/*.yaml "$res"/*.json "$res"/split/main.yaml "$res"/bad/*)

results="$out/openapi-compare"
rm -rf "$results"
mkdir -p "$results"
# One TSV line per finding: file, line, rule, severity, pointer, message; a spec statuskit refuses
# gets one line with rule INPUT and its one-line error.
for spec in "${specs[@]}"; do
  status=0
  ./statuskit check "$spec" --format json --fail-on never >"$results/sk.json" 2>"$results/sk.err" ||
    status=$?
  if [ "$status" -ne 0 ]; then
    printf '%s\t0\tINPUT\terror\t\t%s\n' "$spec" "$(tr -d '\n' <"$results/sk.err")"
    continue
  fi
  SPEC="$spec" python3 -c '
import json, os, sys
spec = os.environ["SPEC"]
for f in json.load(sys.stdin)["findings"]:
    pointer = next((e["value"] for e in f["evidence"] if e["label"] == "spec"), "")
    print("\t".join([spec, str(f.get("line", 0)), f["rule"], f["severity"], pointer, f["message"]]))
' <"$results/sk.json"
done >"$results/statuskit.tsv"
i=0
for spec in "${specs[@]}"; do
  # Spectral exits 1 when it finds errors; its findings are the output either way.
  "$spectral" lint -q -r "$ruleset" -f json "$spec" >"$results/spectral-$i.json" 2>"$results/spectral-$i.err" || true
  i=$((i + 1))
done

SPECS="$(printf '%s\n' "${specs[@]}")" RESULTS="$results" SPECTRAL_VERSION="$("$spectral" --version)" \
  node - <<'EOF' | tee "$out/openapi-vs-spectral.md"
const fs = require('fs');
const specs = process.env.SPECS.trim().split('\n');
const dir = process.env.RESULTS;

const statuskit = {};
for (const line of fs.readFileSync(`${dir}/statuskit.tsv`, 'utf8').split('\n')) {
  if (!line) continue;
  const [file, ln, id, severity, pointer, message] = line.split('\t');
  (statuskit[file] ||= []).push({ line: +ln, id, severity, message });
}

const isStatusRelated = (r) =>
  r.code === 'operation-success-response' || (r.path || []).includes('responses');

const counts = (items, key) => {
  const c = {};
  for (const it of items) c[key(it)] = (c[key(it)] || 0) + 1;
  return Object.entries(c).sort().map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
};

const rows = [];
const onlyStatuskit = {};
const spectralStatusCodes = {};
specs.forEach((spec, i) => {
  let spectral = [];
  let spectralError = '';
  const raw = fs.readFileSync(`${dir}/spectral-${i}.json`, 'utf8').trim();
  try {
    spectral = raw ? JSON.parse(raw) : [];
  } catch (e) {
    spectralError = (raw || fs.readFileSync(`${dir}/spectral-${i}.err`, 'utf8')).split('\n')[0];
  }
  const status = spectral.filter(isStatusRelated);
  const sk = statuskit[spec] || [];
  const input = sk.find((f) => f.id === 'INPUT');
  const skFindings = sk.filter((f) => f.id !== 'INPUT');
  for (const f of skFindings) onlyStatuskit[f.id] = (onlyStatuskit[f.id] || 0) + 1;
  for (const r of status) spectralStatusCodes[r.code] = (spectralStatusCodes[r.code] || 0) + 1;

  console.log(`\n## ${spec}\n`);
  if (input) {
    console.log(`- statuskit: refuses it: ${input.message}`);
  } else {
    console.log(`- statuskit: ${skFindings.length} findings${skFindings.length ? ': ' + counts(skFindings, (f) => f.id) : ''}`);
    for (const f of skFindings) console.log(`    - line ${f.line} ${f.id} ${f.severity}: ${f.message}`);
  }
  if (spectralError) {
    console.log(`- spectral: could not lint it: ${spectralError}`);
  } else {
    const errors = spectral.filter((r) => r.code === 'parser' || r.code === 'invalid-ref');
    console.log(`- spectral: ${status.length} status-related of ${spectral.length} results` +
      (spectral.length ? ` (all: ${counts(spectral, (r) => r.code)})` : ''));
    for (const r of status) {
      console.log(`    - line ${r.range.start.line + 1} ${r.code}: ${r.message}`);
    }
    for (const r of errors.filter((e) => !status.includes(e))) {
      console.log(`    - line ${r.range.start.line + 1} ${r.code}: ${r.message}`);
    }
  }
  rows.push([
    spec,
    input ? 'input error' : String(skFindings.length),
    spectralError ? 'failed' : String(status.length),
    spectralError ? '' : String(spectral.length),
  ]);
});

console.log(`\n## Summary (Spectral ${process.env.SPECTRAL_VERSION}, ruleset spectral:oas)\n`);
console.log('| spec | statuskit findings | Spectral status-related | Spectral all |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nstatuskit rules that fired: ${counts(Object.entries(onlyStatuskit).flatMap(([k, n]) => Array(n).fill(k)), (x) => x)}`);
console.log(`Spectral status-related rules that fired: ${counts(Object.entries(spectralStatusCodes).flatMap(([k, n]) => Array(n).fill(k)), (x) => x) || 'none'}`);
EOF
